package org.diktyo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.diktyo.Http;
import org.diktyo.accounts.TestAccounts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Entries through the API as the secretariat, for the tests that need one in a given state. */
public final class KnowledgeFixture {

    static final String TOKEN = TestAccounts.demoToken();

    private final Http http;
    private final JsonMapper json;

    public KnowledgeFixture(Http http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    /** A valid new entry of {@code kind} for {@code owner}. */
    public static String entryJson(String kind, String owner, String titleEl) {
        return """
                {"kind":"%s","ownerId":"%s","titleEl":"%s","titleEn":"Test entry",
                 "summaryEl":"Περίληψη της δοκιμής για την ένταξη.","summaryEn":"A test summary.",
                 "bodyEl":"Κείμενο.","bodyEn":"Text.","themes":["HOUSING"],"targetGroups":["REFUGEES"],
                 "periodStart":"2024-01-01","periodEnd":"2024-12-31","status":"ONGOING","visibility":"PUBLIC"}"""
                .formatted(kind, owner, titleEl);
    }

    /** A valid edit of an entry at {@code version}. */
    public static String editJson(String titleEl, int version) {
        return """
                {"titleEl":"%s","titleEn":"Edited","summaryEl":"Νέα περίληψη.","summaryEn":"New summary.",
                 "bodyEl":"Κείμενο.","bodyEn":"Text.","themes":["HOUSING"],"targetGroups":["REFUGEES"],
                 "periodStart":"2024-01-01","periodEnd":"2024-12-31","status":"ONGOING","visibility":"PUBLIC","version":%d}"""
                .formatted(titleEl, version);
    }

    /** Every detail of an entry as JSON fields (partners: Thessaloniki, so not for one of its own entries). */
    public static final String DETAILS = """
            "funding":[{"source":"NSRF","programme":"ΕΠ Αττικής","amount":12500.50}],
            "results":[{"indicatorEl":"Ωφελούμενοι","indicatorEn":"Beneficiaries","value":340,"unit":"άτομα","year":2024}],
            "lessonsEl":"Διδάγματα.","lessonsEn":"Lessons.","transferabilityEl":"Παντού.","transferabilityEn":"Anywhere.",
            "contact":{"role":"Υπεύθυνη ΚΕΜ","service":"Κοινωνική Υπηρεσία","email":"kem@example.gr","phone":"210 0000000",
                       "person":"Μαρία Παπαδοπούλου"},
            "partners":["thessaloniki"],"organisations":["iom"],"axes":["GOOD_PRACTICES"]""";

    /** {@code entry} (a JSON object) with {@code fields} added. */
    public static String with(String entry, String fields) {
        return entry.substring(0, entry.lastIndexOf('}')) + "," + fields + "}";
    }

    /** A new draft of Athens; its id. */
    public String draft(String kind) {
        return ok(http.send("POST", "/api/v1/knowledge/entries", TOKEN, entryJson(kind, "athens", "Δοκιμή")), 201)
                .get("id").asString();
    }

    /** A new submitted entry; its id. */
    public String submitted(String kind) {
        String id = draft(kind);
        ok(http.send("POST", "/api/v1/knowledge/entries/" + id + "/submit", TOKEN, null), 200);
        return id;
    }

    /** A new published entry; its id. */
    public String published(String kind) {
        String id = submitted(kind);
        ok(http.send("POST", "/api/v1/knowledge/entries/" + id + "/publish", TOKEN, null), 200);
        return id;
    }

    /** A new published entry of Athens with a pending revision by its focal point ({@code focalPoint}'s token); its id. */
    public String revised(String focalPoint) {
        String id = published("PRACTICE");
        ok(http.send("PUT", "/api/v1/knowledge/entries/" + id, focalPoint, editJson("Δοκιμή αναθεώρησης", version(id))), 200);
        return id;
    }

    public int version(String id) {
        return ok(http.get("/api/v1/knowledge/entries/" + id, TOKEN), 200).get("version").asInt();
    }

    public JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.uri() + " → " + response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }
}
