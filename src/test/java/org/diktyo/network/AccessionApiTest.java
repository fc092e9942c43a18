package org.diktyo.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accession over the API on H2 and PostgreSQL: a case opened, refused when it is a second one,
 * for a member, for an unknown municipality, with a day before 2018 or in the future, or admitted
 * without an adoption (each a problem in Greek, in English on request, nothing written); moved to
 * CANDIDATE (the municipality becomes a candidate); a verified adoption reported through
 * {@link Membership} makes it a member, writes the history with its evidence, publishes
 * {@link MembershipChanged} and closes the case as ADMITTED. Every endpoint is tried by the focal
 * point of another municipality (404, nothing written), by a partner (403; the funnel's counts)
 * and by the public (401).
 */
@DatabaseTest
@RecordApplicationEvents
class AccessionApiTest {

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
    Membership membership;

    @Autowired
    ApplicationEvents events;

    JsonNode ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.request().method() + " " + r.uri() + " → " + r.body()).isEqualTo(status);
        return r.body().isEmpty() ? null : json.readTree(r.body());
    }

    int[] counts() {
        return new int[] {count("accession_case"), count("accession_activity"), count("membership_change"),
            count("membership_evidence")};
    }

    int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    static void refused(SoftAssertions given, HttpResponse<String> r, int status, String... contains) {
        SoftAssertions soft = given == null ? new SoftAssertions() : given;
        soft.assertThat(r.statusCode()).as(r.request().method() + " " + r.uri() + " → " + r.body()).isEqualTo(status);
        soft.assertThat(r.headers().firstValue("Content-Type").orElse("")).as(r.uri().toString())
                .startsWith("application/problem+json");
        for (String text : contains) {
            soft.assertThat(r.body()).as(r.uri() + " says " + text).contains(text);
        }
        if (given == null) {
            soft.assertAll();
        }
    }

    @Test
    void aCaseIsOpenedRefusedMovedAndClosedByAVerifiedAdoption() {
        Http http = new Http(port);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Athens"));
        String body = """
                {"municipalityId":"lamia","source":"PARTNER_REFERRAL","stage":"CONTACTED","ownerEmail":"secretariat@diktyo.example",
                 "nextAction":"Αποστολή του μνημονίου","nextActionOn":"%s","openedOn":"%s"}""";
        int[] before = counts();
        SoftAssertions soft = new SoftAssertions();
        refused(soft, http.send("POST", "/api/v1/accessions", SECRETARIAT, body.formatted(today, "2017-12-31")), 400,
                "openedOn", "πριν από το 2018");
        refused(soft, http.send("POST", "/api/v1/accessions", SECRETARIAT, body.formatted(today, "2017-12-31"),
                "Accept-Language", "en"), 400, "openedOn", "before 2018");
        refused(soft, http.send("POST", "/api/v1/accessions", SECRETARIAT, body.formatted(today, today.plusDays(1))), 400,
                "openedOn", "μελλοντική");
        refused(soft, http.send("POST", "/api/v1/accessions", SECRETARIAT,
                body.formatted(today, today).replace("lamia", "atlantis")), 400, "municipalityId");
        refused(soft, http.send("POST", "/api/v1/accessions", SECRETARIAT,
                body.formatted(today, today).replace("lamia", "athens")), 409, "ήδη μέλος");
        refused(soft, http.send("POST", "/api/v1/accessions", SECRETARIAT,
                body.formatted(today, today).replace("\"PARTNER_REFERRAL\"", "\"KING\"")), 400, "source");
        refused(soft, http.send("POST", "/api/v1/accessions", accounts.tokenFor(Role.FOCAL_POINT, "lamia"),
                body.formatted(today, today)), 403);
        refused(soft, http.send("POST", "/api/v1/accessions", accounts.tokenFor(Role.PARTNER, null),
                body.formatted(today, today)), 403);
        refused(soft, http.send("POST", "/api/v1/accessions", null, body.formatted(today, today)), 401);
        soft.assertThat(counts()).as("nothing written by the refusals").containsExactly(before);
        soft.assertAll();

        JsonNode opened = ok(http.send("POST", "/api/v1/accessions", SECRETARIAT, body.formatted(today, today.minusDays(3))), 201);
        String id = opened.get("id").asString();
        assertThat(opened.get("stage").asString()).isEqualTo("CONTACTED");
        assertThat(opened.get("officialNameEl").asString()).isEqualTo("Δήμος Λαμιέων");
        int[] open = counts();
        soft = new SoftAssertions();
        refused(soft, http.send("POST", "/api/v1/accessions", SECRETARIAT, body.formatted(today, today)), 409,
                "/admin/accession/" + id);
        String advance = "{\"to\":\"%s\",\"reason\":\"Απόφαση.\",\"effectiveOn\":\"%s\"}";
        refused(soft, http.send("POST", "/api/v1/accessions/" + id + "/advance", SECRETARIAT,
                advance.formatted("ADMITTED", today)), 409,
                "Απαιτείται επικυρωμένη απόφαση Δημοτικού Συμβουλίου και υπογραφή του μνημονίου");
        refused(soft, http.send("POST", "/api/v1/accessions/" + id + "/advance", SECRETARIAT,
                advance.formatted("ADMITTED", today), "Accept-Language", "en"), 409, "A verified decision");
        refused(soft, http.send("POST", "/api/v1/accessions/" + id + "/advance", SECRETARIAT,
                advance.formatted("CANDIDATE", "2017-06-30")), 400, "effectiveOn");
        refused(soft, http.send("POST", "/api/v1/accessions/" + id + "/advance", SECRETARIAT,
                advance.formatted("CANDIDATE", today.plusDays(1))), 400, "effectiveOn");
        refused(soft, http.send("POST", "/api/v1/accessions/" + id + "/activities", SECRETARIAT,
                "{\"kind\":\"CALL\",\"on\":\"2016-01-01\",\"text\":\"Κλήση.\"}"), 400, "\"on\"");
        soft.assertThat(counts()).as("nothing written by the refusals of an open case").containsExactly(open);
        soft.assertAll();

        JsonNode candidate = ok(http.send("POST", "/api/v1/accessions/" + id + "/advance", SECRETARIAT,
                advance.formatted("CANDIDATE", today)), 200);
        assertThat(candidate.get("stage").asString()).isEqualTo("CANDIDATE");
        assertThat(status("lamia")).isEqualTo("CANDIDATE");
        ok(http.send("POST", "/api/v1/accessions/" + id + "/activities", SECRETARIAT,
                "{\"kind\":\"NOTE\",\"text\":\"Εσωτερική σημείωση.\",\"internal\":true,\"dueOn\":\"" + today + "\"}"), 201);
        ok(http.send("PATCH", "/api/v1/accessions/" + id, SECRETARIAT, "{\"nextAction\":\"Απόφαση συμβουλίου\"}"), 200);
        JsonNode timeline = ok(http.get("/api/v1/accessions/" + id + "/activities", SECRETARIAT), 200);
        assertThat(timeline.get("total").asInt()).isEqualTo(3);

        int version = jdbc.queryForObject("select version_number from memorandum_in_force where id = 1", Integer.class);
        events.clear();
        MembershipStanding member = membership.recordAdoption(new AdoptionEvidence("lamia", version, today.minusDays(1),
                Instant.now(), "https://diavgeia.gov.gr/decision/view/ΑΒΓΔ-1"));
        assertThat(member.status()).isEqualTo(MembershipStatus.MEMBER);
        assertThat(member.rule()).isEqualTo("ADOPTION");
        assertThat(membership.recordAdoption(new AdoptionEvidence("lamia", version, today.minusDays(1), Instant.now(),
                null)).status()).as("again: nothing changes").isEqualTo(MembershipStatus.MEMBER);
        assertThat(count("membership_evidence")).isEqualTo(open[3] + 1);
        assertThat(status("lamia")).isEqualTo("MEMBER");
        assertThat(events.stream(MembershipChanged.class).filter(e -> e.municipalityId().equals("lamia")))
                .singleElement().satisfies(e -> {
                    assertThat(e.from()).isEqualTo(MembershipStatus.CANDIDATE);
                    assertThat(e.to()).isEqualTo(MembershipStatus.MEMBER);
                    assertThat(e.effectiveOn()).as("admitted today, signed yesterday").isEqualTo(today);
                });
        assertThat(jdbc.queryForObject("select evidence from membership_change where municipality_id = 'lamia'"
                + " and to_status = 'MEMBER'", String.class)).isEqualTo("https://diavgeia.gov.gr/decision/view/ΑΒΓΔ-1");
        JsonNode closed = ok(http.get("/api/v1/accessions/" + id, SECRETARIAT), 200);
        assertThat(closed.get("stage").asString()).isEqualTo("ADMITTED");
        assertThat(closed.get("closedOn").asString()).isEqualTo(today.toString());
        JsonNode standing = ok(http.get("/api/v1/municipalities/lamia/standing", null), 200);
        assertThat(standing.get("status").asString()).isEqualTo("MEMBER");
        assertThat(standing.get("evidence").isNull()).as("the public sees the status only").isTrue();
        assertThat(ok(http.get("/api/v1/municipalities/lamia/standing", SECRETARIAT), 200).get("evidence")).hasSize(1);

        // leaving is a recorded withdrawal (and the other tests find the network's 18 members again)
        MembershipStanding left = membership.withdrawAdoption("lamia", version, "Απόφαση αποχώρησης (έλεγχος).");
        assertThat(left.status()).isEqualTo(MembershipStatus.FORMER);
        assertThat(left.rule()).isEqualTo("WITHDRAWAL");
        assertThat(status("lamia")).isEqualTo("FORMER");
        JsonNode again = ok(http.send("POST", "/api/v1/accessions", SECRETARIAT, body.formatted(today, today)), 201);
        assertThat(again.get("stage").asString()).as("a former member may start again").isEqualTo("CONTACTED");
    }

    @Test
    void aFocalPointOfAnotherMunicipalityAPartnerAndThePublicAreRefusedEverywhere() {
        Http http = new Http(port);
        String opened = ok(http.send("POST", "/api/v1/accessions", SECRETARIAT,
                "{\"municipalityId\":\"komotini\",\"source\":\"INVITATION\",\"stage\":\"INTERESTED\"}"), 201).get("id").asString();
        String note = ok(http.send("POST", "/api/v1/accessions/" + opened + "/activities", SECRETARIAT,
                "{\"kind\":\"NOTE\",\"text\":\"Για τη Γραμματεία.\",\"internal\":true,\"dueOn\":\"2030-01-01\"}"), 201)
                .get("id").asString();
        String athens = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        String partner = accounts.tokenFor(Role.PARTNER, null);
        String own = accounts.tokenFor(Role.FOCAL_POINT, "komotini");
        String c = "/api/v1/accessions/" + opened;
        List<String[]> endpoints = List.of(new String[] {"GET", c, null}, new String[] {"PATCH", c, "{\"nextAction\":\"x\"}"},
                new String[] {"POST", c + "/advance", "{\"to\":\"CANDIDATE\",\"reason\":\"x\"}"},
                new String[] {"GET", c + "/activities", null},
                new String[] {"POST", c + "/activities", "{\"kind\":\"NOTE\",\"text\":\"x\"}"},
                new String[] {"PATCH", c + "/activities/" + note, "{\"doneOn\":null}"});
        int[] before = counts();
        SoftAssertions soft = new SoftAssertions();
        for (String[] e : endpoints) {
            refused(soft, http.send(e[0], e[1], athens, e[2]), 404);
            refused(soft, http.send(e[0], e[1], partner, e[2]), 403);
            refused(soft, http.send(e[0], e[1], null, e[2]), 401);
            if (!e[0].equals("GET")) {
                refused(soft, http.send(e[0], e[1], own, e[2]), 403);
            }
        }
        refused(soft, http.get("/api/v1/accessions", partner), 403);
        refused(soft, http.get("/api/v1/accessions", null), 401);
        refused(soft, http.get("/api/v1/accessions/funnel", athens), 403);
        refused(soft, http.get("/api/v1/accessions/funnel", null), 401);
        soft.assertThat(counts()).as("nothing written").containsExactly(before);
        soft.assertAll();

        assertThat(ok(http.get("/api/v1/accessions?size=200", athens), 200).get("items").toString()).doesNotContain(opened);
        assertThat(ok(http.get("/api/v1/accessions?size=200", own), 200).get("items").toString()).contains(opened);
        assertThat(ok(http.get(c + "/activities", own), 200).get("items").toString())
                .as("the focal point does not see the secretariat's internal entries").doesNotContain(note);
        assertThat(ok(http.get("/api/v1/accessions/funnel", partner), 200).toString()).contains("INTERESTED");
        assertThat(ok(http.get("/v3/api-docs", null), 200).toString()).contains("/api/v1/accessions/{id}/advance",
                "/api/v1/accessions/funnel", "/api/v1/join");
    }

    String status(String id) {
        return jdbc.queryForObject("select status from municipality where id = ?", String.class, id);
    }
}
