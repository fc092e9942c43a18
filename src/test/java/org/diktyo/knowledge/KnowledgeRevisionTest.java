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
 * A focal point's edit of a published entry waits as a revision: the public still reads and finds
 * the published text; the secretariat sends it back with a note (the published text stays) or
 * publishes it (the new text is read and found at once). Athens' focal point can neither read (404)
 * nor review (403: it may read the published entry) Thessaloniki's revision, and the owner cannot
 * publish its own (403): nothing written.
 */
@DatabaseTest
class KnowledgeRevisionTest {

    static final String SECRETARIAT = TestAccounts.demoToken();
    static final String E = "/api/v1/knowledge/entries/";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void anEditOfAPublishedEntryIsReviewedWhileThePublishedTextStays() {
        Http http = new Http(port);
        KnowledgeFixture fixture = new KnowledgeFixture(http, json);
        String thessaloniki = accounts.tokenFor(Role.FOCAL_POINT, "thessaloniki");
        String athens = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        String id = fixture.ok(http.send("POST", E.substring(0, E.length() - 1), thessaloniki,
                KnowledgeFixture.entryJson("PRACTICE", "thessaloniki", "Λαϊκή αγορά γεύσεων αρχικό")), 201).get("id").asString();
        fixture.ok(http.send("POST", E + id + "/submit", thessaloniki, null), 200);
        int version = fixture.ok(http.send("POST", E + id + "/publish", SECRETARIAT, null), 200).get("version").asInt();

        JsonNode proposed = fixture.ok(http.send("PUT", E + id, thessaloniki,
                KnowledgeFixture.editJson("Λαϊκή αγορά γεύσεων αναθεωρημένο", version)), 200);
        assertThat(proposed.get("revisionPending").asBoolean()).isTrue();
        assertThat(proposed.get("titleEl").asString()).endsWith("αναθεωρημένο");
        JsonNode published = fixture.ok(http.get(E + id, null), 200);
        assertThat(published.get("titleEl").asString()).as("the public reads the published text").endsWith("αρχικό");
        assertThat(published.get("revisionPending").asBoolean()).isFalse();
        assertThat(found(http, "αναθεωρημένο")).doesNotContain(id);
        assertThat(found(http, "αρχικό")).contains(id);
        assertThat(fixture.ok(http.get(E + id + "/revision", thessaloniki), 200).get("titleEl").asString())
                .endsWith("αναθεωρημένο");

        int[] before = counts();
        assertThat(http.get(E + id + "/revision", athens).statusCode()).isEqualTo(404);
        assertThat(http.send("POST", E + id + "/revision/publish", athens, null).statusCode())
                .as("Athens may read the published entry, not review it").isEqualTo(403);
        assertThat(http.send("POST", E + id + "/revision/send-back", athens, "{\"note\":\"Όχι.\"}").statusCode())
                .isEqualTo(403);
        assertThat(http.send("POST", E + id + "/revision/publish", thessaloniki, null).statusCode()).isEqualTo(403);
        HttpResponse<String> blank = http.send("POST", E + id + "/revision/send-back", SECRETARIAT, "{\"note\":\" \"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("\"note\"");
        assertThat(counts()).as("nothing written by the refusals").containsExactly(before);

        JsonNode back = fixture.ok(http.send("POST", E + id + "/revision/send-back", SECRETARIAT,
                "{\"note\":\"Κρατήστε τον αρχικό τίτλο.\"}"), 200);
        assertThat(back.get("titleEl").asString()).endsWith("αρχικό");
        assertThat(back.get("reviewNote").asString()).isEqualTo("Κρατήστε τον αρχικό τίτλο.");
        assertThat(http.get(E + id + "/revision", thessaloniki).statusCode()).isEqualTo(404);

        fixture.ok(http.send("PUT", E + id, thessaloniki,
                KnowledgeFixture.editJson("Λαϊκή αγορά γεύσεων αναθεωρημένο", back.get("version").asInt())), 200);
        JsonNode now = fixture.ok(http.send("POST", E + id + "/revision/publish", SECRETARIAT, null), 200);
        assertThat(now.get("titleEl").asString()).endsWith("αναθεωρημένο");
        assertThat(now.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(found(http, "αναθεωρημένο")).as("found at once").contains(id);
        assertThat(http.send("POST", E + id + "/revision/publish", SECRETARIAT, null).statusCode()).isEqualTo(409);
    }

    private java.util.List<String> found(Http http, String q) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        json.readTree(http.get(E.substring(0, E.length() - 1) + "?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                null).body()).get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    private int[] counts() {
        return new int[] {jdbc.queryForObject("select count(*) from knowledge_revision", Integer.class),
            jdbc.queryForObject("select count(*) from knowledge_change", Integer.class),
            jdbc.queryForObject("select sum(version) from knowledge_entry", Integer.class)};
    }
}
