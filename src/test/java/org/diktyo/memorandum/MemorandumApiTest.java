package org.diktyo.memorandum;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

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
 * A version's life through the API, as the secretariat and the focal points of Athens,
 * Thessaloniki and Heraklion do it: an amendment proposed, submitted, supported and objected to,
 * accepted as modified, the version frozen and adopted, the change linked to the amendment. On
 * the way, every write endpoint is tried by Athens' focal point for Thessaloniki and by a
 * partner: refused each time, nothing written.
 */
@DatabaseTest
class MemorandumApiTest {

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
    void aVersionIsAmendedFrozenAndAdoptedAndNoMunicipalityActsForAnother() {
        Http http = new Http(port);
        MemorandumFixture fixture = new MemorandumFixture(http, json);
        String athens = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        String thessaloniki = accounts.tokenFor(Role.FOCAL_POINT, "thessaloniki");
        String heraklion = accounts.tokenFor(Role.FOCAL_POINT, "heraklion");
        String partner = accounts.tokenFor(Role.PARTNER, null);

        int n = fixture.inConsultation();
        String v = "/api/v1/memorandum/versions/" + n;
        String mine = fixture.ok(http.send("POST", v + "/amendments", athens,
                fixture.proposal(n, "athens", "REPLACE", "art.1").replace("Νέο κείμενο του άρθρου.",
                        "Σκοπός του Δικτύου είναι η ένταξη πολιτών τρίτων χωρών.")), 201).get("id").asString();
        String theirs = fixture.ok(http.send("POST", v + "/amendments", thessaloniki,
                fixture.proposal(n, "thessaloniki", "DELETE", "preamble")), 201).get("id").asString();
        fixture.ok(http.send("POST", "/api/v1/amendments/" + mine + "/submit", athens, null), 200);
        fixture.ok(http.send("POST", "/api/v1/amendments/" + theirs + "/submit", thessaloniki, null), 200);

        int[] before = counts();
        SoftAssertions soft = new SoftAssertions();
        String a = "/api/v1/amendments/" + theirs;
        String support = "{\"municipalityId\":\"thessaloniki\",\"stance\":\"SUPPORT\"}";
        refused(soft, http.send("POST", v + "/amendments", athens, fixture.proposal(n, "thessaloniki", "DELETE", "art.1")), 403);
        refused(soft, http.send("POST", a + "/withdraw", athens, null), 404);
        refused(soft, http.send("POST", a + "/submit", athens, null), 404);
        refused(soft, http.send("PUT", a + "/support", athens, support), 403);
        refused(soft, http.send("DELETE", a + "/support?municipality=thessaloniki", athens, null), 403);
        for (String token : List.of(athens, partner)) {
            refused(soft, http.send("POST", a + "/decision", token, "{\"state\":\"REJECTED\"}"), 403);
            refused(soft, http.send("POST", "/api/v1/memorandum/versions", token, "{\"labelEl\":\"Χ\"}"), 403);
            refused(soft, http.send("PUT", v + "/clauses/preamble", token, "{\"textEl\":\"Χ\"}"), 403);
            refused(soft, http.send("POST", v + "/open-consultation", token, "{\"closesOn\":\"" + Today.inAthens().plusDays(9) + "\"}"), 403);
            refused(soft, http.send("POST", v + "/close-consultation", token, null), 403);
            refused(soft, http.send("POST", v + "/freeze", token, null), 403);
            refused(soft, http.send("POST", v + "/adopt", token, "{\"inForceFrom\":\"" + Today.inAthens() + "\"}"), 403);
            refused(soft, http.send("POST", v + "/abandon", token, null), 403);
        }
        refused(soft, http.send("POST", v + "/amendments", partner, fixture.proposal(n, "athens", "DELETE", "art.1")), 403);
        refused(soft, http.send("PUT", "/api/v1/amendments/" + mine + "/support", partner,
                "{\"municipalityId\":\"athens\",\"stance\":\"SUPPORT\"}"), 403);
        refused(soft, http.send("PUT", "/api/v1/amendments/" + mine + "/support", heraklion,
                "{\"municipalityId\":\"heraklion\",\"stance\":\"OBJECT\",\"reason\":\" \"}"), 400);
        refused(soft, http.send("POST", v + "/amendments", athens, fixture.proposal(n, "athens", "REPLACE", "art.1")
                .replace("Νέο κείμενο του άρθρου.", "<img src=x onerror=alert(1)>")), 400);
        soft.assertThat(counts()).as("nothing written by the refusals").containsExactly(before);
        soft.assertAll();

        fixture.ok(http.send("PUT", "/api/v1/amendments/" + mine + "/support", thessaloniki,
                "{\"municipalityId\":\"thessaloniki\",\"stance\":\"SUPPORT\"}"), 200);
        JsonNode counted = fixture.ok(http.send("PUT", "/api/v1/amendments/" + mine + "/support", heraklion,
                "{\"municipalityId\":\"heraklion\",\"stance\":\"OBJECT\",\"reason\":\"Στενεύει τον σκοπό.\"}"), 200);
        assertThat(counted.get("supports").asInt()).isEqualTo(1);
        assertThat(counted.get("objections").asInt()).isEqualTo(1);

        refused(null, http.send("POST", v + "/freeze", SECRETARIAT, null), 409);
        fixture.ok(http.send("POST", "/api/v1/amendments/" + mine + "/decision", SECRETARIAT, """
                {"state":"ACCEPTED_MODIFIED","textEl":"Σκοπός του Δικτύου είναι η κοινωνική ένταξη πολιτών τρίτων χωρών.",
                 "textEn":"The network's purpose is the social integration of third-country nationals.",
                 "note":"Με τη διατύπωση της Επιτροπής.","reference":"ΕΔ 3/2024"}"""), 200);
        fixture.ok(http.send("POST", a + "/decision", SECRETARIAT, "{\"state\":\"REJECTED\"}"), 200);
        fixture.ok(http.send("POST", v + "/close-consultation", SECRETARIAT, null), 200);
        refused(null, http.send("POST", v + "/amendments", athens, fixture.proposal(n, "athens", "DELETE", "preamble")), 409);

        JsonNode frozen = fixture.ok(http.send("POST", v + "/freeze", SECRETARIAT, null), 200);
        assertThat(frozen.get("state").asString()).isEqualTo("FROZEN");
        assertThat(frozen.get("textHash").asString()).hasSize(64);
        refused(null, http.send("POST", v + "/adopt", SECRETARIAT, "{\"inForceFrom\":\"" + Today.inAthens().minusDays(1) + "\"}"), 400);
        JsonNode adopted = fixture.ok(http.send("POST", v + "/adopt", SECRETARIAT, "{\"inForceFrom\":\"" + Today.inAthens() + "\"}"), 200);
        assertThat(adopted.get("state").asString()).isEqualTo("IN_FORCE");
        assertThat(fixture.ok(http.get("/api/v1/memorandum", null), 200).get("version").get("number").asInt()).isEqualTo(n);

        int basedOn = adopted.get("basedOn").asInt();
        JsonNode diff = fixture.ok(http.get(v + "/diff?from=" + basedOn, null), 200);
        JsonNode purpose = null;
        for (JsonNode c : diff.get("clauses")) {
            if (c.get("key").asString().equals("art.1")) {
                purpose = c;
            }
        }
        assertThat(purpose).isNotNull();
        assertThat(purpose.get("op").asString()).isEqualTo("CHANGED");
        assertThat(purpose.get("amendmentId").asString()).isEqualTo(mine);
        assertThat(fixture.ok(http.get("/api/v1/amendments/" + theirs, SECRETARIAT), 200).get("state").asString())
                .isEqualTo("REJECTED");
    }

    private int[] counts() {
        return new int[] {count("drafting_amendment"), count("drafting_stance"), count("memorandum_version"),
            count("drafting_clause")};
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static void refused(SoftAssertions soft, HttpResponse<String> r, int status) {
        if (soft == null) {
            assertThat(r.statusCode()).as(r.request().method() + " " + r.uri() + " → " + r.body()).isEqualTo(status);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            return;
        }
        soft.assertThat(r.statusCode()).as(r.request().method() + " " + r.uri() + " → " + r.body()).isEqualTo(status);
        soft.assertThat(r.headers().firstValue("Content-Type").orElse("")).as(r.uri().toString())
                .startsWith("application/problem+json");
    }
}
