package org.diktyo.invitations.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.diktyo.documents.Pdfs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import tools.jackson.databind.json.JsonMapper;

/**
 * The letter to a prospect's mayor about joining (issue 12): the letters' renderer with the
 * network's text, today's number of members and the join page as a link that opens the form
 * with the municipality chosen; for the secretariat only, audited; a member or a municipality
 * without a mayor gets none.
 */
@DatabaseTest
class ProspectLetterTest {

    /** A prospect no other test changes: Grevena (the letters' own test uses Kozani). */
    static final String PROSPECT = "grevena";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    Http http;
    String token = TestAccounts.demoToken();

    @BeforeEach
    void setUp() {
        http = new Http(port);
        if (!http.get("/api/v1/municipalities/" + PROSPECT + "/contacts", token).body().contains("MAYOR")) {
            assertThat(http.send("POST", "/api/v1/municipalities/" + PROSPECT + "/contacts", token,
                    "{\"kind\":\"MAYOR\",\"fullName\":\"Γεώργιος Δασταμάνης\",\"gender\":\"MALE\","
                            + "\"email\":\"mayor@grevena.example\"}").statusCode()).isEqualTo(201);
        }
    }

    HttpResponse<byte[]> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theLetterNamesTheMembersTodayAndLinksTheJoinPageWithTheMunicipalityChosen() throws Exception {
        assertThat(json.readTree(http.get("/api/v1/municipalities/" + PROSPECT, null).body()).get("status").asString())
                .isNotEqualTo("MEMBER");
        int members = jdbc.queryForObject("select count(*) from municipality where status = 'MEMBER'", Integer.class);
        int audited = jdbc.queryForObject("select count(*) from audit_event where action = 'accession.letter' and subject = ?",
                Integer.class, PROSPECT);

        HttpResponse<byte[]> greek = get("/api/v1/municipalities/" + PROSPECT + "/accession-letter.pdf", token);
        assertThat(greek.statusCode()).as(new String(greek.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(greek.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(greek.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String text = Pdfs.text(greek.body());
        String link = "/join?municipality=" + PROSPECT;
        assertThat(text).contains("ΠΡΟΣΚΛΗΣΗ ΓΙΑ ΤΗΝ ΕΝΤΑΞΗ ΤΟΥ ΔΗΜΟΥ ΣΑΣ ΣΤΟ ΔΙΚΤΥΟ ΠΟΛΕΩΝ ΓΙΑ ΤΗΝ ΕΝΤΑΞΗ",
                "Αξιότιμε κύριε Δήμαρχε,", "Γεώργιος Δασταμάνης", "έχει " + members + " δήμους-μέλη",
                "Για το Δίκτυο Πόλεων για την Ένταξη Η Ομάδα Συντονισμού", "Ένταξη στο Δίκτυο", link,
                "Με την υποστήριξη: Διεθνής Οργανισμός Μετανάστευσης (IOM)")
                .doesNotContain("{", "Απαντήστε μέχρι");
        assertThat(Pdfs.veraPdfFailures(greek.body(), PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'accession.letter' and subject = ?",
                Integer.class, PROSPECT)).isEqualTo(audited + 1);

        String english = Pdfs.text(get("/api/v1/municipalities/" + PROSPECT + "/accession-letter.pdf?lang=en", token).body());
        assertThat(english).contains("AN INVITATION TO YOUR MUNICIPALITY", "Dear Mr Mayor,", "today has " + members
                + " member municipalities", "The coordination team", "Joining the network", link);

        String form = http.get("/join?municipality=" + PROSPECT, null).body();
        assertThat(form).containsPattern("<option value=\"" + PROSPECT + "\" selected");
        assertThat(http.get("/join?municipality=%3Cscript%3E", null).body()).doesNotContain("selected", "<script>");
    }

    @Test
    void aMemberAMunicipalityWithoutMayorAndAnyoneButTheSecretariatGetNoLetter() throws Exception {
        HttpResponse<String> member = http.get("/api/v1/municipalities/athens/accession-letter.pdf", token);
        assertThat(member.statusCode()).isEqualTo(409);
        assertThat(json.readTree(member.body()).get("detail").asString())
                .isEqualTo("Δήμος Αθηναίων: είναι ήδη μέλος του Δικτύου· η επιστολή ένταξης γράφεται για δήμους που δεν είναι μέλη.");
        String mayorless = jdbc.queryForObject("select id from municipality where status <> 'MEMBER' order by id offset 76"
                + " rows fetch next 1 rows only", String.class);
        jdbc.update("delete from contact where municipality_id = ? and kind = 'MAYOR'", mayorless);
        HttpResponse<String> noMayor = http.get("/api/v1/municipalities/" + mayorless + "/accession-letter.pdf?lang=en", token);
        assertThat(noMayor.statusCode()).isEqualTo(409);
        assertThat(json.readTree(noMayor.body()).get("detail").asString()).contains("there is no mayor among the contacts");
        assertThat(http.get("/api/v1/municipalities/nowhere/accession-letter.pdf", token).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/municipalities/" + PROSPECT + "/accession-letter.pdf?lang=fr", token).statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/municipalities/" + PROSPECT + "/accession-letter.pdf", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/municipalities/" + PROSPECT + "/accession-letter.pdf",
                accounts.tokenFor(Role.PARTNER, null)).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/municipalities/" + PROSPECT + "/accession-letter.pdf",
                accounts.tokenFor(Role.FOCAL_POINT, PROSPECT)).statusCode()).isEqualTo(403);
    }
}
