package org.diktyo.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The life cycle of a survey through the API, on H2 and PostgreSQL: written by the secretariat
 * (not by a focal point or a partner), published to the members (each mailed a personal link),
 * answered by Athens and Thessaloniki, changed by Athens before the close and refused after it
 * with the date in Greek and English; neither reads nor changes the other's response; bad
 * answers are refused naming the question, nothing written; results counted, free text for
 * staff only, shared counts for focal points. The reminder job, run twice, mails each member
 * that has not answered exactly once.
 */
@DatabaseTest
class SurveysTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension smtp = org.diktyo.TestSmtp.server();

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
    ApplicationContext context;

    @Test
    void answeredByTwoChangedBeforeTheCloseRefusedAfterIt() {
        Http http = new Http(port);
        SurveyFixture fixture = new SurveyFixture(http, json);
        String athens = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        String thessaloniki = accounts.tokenFor(Role.FOCAL_POINT, "thessaloniki");
        String partner = accounts.tokenFor(Role.PARTNER, null);

        refused(null, http.send("POST", "/api/v1/surveys", athens, SurveyFixture.surveyJson("Όχι", 5)), 403);
        refused(null, http.send("POST", "/api/v1/surveys", partner, SurveyFixture.surveyJson("Όχι", 5)), 403);
        String backwards = SurveyFixture.surveyJson("Έρευνα", 5).replace("\"closesOn\":\"" + SurveyFixture.today().plusDays(5),
                "\"closesOn\":\"" + SurveyFixture.today().minusDays(1));
        refused(null, http.send("POST", "/api/v1/surveys", SECRETARIAT, backwards), 400, "closesOn");
        String id = fixture.draft("Έρευνα του κύκλου ζωής", 10);
        String base = "/api/v1/surveys/" + id;
        refused(null, http.get(base, athens), 404);
        refused(null, http.send("PUT", base + "/responses/athens", athens, SurveyFixture.answerJson(0, 3, "4", null)), 404);
        fixture.ok(http.send("POST", base + "/publish", SECRETARIAT, null), 200);
        refused(null, http.send("POST", base + "/publish", SECRETARIAT, null), 409);
        assertThat(count("mail_outbox where purpose = 'survey-answer' and reference = ?", id + "/athens"))
                .as("Athens mailed its link").isEqualTo(1);

        JsonNode first = fixture.ok(http.send("PUT", base + "/responses/athens", athens,
                SurveyFixture.answerJson(0, 2, "3", "Η στέγαση.")), 200);
        assertThat(first.get("changes").asInt()).isZero();
        fixture.ok(http.send("PUT", base + "/responses/thessaloniki", thessaloniki,
                SurveyFixture.answerJson(1, 5, "7,5", "Η απασχόληση.")), 200);
        JsonNode changed = fixture.ok(http.send("PUT", base + "/responses/athens", athens,
                SurveyFixture.answerJson(1, 4, "6", "Η στέγαση των οικογενειών.")), 200);
        assertThat(changed.get("changes").asInt()).isEqualTo(1);
        assertThat(changed.get("answers").get(0).get("choices").get(0).asInt()).isEqualTo(1);
        assertThat(jdbc.queryForList("select answer from survey_answer_history where survey_id = ? and municipality_id ="
                + " 'athens' and change_no = 0 order by ordinal", String.class, id)).as("the first answers kept")
                .containsExactly("0", "0,2", "2", "3", "Η στέγαση.");

        SoftAssertions soft = new SoftAssertions();
        String thessalonikiBefore = http.get(base + "/responses/thessaloniki", SECRETARIAT).body();
        refused(soft, http.get(base + "/responses/thessaloniki", athens), 404);
        refused(soft, http.send("PUT", base + "/responses/thessaloniki", athens, SurveyFixture.answerJson(0, 1, "1", null)), 404);
        refused(soft, http.get(base + "/responses/athens", thessaloniki), 404);
        refused(soft, http.send("PUT", base + "/responses/athens", thessaloniki, "{}"), 404);
        refused(soft, http.get(base + "/responses", athens), 403);
        refused(soft, http.get(base + "/results", athens), 403);
        refused(soft, http.send("PUT", base + "/responses/athens", partner, SurveyFixture.answerJson(0, 1, "1", null)), 403);
        refused(soft, http.send("PUT", base + "/responses/athens", null, SurveyFixture.answerJson(0, 1, "1", null)), 401);
        refused(soft, http.send("PUT", base, athens, SurveyFixture.surveyJson("Όχι", 5)), 403);
        refused(soft, http.send("PUT", base, SECRETARIAT, SurveyFixture.surveyJson("Αλλαγή", 5)), 409);
        refused(soft, http.send("POST", base + "/share", SECRETARIAT, null), 409);
        refused(soft, http.send("PUT", base + "/responses/athens", athens, SurveyFixture.answerJson(0, 7, "1", null)), 400, "q3");
        refused(soft, http.send("PUT", base + "/responses/athens", athens, SurveyFixture.answerJson(2, 1, "1", null)), 400, "q1");
        refused(soft, http.send("PUT", base + "/responses/athens", athens, SurveyFixture.answerJson(0, 1, "δώδεκα", null)), 400, "q4");
        refused(soft, http.send("PUT", base + "/responses/athens", athens,
                SurveyFixture.answerJson(0, 1, "1", "x".repeat(5001))), 400, "q5");
        refused(soft, http.send("PUT", base + "/responses/athens", athens, "{\"answers\":[{\"question\":9,\"value\":\"1\"}]}"),
                400, "q1");
        refused(soft, http.send("PUT", base + "/responses/athens", athens, "{\"answers\":[{\"question\":5,\"value\":\"a\\u0000b\"}]}"),
                400);
        refused(soft, http.send("PUT", base + "/responses/athens", athens, "{}"), 400, "answers");
        soft.assertThat(http.get(base + "/responses/thessaloniki", SECRETARIAT).body()).as("B unchanged").isEqualTo(thessalonikiBefore);
        soft.assertThat(fixture.ok(http.get(base + "/responses/athens", athens), 200).get("changes").asInt())
                .as("nothing written").isEqualTo(1);
        soft.assertThat(fixture.ok(http.get(base + "/responses/athens", partner), 200).get("municipalityId").asString())
                .isEqualTo("athens");
        soft.assertAll();

        JsonNode results = fixture.ok(http.get(base + "/results", SECRETARIAT), 200);
        assertThat(results.get("respondents").asInt()).isEqualTo(2);
        JsonNode single = results.get("questions").get(0);
        assertThat(single.get("counts").get(1).get("count").asInt()).as("both chose «Όχι» at last").isEqualTo(2);
        assertThat(results.get("questions").get(2).get("mean").asDouble()).isEqualTo(4.5);
        assertThat(results.get("questions").get(3).get("mean").asDouble()).isEqualTo(6.75);
        assertThat(results.get("questions").get(4).get("texts")).hasSize(2);
        assertThat(results.toString()).contains("Η στέγαση των οικογενειών.").doesNotContain("\"Η στέγαση.\"");
        assertThat(fixture.ok(http.get(base + "/results", partner), 200).get("questions").get(4).get("texts")).hasSize(2);

        jdbc.update("update survey set opens_on = ?, closes_on = ? where id = ?", Date.valueOf("2026-02-02"),
                Date.valueOf("2026-03-13"), id);
        HttpResponse<String> late = http.send("PUT", base + "/responses/athens", athens, SurveyFixture.answerJson(0, 1, "1", null));
        refused(null, late, 409);
        assertThat(late.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(late.body()).contains("Η έρευνα δεχόταν απαντήσεις έως την Παρασκευή 13 Μαρτίου 2026");
        assertThat(http.send("PUT", base + "/responses/thessaloniki", SECRETARIAT, SurveyFixture.answerJson(0, 1, "1", null),
                "Accept-Language", "en").body()).contains("The survey took answers until Friday 13 March 2026");
        assertThat(fixture.ok(http.get(base + "/responses/athens", athens), 200).get("changes").asInt()).isEqualTo(1);

        refused(null, http.get(base + "/results", thessaloniki), 403);
        fixture.ok(http.send("POST", base + "/share", SECRETARIAT, null), 200);
        JsonNode shared = fixture.ok(http.get(base + "/results", thessaloniki), 200);
        assertThat(shared.get("questions").get(4).get("texts")).as("no free text for focal points").isEmpty();
        assertThat(shared.get("questions").get(0).get("counts").get(1).get("count").asInt()).isEqualTo(2);
    }

    @Test
    void theReminderGoesOnceToEachMemberThatHasNotAnswered() throws Exception {
        Http http = new Http(port);
        SurveyFixture fixture = new SurveyFixture(http, json);
        String id = fixture.open("Έρευνα της υπενθύμισης", 10);
        fixture.ok(http.send("PUT", "/api/v1/surveys/" + id + "/responses/athens", SECRETARIAT,
                SurveyFixture.answerJson(0, 3, "2", null)), 200);
        String job = "SURVEYS_REMIND:" + id;
        assertThat(count("scheduled_job where id = ? and done_at is null", job)).isEqualTo(1);
        jdbc.update("update scheduled_job set due_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)), job);

        Object runner = context.getBean(Class.forName("org.diktyo.jobs.internal.JobRunner"));
        Method runDue = runner.getClass().getDeclaredMethod("runDue");
        runDue.setAccessible(true);
        runDue.invoke(runner);
        runDue.invoke(runner);
        // the scheduler's own run (every 300 ms in the tests) may have claimed the job first: its
        // transaction commits the job's mail together with done_at
        long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (count("scheduled_job where id = ? and done_at is not null", job) == 0 && System.nanoTime() < until) {
            Thread.sleep(100);
        }

        assertThat(count("scheduled_job where id = ? and done_at is not null", job)).isEqualTo(1);
        List<String> invited = jdbc.queryForList("select reference from mail_outbox where purpose = 'survey-answer'"
                + " and reference like ? and subject not like ?", String.class, id + "/%", "Υπενθύμιση%");
        List<String> reminded = jdbc.queryForList("select reference from mail_outbox where purpose = 'survey-answer'"
                + " and reference like ? and subject like ?", String.class, id + "/%", "Υπενθύμιση%");
        assertThat(reminded).as("once each").doesNotHaveDuplicates().doesNotContain(id + "/athens")
                .hasSize(invited.size() - 1);
        assertThat(jdbc.queryForObject("select outcome from scheduled_job where id = ?", String.class, job))
                .isEqualTo(String.valueOf(reminded.size()));
    }

    private int count(String from, Object... args) {
        return jdbc.queryForObject("select count(*) from " + from, Integer.class, args);
    }

    private void refused(SoftAssertions soft, HttpResponse<String> response, int status, String... fields) {
        String what = response.request().method() + " " + response.uri() + " → " + response.body();
        if (soft != null) {
            soft.assertThat(response.statusCode()).as(what).isEqualTo(status);
            for (String f : fields) {
                soft.assertThat(response.body()).as(what).contains("\"field\":\"" + f + "\"");
            }
        } else {
            assertThat(response.statusCode()).as(what).isEqualTo(status);
            for (String f : fields) {
                assertThat(response.body()).as(what).contains("\"field\":\"" + f + "\"");
            }
        }
    }
}
