package org.diktyo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * An entry's life through the API: Thessaloniki's focal point writes a challenge, submits it, the
 * secretariat sends it back with a note, it is submitted again and published, the public finds it
 * by searching in Greek, Athens marks «we face this too». On the way every write endpoint is tried
 * by Athens' focal point on Thessaloniki's entry and by a partner: refused each time, nothing
 * written. Bad input: a clear 400, never a 500.
 */
@DatabaseTest
class KnowledgeApiTest {

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
    void anEntryIsWrittenReviewedPublishedFoundAndSharedAndNoMunicipalityActsForAnother() {
        Http http = new Http(port);
        KnowledgeFixture fixture = new KnowledgeFixture(http, json);
        String athens = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        String thessaloniki = accounts.tokenFor(Role.FOCAL_POINT, "thessaloniki");
        String partner = accounts.tokenFor(Role.PARTNER, null);
        String e = "/api/v1/knowledge/entries";

        JsonNode created = fixture.ok(http.send("POST", e, thessaloniki, KnowledgeFixture.entryJson("CHALLENGE",
                "thessaloniki", "Ξενώνες για εφήβους ζυγαριάς")), 201);
        String id = created.get("id").asString();
        assertThat(created.get("state").asString()).isEqualTo("DRAFT");
        assertThat(http.get(e + "/" + id, null).statusCode()).as("a draft is not public").isEqualTo(404);
        assertThat(http.get(e + "/" + id, athens).statusCode()).as("nor another municipality's").isEqualTo(404);

        int[] before = counts();
        SoftAssertions soft = new SoftAssertions();
        String entry = e + "/" + id;
        refused(soft, http.send("POST", e, athens, KnowledgeFixture.entryJson("PRACTICE", "thessaloniki", "Χ")), 403);
        refused(soft, http.send("PUT", entry, athens, KnowledgeFixture.editJson("Χ", 0)), 404);
        refused(soft, http.send("POST", entry + "/submit", athens, null), 404);
        refused(soft, http.send("POST", entry + "/publish", athens, null), 404);
        refused(soft, http.send("POST", entry + "/send-back", athens, "{\"note\":\"Χ\"}"), 404);
        refused(soft, http.send("POST", entry + "/archive", athens, null), 404);
        refused(soft, http.send("POST", e, partner, KnowledgeFixture.entryJson("PRACTICE", "athens", "Χ")), 403);
        refused(soft, http.send("PUT", entry, partner, KnowledgeFixture.editJson("Χ", 0)), 404);
        refused(soft, http.send("POST", entry + "/submit", partner, null), 404);
        refused(soft, http.send("POST", e, null, KnowledgeFixture.entryJson("PRACTICE", "athens", "Χ")), 401);
        refused(soft, http.send("POST", e, thessaloniki, KnowledgeFixture.entryJson("PRACTICE", "thessaloniki", "Χ")
                .replace("\"2024-12-31\"", "\"2023-12-31\"")), 400);
        refused(soft, http.send("POST", e, thessaloniki, KnowledgeFixture.entryJson("PRACTICE", "thessaloniki", "Χ")
                .replace("\"bodyEl\":\"Κείμενο.\"", "\"bodyEl\":\"<img src=x onerror=alert(1)>\"")), 400);
        refused(soft, http.send("POST", e, thessaloniki, KnowledgeFixture.entryJson("PRACTICE", "thessaloniki", "Χ")
                .replace("\"summaryEl\":\"Περίληψη της δοκιμής για την ένταξη.\"", "\"summaryEl\":\"" + "α".repeat(501) + "\"")), 400);
        refused(soft, http.send("POST", e, thessaloniki, KnowledgeFixture.entryJson("PRACTICE", "thessaloniki", "Χ")
                .replace("[\"HOUSING\"]", "[\"NO_SUCH_THEME\"]")), 400);
        refused(soft, http.send("POST", entry + "/publish", SECRETARIAT, null), 409);
        soft.assertThat(counts()).as("nothing written by the refusals").containsExactly(before);
        soft.assertAll();

        fixture.ok(http.send("POST", entry + "/submit", thessaloniki, null), 200);
        refused(null, http.send("POST", entry + "/send-back", SECRETARIAT, "{\"note\":\" \"}"), 400);
        JsonNode back = fixture.ok(http.send("POST", entry + "/send-back", SECRETARIAT,
                "{\"note\":\"Προσθέστε την περίοδο.\"}"), 200);
        assertThat(back.get("state").asString()).isEqualTo("DRAFT");
        assertThat(back.get("reviewNote").asString()).isEqualTo("Προσθέστε την περίοδο.");
        refused(null, http.send("PUT", entry, thessaloniki, KnowledgeFixture.editJson("Χ", 0)), 409);
        fixture.ok(http.send("PUT", entry, thessaloniki, KnowledgeFixture.editJson(
                "Στέγαση ασυνόδευτων ανηλίκων σε ξενώνες ζυγαριάς", back.get("version").asInt())), 200);
        fixture.ok(http.send("POST", entry + "/submit", thessaloniki, null), 200);
        JsonNode published = fixture.ok(http.send("POST", entry + "/publish", SECRETARIAT, null), 200);
        assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");

        assertThat(found(http, "ανηλικοι ζυγαριασ", null)).as("the public finds it at once").contains(id);
        assertThat(found(http, "ΖΥΓΑΡΙΑ", null)).contains(id);
        assertThat(found(http, "zygaria", null)).as("Greeklish").contains(id);

        refused(null, http.send("PUT", entry + "/shared", partner, "{\"municipalityId\":\"athens\"}"), 403);
        refused(null, http.send("PUT", entry + "/shared", athens, "{\"municipalityId\":\"heraklion\"}"), 403);
        JsonNode shared = fixture.ok(http.send("PUT", entry + "/shared", athens,
                "{\"municipalityId\":\"athens\",\"comment\":\"Το ίδιο και στην Αθήνα.\"}"), 200);
        assertThat(shared.get("sharedCount").asInt()).isEqualTo(1);
        assertThat(fixture.ok(http.send("DELETE", entry + "/shared?municipality=athens", athens, null), 200)
                .get("sharedCount").asInt()).isZero();

        fixture.ok(http.send("POST", entry + "/archive", SECRETARIAT, null), 200);
        assertThat(http.get(entry, null).statusCode()).as("archived: no longer public").isEqualTo(404);
        assertThat(found(http, "ζυγαριασ", null)).doesNotContain(id);
    }

