package org.diktyo.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * The pages: a municipality answers by the mailed link without an account; Athens' focal point
 * answers from its list, a bad answer comes back with every value kept and the reason beside the
 * question, a late one with the date; Athens cannot reach Thessaloniki's answers or the staff's
 * pages; the secretariat writes a survey on its pages; the demo's results are drawn.
 */
@DatabaseTest
class SurveyPagesTest {

    static final Pattern LINK = Pattern.compile("/surveys/answer/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aMunicipalityAnswersByItsLinkWithoutAnAccount() throws Exception {
        String id = new SurveyFixture(new Http(port), json).open("Έρευνα του συνδέσμου", 10);
        String mail = jdbc.queryForList("select body_text from mail_outbox where purpose = 'survey-answer'"
                + " and reference = ? order by id desc", String.class, id + "/thessaloniki").get(0);
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(page(get("/surveys/answer/" + token), 200)).contains("Έρευνα του συνδέσμου", "Δήμος Θεσσαλονίκης",
                "Λειτουργεί ΚΕΜ στον δήμο σας;", "(προαιρετική)");
        assertThat(page(post("/surveys/answer/" + token).with(csrf()).param("q1", "1").param("q2", "0").param("q3", "9")
                .param("q4", "12").param("q5", "Κείμενο που μένει"), 200))
                .contains("Επιλέξτε έναν αριθμό από το 1 έως το 5.", "Κείμενο που μένει", "value=\"12\"");
        assertThat(responses(id)).as("nothing written").isZero();
        MvcResult saved = mvc.perform(post("/surveys/answer/" + token).with(csrf()).param("q1", "1").param("q2", "0")
                .param("q2", "2").param("q3", "4").param("q4", "12")).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select submitted_by from survey_response where survey_id = ?"
                + " and municipality_id = 'thessaloniki'", String.class, id)).isEqualTo("link:thessaloniki");
        assertThat(jdbc.queryForObject("select answer from survey_answer where survey_id = ? and municipality_id ="
                + " 'thessaloniki' and ordinal = 2", String.class, id)).isEqualTo("0,2");
        assertThat(mvc.perform(get("/surveys/answer/" + "x".repeat(43))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aFocalPointAnswersFromItsListAndReachesNoOtherMunicipality() throws Exception {
        String id = new SurveyFixture(new Http(port), json).open("Έρευνα της σελίδας", 10);
        MockHttpSession athens = PageSignIn.as(mvc, "athens@diktyo.example", TestAccounts.demoPassword());
        assertThat(page(get("/account/surveys").session(athens), 200)).contains("Έρευνα της σελίδας");
        assertThat(page(get("/account/surveys/" + id).session(athens), 200)).contains("Δήμος Αθηναίων", "answer-form");
        assertThat(page(post("/account/surveys/" + id).session(athens).with(csrf()).param("q1", "0").param("q3", "2")
                .param("q4", "δώδεκα"), 200)).contains("Επιλέξτε μία ή περισσότερες από τις απαντήσεις.".substring(0, 10),
                        "Απαντήστε σε αυτή την ερώτηση.", "Γράψτε έναν αριθμό", "value=\"δώδεκα\"", "govuk-error-summary");
        assertThat(mvc.perform(post("/account/surveys/" + id).session(athens).with(csrf()).param("q1", "0").param("q2", "1")
                .param("q3", "2").param("q4", "3")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(page(get("/account/surveys/" + id + "?lang=en").session(athens), 200)).contains("The municipality answered on");
        assertThat(mvc.perform(get("/admin/surveys/" + id).session(athens)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/account/surveys/" + id + "/results").session(athens)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);

        jdbc.update("update survey set opens_on = ?, closes_on = ? where id = ?", Date.valueOf("2026-02-02"),
                Date.valueOf("2026-03-13"), id);
        assertThat(page(post("/account/surveys/" + id).session(athens).with(csrf()).param("q1", "1").param("q2", "1")
                .param("q3", "2").param("q4", "3"), 200)).contains("Η έρευνα δεχόταν απαντήσεις έως την Παρασκευή 13 Μαρτίου 2026");
        assertThat(page(post("/account/surveys/" + id + "?lang=en").session(athens).with(csrf()).param("q1", "1")
                .param("q2", "1").param("q3", "2").param("q4", "3"), 200)).contains("The survey took answers until Friday 13 March 2026");
        assertThat(jdbc.queryForObject("select answer from survey_answer where survey_id = ? and municipality_id = 'athens'"
                + " and ordinal = 1", String.class, id)).isEqualTo("0");
    }

    @Test
    void theSecretariatWritesASurveyAndTheDemosResultsAreDrawn() throws Exception {
        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        assertThat(page(post("/admin/surveys").session(secretariat).with(csrf()).param("titleEl", "")
                .param("audience", "MEMBERS").param("opensOn", "2027-01-10").param("closesOn", "2026-12-31"), 200))
                .contains("Συμπληρώστε αυτό το πεδίο.", "Η τελευταία ημέρα είναι η ίδια ή μετά την πρώτη");
        MvcResult created = mvc.perform(post("/admin/surveys").session(secretariat).with(csrf()).param("titleEl", "Νέα έρευνα σελίδας")
                .param("audience", "MEMBERS_AND_CANDIDATES").param("opensOn", SurveyFixture.today().toString())
                .param("closesOn", SurveyFixture.today().plusDays(9).toString())).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String path = created.getResponse().getRedirectedUrl();
        assertThat(page(post(path + "/questions").session(secretariat).with(csrf()).param("kind", "SINGLE")
                .param("textEl", "Ερώτηση;").param("optionsEl", "Μόνη"), 200)).contains("Γράψτε από 2 έως 20 επιλογές");
        assertThat(mvc.perform(post(path + "/questions").session(secretariat).with(csrf()).param("kind", "SINGLE")
                .param("textEl", "Ερώτηση;").param("optionsEl", "Ναι\nΌχι").param("required", "true")).andReturn()
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post(path + "/publish").session(secretariat).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(302);
        assertThat(page(get(path).session(secretariat), 200)).contains("Ανοιχτή", "Ερώτηση;", "Απάντησαν 0 από");

        String demo = jdbc.queryForObject("select id from survey where title_el = 'Έρευνα αναγκών 2026'", String.class);
        String results = page(get("/account/surveys/" + demo + "/results").session(secretariat), 200);
        assertThat(results).contains("<svg", "role=\"img\"", "chart-table", "Απάντησαν 13 από", "Στέγαση",
                "Η στέγαση των οικογενειών που φεύγουν από τις δομές φιλοξενίας.");
        MockHttpSession athens = PageSignIn.as(mvc, "athens@diktyo.example", TestAccounts.demoPassword());
        assertThat(page(get("/account/surveys/" + demo + "/results").session(athens), 200)).contains("<svg")
                .doesNotContain("Η στέγαση των οικογενειών που φεύγουν από τις δομές φιλοξενίας.");
    }

    private int responses(String id) {
        return jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Integer.class, id);
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
