package org.diktyo.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.diktyo.Http;
import org.diktyo.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A version adopted citing decision 1 of a meeting of the Committee of Mayors recorded in
 * {@code meetings}: a reference half given, unknown, of a working meeting or to a decision the
 * meeting does not have is refused with the field named and the version left FROZEN; cited
 * rightly, the version in force links to the decision on the meeting's page (API and page).
 */
@MemorandumClockTest
class AdoptedByDecisionTest {

    static final String TOKEN = MemorandumFixture.TOKEN;

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void theAdoptionCitesADecisionOfTheCommitteeOfMayors() {
        Http http = new Http(port);
        MemorandumFixture fixture = new MemorandumFixture(http, json);
        String committee = meeting(fixture, http, "COMMITTEE_OF_MAYORS");
        String working = meeting(fixture, http, "WORKING_MEETING");
        int n = fixture.frozen();
        String adopt = "/api/v1/memorandum/versions/" + n + "/adopt";
        String today = Today.inAthens().toString();

        String cited = "{\"inForceFrom\":\"" + today + "\",\"committeeDecision\":%s}";
        refused(http, adopt, cited.formatted("{\"meetingId\":\"" + committee + "\"}"), "decision");
        refused(http, adopt, cited.formatted("{\"decision\":1}"), "meetingId");
        refused(http, adopt, cited.formatted("{\"meetingId\":\"nope\",\"decision\":1}"), "meetingId");
        refused(http, adopt, cited.formatted("{\"meetingId\":\"" + working + "\",\"decision\":1}"), "meetingId");
        refused(http, adopt, cited.formatted("{\"meetingId\":\"" + committee + "\",\"decision\":9}"), "decision");
        assertThat(fixture.ok(http.get("/api/v1/memorandum/versions/" + n, TOKEN), 200).get("version").get("state").asString())
                .isEqualTo("FROZEN");

        fixture.ok(http.send("POST", adopt, TOKEN, cited.formatted("{\"meetingId\":\"" + committee + "\",\"decision\":1}")), 200);
        JsonNode adoptedBy = fixture.ok(http.get("/api/v1/memorandum", null), 200).get("adoptedBy");
        assertThat(adoptedBy.get("meetingId").asString()).isEqualTo(committee);
        assertThat(adoptedBy.get("decision").asInt()).isEqualTo(1);
        assertThat(adoptedBy.get("textEl").asString()).isEqualTo("Έγκριση της αναθεώρησης του Μνημονίου Συνεργασίας.");
        assertThat(adoptedBy.get("url").asString()).isEqualTo("/meetings/" + committee + "#decision-1");
        assertThat(http.get("/memorandum", null).body()).contains("href=\"/meetings/" + committee + "#decision-1\"",
                "Απόφαση 1 της Επιτροπής Δημάρχων: Επιτροπή Δημάρχων δοκιμής");
        assertThat(http.get("/memorandum?lang=en", null).body()).contains("Decision 1 of the Committee of Mayors: Test Committee of Mayors");
        assertThat(http.get("/meetings/" + committee, null).body()).contains("id=\"decision-1\"");
    }

    @Test
    void anAmendmentsDecisionCitesADecisionOfTheCommitteeOfMayors() throws Exception {
        Http http = new Http(port);
        MemorandumFixture fixture = new MemorandumFixture(http, json);
        String committee = meeting(fixture, http, "COMMITTEE_OF_MAYORS");
        String working = meeting(fixture, http, "WORKING_MEETING");
        String amendment = fixture.submittedAmendment();
        String page = "/account/amendments/" + amendment;
        String decide = "/api/v1/amendments/" + amendment + "/decision";
        String reference = "meeting:" + committee + "#2";

        org.springframework.mock.web.MockHttpSession secretariat = org.diktyo.PageSignIn.secretariat(mvc);
        String form = html(page, secretariat);
        assertThat(form).as("the secretariat chooses among the committee's decisions")
                .contains("name=\"reference\"", "value=\"" + reference + "\"",
                        "Επιτροπή Δημάρχων δοκιμής — 2. Ορισμός της επόμενης συνεδρίασης.")
                .doesNotContain("value=\"meeting:" + working + "#1\"");
        for (String wrong : new String[] {"meeting:" + working + "#1", "meeting:" + committee + "#9", "meeting:nope#1"}) {
            HttpResponse<String> refused = http.send("POST", decide, TOKEN,
                    "{\"state\":\"ACCEPTED\",\"reference\":\"" + wrong + "\"}");
            assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
            assertThat(refused.body()).contains("\"reference\"");
        }
        assertThat(fixture.ok(http.get("/api/v1/amendments/" + amendment, TOKEN), 200).get("state").asString())
                .as("nothing decided").isEqualTo("SUBMITTED");

        JsonNode decided = fixture.ok(http.send("POST", decide, TOKEN,
                "{\"state\":\"ACCEPTED\",\"reference\":\"" + reference + "\"}"), 200);
        assertThat(decided.get("decisionRef").asString()).isEqualTo(reference);
        assertThat(html(page, secretariat)).contains("href=\"/meetings/" + committee + "#decision-2\"",
                "Επιτροπή Δημάρχων δοκιμής — 2. Ορισμός της επόμενης συνεδρίασης.");
        assertThat(html(page + "?lang=en", secretariat)).contains("Test Committee of Mayors — 2. Date of the next meeting.");
    }

    private String html(String path, org.springframework.mock.web.MockHttpSession session) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).session(session))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String meeting(MemorandumFixture fixture, Http http, String kind) {
        String id = fixture.ok(http.send("POST", "/api/v1/meetings", TOKEN, """
                {"kind":"%s","titleEl":"Επιτροπή Δημάρχων δοκιμής","titleEn":"Test Committee of Mayors",
                 "hostMunicipalityId":"athens","visibility":"PUBLIC","status":"HELD","zone":"Europe/Athens"}""".formatted(kind)),
                201).get("id").asString();
        fixture.ok(http.send("PUT", "/api/v1/meetings/" + id + "/outcome", TOKEN, """
                {"minutesEl":null,"minutesEn":null,"numberPresent":12,
                 "decisionsEl":["Έγκριση της αναθεώρησης του Μνημονίου Συνεργασίας.","Ορισμός της επόμενης συνεδρίασης."],
                 "decisionsEn":["Adoption of the revised Memorandum of Cooperation.","Date of the next meeting."]}"""), 204);
        return id;
    }

    private static void refused(Http http, String path, String body, String field) {
        HttpResponse<String> response = http.send("POST", path, TOKEN, body);
        assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"" + field + "\"");
    }
}