    @Test
    void searchAnswersBadInputClearlyAndNeverWithA500() {
        Http http = new Http(port);
        String e = "/api/v1/knowledge/entries?q=";
        assertThat(http.get(e + "a".repeat(201), null).statusCode()).isEqualTo(400);
        assertThat(http.get(e + "a".repeat(201), null).body()).contains("\"q\"");
        assertThat(http.get(e + "a".repeat(10_000), null).statusCode()).isIn(400, 414, 431);
        assertThat(http.get("/api/v1/knowledge/entries?size=1000", null).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/knowledge/entries?page=-1", null).statusCode()).isEqualTo(400);
        for (String q : List.of("\"(*:?", "*", "ένταξη AND", "\\", "title_el:ένταξη", "[a TO z]", "~2 ^3 !", "🙂")) {
            HttpResponse<String> r = http.get(e + enc(q), null);
            assertThat(r.statusCode()).as(q + " → " + r.body()).isEqualTo(200);
        }
        JsonNode stop = json.readTree(http.get(e + enc("και της"), null).body());
        assertThat(stop.get("onlyStopWords").asBoolean()).isTrue();
        assertThat(stop.get("total").asInt()).isZero();
    }

    @Test
    void theDemoIsFoundInGreekAsPeopleWriteIt() {
        Http http = new Http(port);
        assertThat(titles(http, "καλές πρακτικές")).anyMatch(t -> t.contains("καλών πρακτικών"));
        assertThat(titles(http, "ΕΝΤΑΞΗ")).anyMatch(t -> t.contains("Ένταξης"));
        assertThat(titles(http, "ανηλικοι")).anyMatch(t -> t.contains("ανηλίκων"));
        assertThat(titles(http, "ΚΕΜ")).anyMatch(t -> t.contains("Κέντρο Ένταξης Μεταναστών"));
        assertThat(titles(http, "entaxi")).isNotEmpty();
        assertThat(titles(http, "EΝΤΑΞΗ")).as("a Latin E").isNotEmpty();
        assertThat(titles(http, "Μαΐου")).anyMatch(t -> t.contains("Μαΐου"));
        assertThat(titles(http, "μαιου")).anyMatch(t -> t.contains("Μαΐου"));
        assertThat(titles(http, "IOM")).as("a NETWORK entry is not public").isEmpty();
        assertThat(json.readTree(http.get("/api/v1/knowledge/entries?q=IOM", accounts.tokenFor(Role.PARTNER, null)).body())
                .get("total").asInt()).as("but members read it").isEqualTo(1);
        JsonNode facets = json.readTree(http.get("/api/v1/knowledge/entries?theme=HOUSING", null).body()).get("facets");
        assertThat(facets.get("theme").toString()).contains("HOUSING", "KEM");
        JsonNode hit = json.readTree(http.get("/api/v1/knowledge/entries?q=" + enc("ανηλικοι"), null).body()).get("items").get(0);
        assertThat(hit.get("highlight").asString()).contains("<mark>ανήλικοι</mark>");
    }

    private List<String> found(Http http, String q, String token) {
        List<String> ids = new ArrayList<>();
        json.readTree(http.get("/api/v1/knowledge/entries?size=100&q=" + enc(q), token).body()).get("items")
                .forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    private List<String> titles(Http http, String q) {
        List<String> titles = new ArrayList<>();
        json.readTree(http.get("/api/v1/knowledge/entries?size=100&q=" + enc(q), null).body()).get("items")
                .forEach(i -> titles.add(i.get("titleEl").asString()));
        return titles;
    }

    private static String enc(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private int[] counts() {
        return new int[] {count("knowledge_entry"), count("knowledge_change"), count("knowledge_shared"),
            jdbc.queryForObject("select sum(version) from knowledge_entry", Integer.class)};
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
