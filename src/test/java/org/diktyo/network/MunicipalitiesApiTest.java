package org.diktyo.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The registry over REST: who sees what, who may change what, and how bad input is refused. */
@DatabaseTest
class MunicipalitiesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JsonMapper json;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    @Test
    void theDemoTokenListsTheEighteenMembers() {
        HttpResponse<String> response = http.get("/api/v1/municipalities?status=MEMBER&size=100", TestAccounts.demoToken());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = body(response);
        assertThat(page.get("total").asInt()).isEqualTo(18);
        assertThat(page.get("items")).hasSize(18);
        assertThat(response.body()).contains("\"officialNameEl\":\"Δήμος Αθηναίων\"", "\"mayorTitleEl\":\"Δήμαρχος Αθηναίων\"");
    }

    @Test
    void theWholeCountryIsThereFilteredAndSearchable() {
        assertThat(body(http.get("/api/v1/municipalities?size=1", null)).get("total").asInt()).isEqualTo(332);
        assertThat(body(http.get("/api/v1/municipalities?region=GR-M&size=500", null)).get("total").asInt()).isEqualTo(24);
        JsonNode found = body(http.get("/api/v1/municipalities?q=%CE%B9%CF%89%CE%B1%CE%BD%CE%BD%CE%B9%CF%84%CF%89%CE%BD", null));
        assertThat(found.get("items").get(0).get("id").asString()).isEqualTo("ioannina"); // q=ιωαννιτων, no accents
    }

    @Test
    void withoutATokenNoContactDetailsAppear() {
        HttpResponse<String> list = http.get("/api/v1/municipalities?status=MEMBER&size=100", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("@athens.example", "Δούκας", "phone", "email");
        assertThat(http.get("/api/v1/municipalities/athens", null).body()).doesNotContain("@athens.example");
        HttpResponse<String> contacts = http.get("/api/v1/municipalities/athens/contacts", null);
        assertThat(contacts.statusCode()).isEqualTo(401);
        assertThat(contacts.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(contacts.body()).doesNotContain("@athens.example");
    }

    @Test
    void aWrongTokenIsRefusedNotIgnored() {
        assertThat(http.get("/api/v1/municipalities", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void aFocalPointEditsItsOwnMunicipalityOnly() {
        String athens = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        assertThat(http.get("/api/v1/municipalities/athens/contacts", athens).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/municipalities/thessaloniki/contacts", athens).statusCode()).isEqualTo(403);

        String before = http.get("/api/v1/municipalities/thessaloniki", null).body();
        HttpResponse<String> patch = http.send("PATCH", "/api/v1/municipalities/thessaloniki", athens,
                "{\"website\":\"https://example.org\"}");
        assertThat(patch.statusCode()).isEqualTo(403);
        assertThat(body(patch).get("detail").asString()).isEqualTo("Δεν έχετε δικαίωμα γι’ αυτή την ενέργεια.");
        HttpResponse<String> post = http.send("POST", "/api/v1/municipalities/thessaloniki/contacts", athens,
                "{\"kind\":\"OTHER\",\"fullName\":\"Ξένος\",\"gender\":\"MALE\"}");
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/municipalities/thessaloniki", null).body()).isEqualTo(before);

        assertThat(http.send("PATCH", "/api/v1/municipalities/athens", athens,
                "{\"website\":\"https://www.cityofathens.gr\"}").statusCode()).isEqualTo(200);
        assertThat(http.send("POST", "/api/v1/municipalities/athens/membership", athens,
                "{\"status\":\"FORMER\",\"effectiveOn\":\"2026-01-01\",\"reason\":\"x\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void aPatchChangesOnlyTheFieldsItCarries() {
        String token = TestAccounts.demoToken();
        String path = "/api/v1/municipalities/kalamata";
        JsonNode before = body(http.get(path, token));
        HttpResponse<String> patched = http.send("PATCH", path, token, "{\"website\":\"https://www.kalamata.gr\"}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        JsonNode after = body(http.get(path, token));
        assertThat(after.get("website").asString()).isEqualTo("https://www.kalamata.gr");
        for (String kept : new String[] {"officialNameEl", "officialNameEn", "mayorTitleEl", "mayorTitleEn"}) {
            assertThat(after.get(kept)).as(kept).isEqualTo(before.get(kept));
        }

        // null empties the website, which may be empty; a required name is refused, and nothing changes.
        assertThat(http.send("PATCH", path, token, "{\"website\":null}").statusCode()).isEqualTo(200);
        assertThat(body(http.get(path, token)).get("website").isNull()).isTrue();
        HttpResponse<String> refused = http.send("PATCH", path, token,
                "{\"officialNameEn\":null,\"website\":\"https://www.kalamata.gr\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(body(refused).get("errors").get(0).get("field").asString()).isEqualTo("officialNameEn");
        assertThat(http.send("PATCH", path, token, "{\"website\":42,\"nameEl\":\"x\"}").statusCode()).isEqualTo(400);
        JsonNode unchanged = body(http.get(path, token));
        assertThat(unchanged.get("website").isNull()).isTrue();
        assertThat(unchanged.get("officialNameEn")).isEqualTo(before.get("officialNameEn"));
    }

    @Test
    void badContactsAreRefusedFieldByFieldAndNothingIsStored() {
        String token = TestAccounts.demoToken();
        int before = body(http.get("/api/v1/municipalities/ioannina/contacts", token)).size();

        HttpResponse<String> invalid = http.send("POST", "/api/v1/municipalities/ioannina/contacts", token,
                "{\"kind\":\"OTHER\",\"fullName\":\" \",\"gender\":\"FEMALE\",\"email\":\"not-an-email\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        JsonNode problem = body(invalid);
        assertThat(problem.get("detail").asString()).isEqualTo("Ορισμένα πεδία χρειάζονται διόρθωση.");
        assertThat(problem.get("errors").toString()).contains("email", "fullName",
                "Γράψτε μια έγκυρη διεύθυνση email", "Συμπληρώστε το ονοματεπώνυμο.");

        HttpResponse<String> english = http.send("POST", "/api/v1/municipalities/ioannina/contacts", token,
                "{\"kind\":\"OTHER\",\"fullName\":\"\",\"gender\":\"FEMALE\"}", "Accept-Language", "en");
        assertThat(body(english).get("errors").toString()).contains("Enter the full name.");

        assertThat(http.send("POST", "/api/v1/municipalities/ioannina/contacts", token, "{not json").statusCode())
                .isEqualTo(400);
        assertThat(http.send("POST", "/api/v1/municipalities/ioannina/contacts", token,
                "{\"kind\":\"BOSS\",\"fullName\":\"Α\",\"gender\":\"FEMALE\"}").statusCode()).isEqualTo(400);
        assertThat(body(http.get("/api/v1/municipalities/ioannina/contacts", token)).size()).isEqualTo(before);
    }

    @Test
    void aContactIsAddedReadAndChanged() {
        String token = TestAccounts.demoToken();
        HttpResponse<String> created = http.send("POST", "/api/v1/municipalities/trikala/contacts", token,
                "{\"kind\":\"FOCAL_POINT\",\"fullName\":\"Άννα Δημητρίου\",\"position\":\"ΚΕΜ\",\"gender\":\"FEMALE\","
                        + "\"email\":\"anna@trikala.example\",\"phone\":\"+30 24310 00000\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = body(created).get("id").asString();
        HttpResponse<String> changed = http.send("PUT", "/api/v1/municipalities/trikala/contacts/" + id, token,
                "{\"kind\":\"FOCAL_POINT\",\"fullName\":\"Άννα Δημητρίου\",\"gender\":\"FEMALE\",\"email\":\"a@trikala.example\"}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/municipalities/trikala/contacts/" + id, token).body()).contains("a@trikala.example");
        assertThat(http.get("/api/v1/municipalities/athens/contacts/" + id, token).statusCode()).isEqualTo(404);
    }

    @Test
    void unknownIdsAndMalformedParametersAreClear4xx() {
        HttpResponse<String> unknown = http.get("/api/v1/municipalities/atlantis", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(body(unknown).get("detail").asString()).isEqualTo("Η σελίδα ή το στοιχείο που ζητήσατε δεν υπάρχει.");

        HttpResponse<String> status = http.get("/api/v1/municipalities?status=KING", null);
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(body(status).get("detail").asString()).contains("status");
        assertThat(http.get("/api/v1/municipalities?page=-1", null).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/municipalities?size=abc", null).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/municipalities?size=100000", null).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/municipalities?region=XX", null).statusCode()).isEqualTo(400);
        HttpResponse<String> english = http.get("/api/v1/municipalities?status=KING", null, "Accept-Language", "en");
        assertThat(body(english).get("detail").asString()).isEqualTo("The value of the parameter “status” is not valid.");
        assertThat(english.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void aMembershipChangeNeedsAReasonAndIsKeptInTheHistory() {
        String token = TestAccounts.demoToken();
        int before = body(http.get("/api/v1/municipalities/volos/membership", null)).size();
        HttpResponse<String> noReason = http.send("POST", "/api/v1/municipalities/volos/membership", token,
                "{\"status\":\"CANDIDATE\",\"effectiveOn\":\"2026-11-01\",\"reason\":\"\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Γράψτε την αιτιολογία της αλλαγής.");
        assertThat(http.send("POST", "/api/v1/municipalities/volos/membership", token,
                "{\"status\":\"CANDIDATE\",\"effectiveOn\":\"2026-13-45\",\"reason\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(body(http.get("/api/v1/municipalities/volos", null)).get("status").asString()).isEqualTo("PROSPECT");
        assertThat(body(http.get("/api/v1/municipalities/volos/membership", null)).size()).isEqualTo(before);

        HttpResponse<String> ok = http.send("POST", "/api/v1/municipalities/volos/membership", token,
                "{\"status\":\"CANDIDATE\",\"effectiveOn\":\"2026-11-01\",\"reason\":\"Απόφαση δημοτικού συμβουλίου\"}");
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(body(http.get("/api/v1/municipalities/volos", null)).get("status").asString()).isEqualTo("CANDIDATE");
        assertThat(body(http.get("/api/v1/municipalities/volos/membership", null)).size()).isEqualTo(before + 1);
    }

    @Test
    void partnersAndBodiesArePublic() {
        assertThat(http.get("/api/v1/partners", null).body()).contains("IOM", "UNHCR");
        assertThat(http.get("/api/v1/bodies", null).body()).contains("Επιτροπή Δημάρχων", "Technical Forum");
        assertThat(http.get("/v3/api-docs", null).body()).contains("/api/v1/municipalities", "/api/v1/partners");
    }
}
