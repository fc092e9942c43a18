package org.diktyo.memorandum;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.diktyo.documents.SignedPdfs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;


import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Athens' signed copy checked with EU DSS on upload (issue 11): a PDF signed electronically is
 * of method PADES, intact, with its signer, issuer and an unknown qualification (offline); the
 * same PDF changed after signing, and one with a signed byte altered, are kept and shown in red on
 * the secretariat's tracker, and may still be verified; a scan without an electronic signature is
 * WET_INK_SCAN; an encrypted PDF is refused with 415 and changes nothing; the public never reads
 * the check.
 */
@DatabaseTest
class AdoptionSignatureTest {

    static final String SECRETARIAT = TestAccounts.demoToken();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Test
    void theSignedCopyIsCheckedShownAndNeverBlocked() throws Exception {
        Http http = new Http(port);
        MemorandumFixture fixture = new MemorandumFixture(http, json);
        int n = fixture.frozen();
        String path = "/api/v1/memorandum/versions/" + n + "/adoptions/athens";
        fixture.ok(http.send("PUT", path, SECRETARIAT, """
                {"decisionNumber":"12","decisionDate":"%s","signatoryName":"Δήμαρχος","signatoryCapacity":"MAYOR",
                 "signedOn":"%s"}""".formatted(Today.inAthens(), Today.inAthens())), 200);
        String athens = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        byte[] signed = SignedPdfs.signed();

        JsonNode intact = fixture.ok(http.upload(path + "/signed-copy", athens, "signed.pdf", signed, new String[0]), 200);
        assertThat(intact.get("method").asString()).isEqualTo("PADES");
        JsonNode signature = intact.get("signature");
        assertThat(signature.get("integrity").asString()).isEqualTo("INTACT");
        assertThat(signature.get("signer").asString()).isEqualTo(SignedPdfs.SIGNER);
        assertThat(signature.get("issuer").asString()).isEqualTo(SignedPdfs.ISSUER);
        assertThat(signature.get("qualification").asString()).isEqualTo("UNKNOWN");
        assertThat(fixture.ok(http.get(path, athens), 200).get("signature").get("integrity").asString()).isEqualTo("INTACT");

        long files = count("stored_file");
        String copy = copyId(n);
        var encrypted = http.upload(path + "/signed-copy", athens, "locked.pdf", SignedPdfs.encrypted(), new String[0]);
        assertThat(encrypted.statusCode()).isEqualTo(415);
        assertThat(encrypted.body()).contains("κρυπτογραφημένο");
        assertThat(count("stored_file")).isEqualTo(files);
        assertThat(copyId(n)).isEqualTo(copy);

        JsonNode changed = fixture.ok(http.upload(path + "/signed-copy", athens, "changed.pdf",
                SignedPdfs.changedAfterSigning(signed), new String[0]), 200);
        assertThat(changed.get("signature").get("integrity").asString()).isEqualTo("CHANGED_AFTER_SIGNING");
        assertThat(count("stored_file")).as("the earlier copy and its check are replaced").isEqualTo(files);
        assertThat(jdbc.queryForObject("select count(*) from signature_check where file_id = ?", Long.class, copy)).isZero();
        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        String tracker = page(secretariat, "/admin/memorandum/versions/" + n + "/adoptions");
        assertThat(tracker).contains("id=\"signature-athens\"", "govuk-tag--red",
                "Το έγγραφο άλλαξε μετά την υπογραφή", SignedPdfs.SIGNER);

        JsonNode broken = fixture.ok(http.upload(path + "/signed-copy", athens, "broken.pdf",
                SignedPdfs.broken(signed), new String[0]), 200);
        assertThat(broken.get("method").asString()).isEqualTo("PADES");
        assertThat(broken.get("signature").get("integrity").asString()).isEqualTo("BROKEN");
        assertThat(page(secretariat, "/admin/memorandum/versions/" + n + "/adoptions?lang=en"))
                .contains("Invalid signature: the signed data were altered", "govuk-tag--red");

        JsonNode scan = fixture.ok(http.upload(path + "/signed-copy", athens, "scan.pdf", SignedPdfs.unsigned(),
                new String[0]), 200);
        assertThat(scan.get("method").asString()).isEqualTo("WET_INK_SCAN");
        assertThat(scan.get("signature").get("integrity").asString()).isEqualTo("NOT_SIGNED");

        fixture.ok(http.upload(path + "/signed-copy", athens, "broken.pdf", SignedPdfs.broken(signed), new String[0]), 200);
        JsonNode verified = fixture.ok(http.send("POST", path + "/verify", SECRETARIAT, null), 200);
        assertThat(verified.get("state").asString()).as("the secretariat decides").isEqualTo("VERIFIED");
        assertThat(verified.get("signature").get("integrity").asString()).isEqualTo("BROKEN");
        JsonNode published = fixture.ok(http.get(path, null), 200);
        assertThat(published.get("signature").isNull()).as("the public reads the decision, not the check").isTrue();
        fixture.noOpenVersion();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String copyId(int n) {
        return jdbc.queryForObject("select signed_copy_id from memorandum_adoption where version_number = ?"
                + " and municipality_id = 'athens'", String.class, n);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
