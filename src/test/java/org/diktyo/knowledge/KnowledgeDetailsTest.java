package org.diktyo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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
 * An entry's details through the API and its page: funding with amounts, results as indicators,
 * lessons, transferability, a contact by role with a person's name only for signed-in readers,
 * partner municipalities, supporting organisations and the memorandum's axes; searched in the
 * lessons and counted under the funding, region and status facets. A negative amount, an
 * indicator without a unit, an end before the start, the owner as its own partner: a 400 naming
 * the field, nothing written; Athens' focal point cannot write details on Thessaloniki's entry.
 */
@DatabaseTest
class KnowledgeDetailsTest {

    static final String SECRETARIAT = TestAccounts.demoToken();
    static final String E = "/api/v1/knowledge/entries";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    static String withDetails(String entry, String details) {
        return entry.substring(0, entry.lastIndexOf('}')) + "," + details + "}";
    }

    static final String DETAILS = """
            "funding":[{"source":"NSRF","programme":"ΕΠ Κεντρικής Μακεδονίας","amount":12500.50},
                       {"source":"MUNICIPAL_BUDGET","amount":3000}],
            "results":[{"indicatorEl":"Ωφελούμενοι","indicatorEn":"Beneficiaries","value":340,"unit":"άτομα","year":2024}],
            "lessonsEl":"Η συνεργασία με τους διερμηνείς ξεκλείδωσε τις παραπομπές στα κουκουλοφόρα ραντεβού.",
            "lessonsEn":"Working with interpreters unlocked referrals.",
            "transferabilityEl":"Μεταφέρεται σε κάθε δήμο με ΚΕΜ.","transferabilityEn":"Any municipality with a KEM.",
            "contact":{"role":"Υπεύθυνη ΚΕΜ","service":"Διεύθυνση Κοινωνικής Πολιτικής","email":"kem@thessaloniki.gr",
                       "phone":"2310 000000","person":"Μαρία Παπαδοπούλου"},
            "partners":["athens"],"organisations":["iom"],"axes":["GOOD_PRACTICES","INTEGRATION_BODIES"]""";

    @Test
    void detailsAreWrittenShownSearchedCountedAndRefusedWhenWrong() {
        Http http = new Http(port);
        KnowledgeFixture fixture = new KnowledgeFixture(http, json);
        String thessaloniki = accounts.tokenFor(Role.FOCAL_POINT, "thessaloniki");
        String athens = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        String valid = withDetails(KnowledgeFixture.entryJson("PRACTICE", "thessaloniki", "Διερμηνεία στο ΚΕΜ"), DETAILS);

        int[] before = counts();
        refused(http.send("POST", E, thessaloniki, valid.replace("\"amount\":12500.50", "\"amount\":-5")), "funding[0].amount");
        refused(http.send("POST", E, thessaloniki, valid.replace("\"unit\":\"άτομα\"", "\"unit\":\"\"")), "results[0].unit");
        refused(http.send("POST", E, thessaloniki, valid.replace("\"2024-12-31\"", "\"2023-06-30\"")), "periodEnd");
        refused(http.send("POST", E, thessaloniki, valid.replace("[\"athens\"]", "[\"thessaloniki\"]")), "partners");
        refused(http.send("POST", E, thessaloniki, valid.replace("[\"iom\"]", "[\"nobody\"]")), "organisations");
        refused(http.send("POST", E, thessaloniki, valid.replace("\"email\":\"kem@thessaloniki.gr\"", "\"email\":\"kem\"")),
                "contact.email");
        assertThat(counts()).as("nothing written by the refusals").containsExactly(before);

        JsonNode created = fixture.ok(http.send("POST", E, thessaloniki, valid), 201);
        String id = created.get("id").asString();
        assertThat(created.get("fundingTotal").decimalValue()).isEqualByComparingTo("15500.50");
        assertThat(created.get("results").get(0).get("unit").asString()).isEqualTo("άτομα");
        assertThat(created.get("axes").toString()).contains("INTEGRATION_BODIES");

        int[] sweep = counts();
        HttpResponse<String> foreign = http.send("PUT", E + "/" + id, athens,
                withDetails(KnowledgeFixture.editJson("Χ", 0), DETAILS));
        assertThat(foreign.statusCode()).as("Athens acts on Thessaloniki's entry").isEqualTo(404);
        assertThat(counts()).as("nothing written").containsExactly(sweep);

        fixture.ok(http.send("POST", E + "/" + id + "/submit", thessaloniki, null), 200);
        fixture.ok(http.send("POST", E + "/" + id + "/publish", SECRETARIAT, null), 200);

        JsonNode asPublic = fixture.ok(http.get(E + "/" + id, null), 200);
        assertThat(asPublic.get("contact").get("role").asString()).isEqualTo("Υπεύθυνη ΚΕΜ");
        assertThat(asPublic.get("contact").get("person").asString()).as("no name for the public").isEmpty();
        assertThat(fixture.ok(http.get(E + "/" + id, athens), 200).get("contact").get("person").asString())
                .isEqualTo("Μαρία Παπαδοπούλου");

        JsonNode found = fixture.ok(http.get(E + "?q=" + enc("κουκουλοφόρα"), null), 200);
        assertThat(found.get("items").toString()).as("the lessons are searched").contains(id);
        assertThat(fixture.ok(http.get(E + "?q=" + enc("Παπαδοπούλου"), null), 200).get("total").asInt())
                .as("a person's name is not searchable").isZero();
        JsonNode facets = found.get("facets");
        assertThat(facets.get("funding").toString()).contains("NSRF", "MUNICIPAL_BUDGET");
        assertThat(facets.get("status").toString()).contains("ONGOING");
        assertThat(facets.get("region").size()).as(facets.toString()).isPositive();
        assertThat(fixture.ok(http.get(E + "?funding=NSRF&q=" + enc("κουκουλοφόρα"), null), 200).get("total").asInt()).isOne();
        assertThat(fixture.ok(http.get(E + "?funding=EU_AMIF&q=" + enc("κουκουλοφόρα"), null), 200).get("total").asInt())
                .isZero();

        String slug = asPublic.get("slug").asString();
        String page = http.get("/practices/" + slug, null).body();
        assertThat(page).contains("12.500,5 €", "ΕΣΠΑ", "Ωφελούμενοι", "340", "Υπεύθυνη ΚΕΜ", "ΔΟΜ")
                .doesNotContain("Μαρία Παπαδοπούλου");
        String search = http.get("/practices?q=" + enc("κουκουλοφόρα"), null).body();
        assertThat(search).contains("name=\"funding\"", "name=\"region\"", "name=\"status\"");
    }

    private void refused(HttpResponse<String> r, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"" + field + "\"");
    }

    private int[] counts() {
        return new int[] {count("knowledge_entry"), count("knowledge_change"),
            jdbc.queryForObject("select coalesce(sum(version), 0) from knowledge_entry", Integer.class)};
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static String enc(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
