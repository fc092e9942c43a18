package org.diktyo.positions;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.diktyo.Http;
import org.diktyo.accounts.TestAccounts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Positions in the state a test needs, made through the API as the secretariat. */
public final class PositionFixture {

    static final String TOKEN = TestAccounts.demoToken();

    private final Http http;
    private final JsonMapper json;

    public PositionFixture(Http http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    public JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + " → " + response.body())
                .isEqualTo(status);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }

    public static String positionJson(String title) {
        return """
                {"titleEl":"%s","titleEn":"Test position","subjectEl":"Συμμετοχή των δήμων στον σχεδιασμό",
                 "subjectEn":"Municipalities in the design","clauses":[{"headingEl":"Αίτημα","headingEn":"Request",
                 "textEl":"Ζητούμε θέση στην επιτροπή.","textEn":"We ask for a seat on the committee."},
                 {"headingEl":"","headingEn":"","textEl":"Είμαστε στη διάθεσή σας.","textEn":"We are at your disposal."}],
                 "openTo":"MEMBERS","signatoryOrder":"COLLATION","relatedAxes":["JOINT_POLICY"],"relatedEntries":[],
                 "partnersMayEndorse":false}"""
                .formatted(title);
    }

    public static String addresseesJson() {
        return """
                [{"body":"Υπουργείο Μετανάστευσης και Ασύλου – Γραφείο Υπουργού","role":"TO","email":"minister@migration.test.example",
                  "postalAddress":"Λεωφόρος Θηβών 196-198, 182 33 Άγιος Ιωάννης Ρέντης"},
                 {"body":"Υπουργείο Εσωτερικών","role":"TO","email":null,"postalAddress":"Σταδίου 27, 101 83 Αθήνα"},
                 {"body":"Κεντρική Ένωση Δήμων Ελλάδας (ΚΕΔΕ)","role":"CC","email":"info@kede.test.example","postalAddress":""}]""";
    }

    /** A new position in DRAFT, with its addressees. */
    public String draft() {
        String id = ok(http.send("POST", "/api/v1/positions", TOKEN, positionJson("Θέση ελέγχου")), 201).get("position")
                .get("id").asString();
        ok(http.send("PUT", "/api/v1/positions/" + id + "/addressees", TOKEN, addresseesJson()), 200);
        return id;
    }

    public String inConsultation() {
        String id = draft();
        ok(http.send("POST", "/api/v1/positions/" + id + "/open-consultation", TOKEN,
                "{\"closesOn\":\"" + Today.inAthens().plusDays(20) + "\"}"), 200);
        return id;
    }

    public String frozen() {
        String id = draft();
        ok(http.send("POST", "/api/v1/positions/" + id + "/freeze", TOKEN, null), 200);
        return id;
    }

    /** Open for signature until {@code days} from today, with a minimum of {@code min} (null: half the members). */
    public String open(int days, Integer min) {
        String id = frozen();
        ok(http.send("POST", "/api/v1/positions/" + id + "/open-signature", TOKEN, "{\"closesOn\":\""
                + Today.inAthens().plusDays(days) + "\"" + (min == null ? "" : ",\"minSignatories\":" + min) + "}"), 200);
        return id;
    }

    /** Closed with one signature (Athens', by the secretariat on its behalf): the minimum of one is reached. */
    public String closed() {
        String id = open(10, 1);
        ok(http.send("PUT", "/api/v1/positions/" + id + "/signatures/athens", TOKEN, "{\"textHash\":\"" + hash(id) + "\"}"), 200);
        ok(http.send("POST", "/api/v1/positions/" + id + "/close", TOKEN, null), 200);
        return id;
    }

    public String sent() {
        String id = closed();
        ok(http.send("POST", "/api/v1/positions/" + id + "/send", TOKEN, "{\"protocolNo\":\"55/2026\"}"), 200);
        return id;
    }

    public static String responseJson() {
        return """
                {"receivedOn":"%s","fromBody":"Υπουργείο Μετανάστευσης και Ασύλου","protocolNo":"88/2026",
                 "summaryEl":"Το Υπουργείο προσκαλεί σε συνάντηση.","summaryEn":"The Ministry invites to a meeting.",
                 "published":true}""".formatted(Today.inAthens().minusDays(1));
    }

    /** The details of a position as {@code PATCH /api/v1/positions/{id}} takes them, at {@code version}. */
    public static String detailsJson(int version) {
        return """
                {"titleEl":"Θέση αλλαγμένη","titleEn":"Changed position","subjectEl":"Νέο θέμα","subjectEn":"New subject",
                 "openTo":"MEMBERS_AND_CANDIDATES","signatoryOrder":"SIGNING","relatedAxes":["JOINT_POLICY"],
                 "relatedEntries":["housing"],"closesOn":"2030-01-15","minSignatories":3,"partnersMayEndorse":true,
                 "version":%d}""".formatted(version);
    }

    /** A ministry's answer recorded on the sent position {@code id}; its id. */
    public String answered(String id) {
        return ok(http.send("POST", "/api/v1/positions/" + id + "/responses", TOKEN, responseJson()), 201).get("id").asString();
    }

    public static String followUpJson() {
        return "{\"action\":\"Ορισμός αντιπροσωπείας\",\"owner\":\"Γραμματεία\",\"dueOn\":\"2030-01-15\",\"done\":false}";
    }

    /** A follow-up action of the answer {@code responseId}; its id. */
    public String followUp(String id, String responseId) {
        return ok(http.send("POST", "/api/v1/positions/" + id + "/responses/" + responseId + "/follow-ups", TOKEN,
                followUpJson()), 201).get("id").asString();
    }

    public JsonNode position(String id, String token) {
        return ok(http.get("/api/v1/positions/" + id, token), 200);
    }

    public String hash(String id) {
        return position(id, TOKEN).get("position").get("textHash").asString();
    }

    public String revision(String id, String key) {
        for (JsonNode c : position(id, TOKEN).get("clauses")) {
            if (c.get("key").asString().equals(key)) {
                return c.get("revision").asString();
            }
        }
        throw new AssertionError("no clause " + key);
    }
}
