package org.diktyo.memorandum;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Athens adopts a frozen version: its council's decision typed as people type it («αρ. 123»,
 * a ΑΔΑ with Latin look-alikes), refused field by field when wrong, the signed copy uploaded
 * (a PDF by content), downloaded (audited), the evidence refused by the secretariat, corrected
 * and verified; the public sees the decision, not the people or the file. On the way, every
 * adoption endpoint is tried by Athens' focal point for Thessaloniki, by a partner and by the
 * public: refused, nothing written.
 */
@DatabaseTest
class AdoptionApiTest {

    static final String SECRETARIAT = TestAccounts.demoToken();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void athensRecordsUploadsAndIsVerifiedAndNobodyActsForAnother() throws IOException {
        Http http = new Http(port);
        MemorandumFixture fixture = new MemorandumFixture(http, json);
        String athens = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        String partner = accounts.tokenFor(Role.PARTNER, null);
        int n = fixture.frozen();
        String hash = fixture.ok(http.get("/api/v1/memorandum/versions/" + n, SECRETARIAT), 200).get("version")
                .get("textHash").asString();
        String base = "/api/v1/memorandum/versions/" + n + "/adoptions/";
        String year = String.valueOf(Today.inAthens().getYear());
        String decided = Today.inAthens().withDayOfYear(1).toString();
        String decision = """
                {"decisionNumber":"αρ. 123","decisionDate":"%s","ada":"6ΩKΓ46MTΛ6-ΘB5","signatoryName":"Χάρης Δούκας",
                 "signatoryCapacity":"MAYOR","signedOn":"%s"}""".formatted(decided, Today.inAthens());
        byte[] pdf;
        try (var in = getClass().getResourceAsStream("/demo/memorandum-axes.pdf")) {
            pdf = in.readAllBytes();
        }

        int[] before = counts();
        SoftAssertions soft = new SoftAssertions();
        String theirs = base + "thessaloniki";
        refused(soft, http.send("PUT", theirs, athens, decision), 404);
        refused(soft, http.upload(theirs + "/signed-copy", athens, "copy.pdf", pdf, new String[0]), 404);
        refused(soft, http.get(theirs + "/signed-copy", athens), 404);
        refused(soft, http.get(theirs, athens), 404);
        refused(soft, http.get(theirs, null), 404);
        refused(soft, http.send("PUT", theirs, partner, decision), 403);
        refused(soft, http.send("PUT", theirs, null, decision), 401);
        for (String token : List.of(athens, partner)) {
            refused(soft, http.send("POST", base + "athens/verify", token, null), 403);
            refused(soft, http.send("POST", base + "athens/reject", token, "{\"reason\":\"Όχι.\"}"), 403);
            refused(soft, http.send("POST", base + "athens/revoke", token, "{\"reason\":\"Όχι.\"}"), 403);
            refused(soft, http.send("POST", base + "thessaloniki/revoke", token, "{\"reason\":\"Όχι.\"}"), 403);
        }
        refused(soft, http.send("PUT", base + "athens", athens, decision.replace("αρ. 123", "123/24")), 400, "decisionNumber");
        refused(soft, http.send("PUT", base + "athens", athens, decision.replace("αρ. 123", "123/" + (Today.inAthens().getYear() - 1))),
                400, "decisionNumber");
        refused(soft, http.send("PUT", base + "athens", athens, decision.replace("\"ada\":\"6ΩKΓ46MTΛ6-ΘB5\"", "\"ada\":\"xyz\"")),
                400, "ada");
        refused(soft, http.send("PUT", base + "athens", athens, decision.replace("\"MAYOR\"", "\"DEPUTY_MAYOR_AUTHORISED\"")),
                400, "authorisationRef");
        refused(soft, http.send("PUT", base + "athens", athens, decision.replace("\"signedOn\":\"" + Today.inAthens(),
                "\"signedOn\":\"" + Today.inAthens().plusDays(1))), 400, "signedOn");
        refused(soft, http.send("PUT", base + "athens", athens, decision.replace("\"decisionDate\":\"" + decided,
                "\"decisionDate\":\"" + Today.inAthens().plusYears(1))), 400, "decisionDate");
        refused(soft, http.upload(base + "athens/signed-copy", athens, "copy.pdf", pdf, new String[0]), 409);
        soft.assertThat(counts()).as("nothing written by the refusals").containsExactly(before);
        soft.assertAll();

        JsonNode recorded = fixture.ok(http.send("PUT", base + "athens", athens, decision), 200);
        assertThat(recorded.get("decisionNumber").asString()).isEqualTo("123/" + year);
        assertThat(recorded.get("ada").asString()).isEqualTo("6ΩΚΓ46ΜΤΛ6-ΘΒ5");
        assertThat(recorded.get("diavgeiaUrl").asString()).isEqualTo("https://diavgeia.gov.gr/decision/view/6ΩΚΓ46ΜΤΛ6-ΘΒ5");
        assertThat(recorded.get("state").asString()).isEqualTo("DECISION_RECORDED");
        assertThat(recorded.get("textHashAtSigning").asString()).isEqualTo(hash);
        assertThat(recorded.get("officialNameEl").asString()).isNotBlank();

        int files = count("stored_file");
        refused(null, http.upload(base + "athens/signed-copy", athens, "copy.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G',
            '\r', '\n', 0x1a, '\n', 0, 0}, new String[0]), 415);
        assertThat(count("stored_file")).as("the refused upload left no file").isEqualTo(files);
        JsonNode signed = fixture.ok(http.upload(base + "athens/signed-copy", athens, "απόφαση.pdf", pdf, new String[0]), 200);
        assertThat(signed.get("state").asString()).isEqualTo("SIGNED");
        assertThat(signed.get("signedCopy").asBoolean()).isTrue();
        HttpResponse<byte[]> copy = http.bytes(base + "athens/signed-copy", athens);
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(copy.body()).isEqualTo(pdf);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'memorandum.adoption.signed-copy'"
                + " and subject = ?", Integer.class, n + "/athens")).isEqualTo(1);

        refused(null, http.send("POST", base + "athens/reject", SECRETARIAT, "{\"reason\":\" \"}"), 400, "reason");
        JsonNode rejected = fixture.ok(http.send("POST", base + "athens/reject", SECRETARIAT,
                "{\"reason\":\"Λείπει η σελίδα των υπογραφών.\"}"), 200);
        assertThat(rejected.get("state").asString()).isEqualTo("REJECTED_EVIDENCE");
        assertThat(fixture.ok(http.get(base + "athens", athens), 200).get("refusalReason").asString())
                .isEqualTo("Λείπει η σελίδα των υπογραφών.");
        refused(null, http.send("POST", base + "athens/verify", SECRETARIAT, null), 409);
        assertThat(fixture.ok(http.send("PUT", base + "athens", athens, decision.replace("αρ. 123", "123 / " + year)), 200)
                .get("state").asString()).isEqualTo("SIGNED");
        assertThat(fixture.ok(http.send("POST", base + "athens/verify", SECRETARIAT, null), 200).get("state").asString())
                .isEqualTo("VERIFIED");
        refused(null, http.send("PUT", base + "athens", athens, decision), 409);

        JsonNode published = fixture.ok(http.get(base + "athens", null), 200);
        assertThat(published.get("decisionNumber").asString()).isEqualTo("123/" + year);
        assertThat(published.get("signatoryName").isNull()).isTrue();
        assertThat(published.get("signedCopy").asBoolean()).isFalse();
        JsonNode list = fixture.ok(http.get("/api/v1/memorandum/versions/" + n + "/adoptions", null), 200);
        assertThat(list.get("items")).extracting(i -> i.get("municipalityId").asString()).containsExactly("athens");
        refused(null, http.get(base + "athens/signed-copy", null), 401);
        fixture.ok(http.send("POST", "/api/v1/memorandum/versions/" + n + "/adopt", SECRETARIAT,
                "{\"inForceFrom\":\"" + Today.inAthens() + "\"}"), 200);
        HttpResponse<String> page = http.get("/memorandum", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Δήμοι που την υιοθέτησαν (1)", "123/" + year,
                "https://diavgeia.gov.gr/decision/view/6ΩΚΓ46ΜΤΛ6-ΘΒ5").doesNotContain("Χάρης Δούκας");
        refused(null, http.get(base + "athens/signed-copy", partner), 404);

        int draft = fixture.draft();
        refused(null, http.send("PUT", "/api/v1/memorandum/versions/" + draft + "/adoptions/athens", athens, decision), 409);
        fixture.noOpenVersion();
    }

    private int[] counts() {
        return new int[] {count("memorandum_adoption"), count("stored_file"), count("audit_event")};
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static void refused(SoftAssertions soft, HttpResponse<String> r, int status, String... fields) {
        SoftAssertions s = soft == null ? new SoftAssertions() : soft;
        s.assertThat(r.statusCode()).as(r.request().method() + " " + r.uri() + " → " + r.body()).isEqualTo(status);
        s.assertThat(r.headers().firstValue("Content-Type").orElse("")).as(r.uri().toString())
                .startsWith("application/problem+json");
        for (String field : fields) {
            s.assertThat(r.body()).as("names " + field).contains("\"" + field + "\"");
        }
        if (soft == null) {
            s.assertAll();
        }
    }
}
