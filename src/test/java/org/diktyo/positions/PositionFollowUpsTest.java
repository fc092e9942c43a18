package org.diktyo.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.Today;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The follow-up actions of a ministry's answer, kept by the shared {@code followups} module as the
 * meetings' are: added, changed and ticked off through the API and the answer's page; read by
 * anyone signed in, not by the public; Athens' focal point, a partner and nobody refused, nothing
 * written; an answer of another position is a 404. The demo's answer has its two actions.
 */
@DatabaseTest
class PositionFollowUpsTest {

    static final String TOKEN = TestAccounts.demoToken();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Test
    void anAnswerGetsFollowUpActions() throws Exception {
        Http http = new Http(port);
        PositionFixture fixture = new PositionFixture(http, json);
        String id = fixture.sent();
        String answer = fixture.ok(http.send("POST", "/api/v1/positions/" + id + "/responses", TOKEN,
                PositionFixture.responseJson()), 201).get("id").asString();
        String base = "/api/v1/positions/" + id + "/responses/" + answer + "/follow-ups";
        String due = Today.inAthens().plusDays(30).toString();
        JsonNode added = fixture.ok(http.send("POST", base, TOKEN, """
                {"action":"Ορισμός αντιπροσωπείας","owner":"Γραμματεία","dueOn":"%s","done":false}""".formatted(due)), 201);
        String action = added.get("id").asString();
        assertThat(fixture.ok(http.send("PUT", base + "/" + action, TOKEN, """
                {"action":"Ορισμός αντιπροσωπείας","owner":"Γραμματεία","dueOn":"%s","done":true}""".formatted(due)), 200)
                .get("done").asBoolean()).isTrue();
        assertThat(fixture.ok(http.get(base, accounts.tokenFor(Role.FOCAL_POINT, "thessaloniki")), 200).size()).isEqualTo(1);
        assertThat(http.send("POST", base, TOKEN, "{\"action\":\"\",\"owner\":\"\",\"done\":false}").statusCode())
                .isEqualTo(400);
        assertThat(http.get(base, null).statusCode()).as("the public does not read them").isEqualTo(401);

        int before = actions();
        String athens = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        String partner = accounts.tokenFor(Role.PARTNER, null);
        String body = "{\"action\":\"Άλλη\",\"owner\":\"Αθήνα\",\"done\":false}";
        assertThat(http.send("POST", base, athens, body).statusCode()).isEqualTo(403);
        assertThat(http.send("PUT", base + "/" + action, athens, body).statusCode()).isEqualTo(403);
        assertThat(http.send("POST", base, partner, body).statusCode()).isEqualTo(403);
        assertThat(http.send("POST", base, null, body).statusCode()).isEqualTo(401);
        String other = fixture.draft();
        assertThat(http.send("POST", "/api/v1/positions/" + other + "/responses/" + answer + "/follow-ups", TOKEN, body)
                .statusCode()).as("an answer of another position").isEqualTo(404);
        assertThat(actions()).as("nothing written").isEqualTo(before);
        assertThat(jdbc.queryForObject("select owner from follow_up_action where id = ?", String.class, action))
                .isEqualTo("Γραμματεία");

        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        String page = "/admin/positions/" + id + "/responses/" + answer;
        assertThat(page(get("/admin/positions/" + id).session(secretariat), 200)).contains("answer-" + answer);
        assertThat(page(get(page).session(secretariat), 200)).contains("Ορισμός αντιπροσωπείας", "Ολοκληρώθηκε");
        assertThat(page(post(page + "/follow-ups").session(secretariat).with(csrf()).param("action", "Απάντηση στο Υπουργείο")
                .param("owner", "").param("dueOn", "30/9/2026"), 200)).contains("href=\"#f-owner\"", "href=\"#f-dueOn\"",
                "Απάντηση στο Υπουργείο", "30/9/2026");
        assertThat(actions()).isEqualTo(before);
        assertThat(mvc.perform(post(page + "/follow-ups").session(secretariat).with(csrf()).param("action", "Απάντηση")
                .param("owner", "Γραμματεία").param("dueOn", due)).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post(page + "/follow-ups/" + action + "/done").session(secretariat).with(csrf())
                .param("done", "false")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select done from follow_up_action where id = ?", Boolean.class, action)).isFalse();
        assertThat(actions()).isEqualTo(before + 1);

        MockHttpSession athensPage = PageSignIn.as(mvc, "athens@diktyo.example", TestAccounts.demoPassword());
        assertThat(mvc.perform(post(page + "/follow-ups").session(athensPage).with(csrf()).param("action", "Άλλη")
                .param("owner", "Αθήνα")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(page + "/follow-ups/" + action + "/done").session(athensPage).with(csrf())
                .param("done", "true")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(page(get(page).session(athensPage), 200)).doesNotContain("add-follow-up");
        assertThat(actions()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select done from follow_up_action where id = ?", Boolean.class, action)).isFalse();
    }

    @Test
    void theDemosAnswerHasItsActionsAndTheMeetingsKeepTheirs() {
        assertThat(jdbc.queryForList("select a.action from follow_up_action a join joint_position_response r"
                + " on r.id = a.subject_id where a.subject_kind = 'POSITION_RESPONSE' and r.protocol_no = '4567/2024'"
                + " order by a.due_on", String.class))
                .hasSize(2).first().asString().startsWith("Ορισμός της αντιπροσωπείας");
        assertThat(jdbc.queryForObject("select count(*) from follow_up_action a join meeting m on m.id = a.subject_id"
                + " where a.subject_kind = 'MEETING'", Integer.class)).isEqualTo(
                jdbc.queryForObject("select count(*) from follow_up_action where subject_kind = 'MEETING'", Integer.class));
    }

    private int actions() {
        return jdbc.queryForObject("select count(*) from follow_up_action", Integer.class);
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
