package org.diktyo.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.assertj.core.api.SoftAssertions;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of the surveys, API and pages (read from the application's own mappings, so a
 * new one fails this test until it is given a line), tried by Athens' focal point on a survey
 * Thessaloniki has answered, with Thessaloniki's id where there is one, by a partner and by
 * nobody: refused each time, and Thessaloniki's response unchanged.
 */
@DatabaseTest
class SurveysSweepTest {

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
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** What Athens' focal point, a partner and nobody get from each endpoint. */
    record Expected(int athens, int partner, int anonymous) {
    }

    static Map<String, Expected> expected() {
        Map<String, Expected> e = new LinkedHashMap<>();
        e.put("GET /api/v1/surveys", new Expected(200, 200, 401));
        e.put("POST /api/v1/surveys", new Expected(403, 403, 401));
        e.put("GET /api/v1/surveys/{id}", new Expected(200, 200, 401));
        e.put("PUT /api/v1/surveys/{id}", new Expected(403, 403, 401));
        e.put("POST /api/v1/surveys/{id}/publish", new Expected(403, 403, 401));
        e.put("POST /api/v1/surveys/{id}/share", new Expected(403, 403, 401));
        e.put("GET /api/v1/surveys/{id}/responses", new Expected(403, 200, 401));
        e.put("GET /api/v1/surveys/{id}/responses/{municipalityId}", new Expected(404, 200, 401));
        e.put("PUT /api/v1/surveys/{id}/responses/{municipalityId}", new Expected(404, 403, 401));
        e.put("GET /api/v1/surveys/{id}/results", new Expected(403, 200, 401));
        e.put("GET /admin/surveys", new Expected(403, 200, 302));
        e.put("POST /admin/surveys", new Expected(403, 403, 302));
        e.put("GET /admin/surveys/{surveyId}", new Expected(403, 200, 302));
        e.put("POST /admin/surveys/{surveyId}", new Expected(403, 403, 302));
        e.put("POST /admin/surveys/{surveyId}/questions", new Expected(403, 403, 302));
        e.put("POST /admin/surveys/{surveyId}/questions/{number}/remove", new Expected(403, 403, 302));
        e.put("POST /admin/surveys/{surveyId}/publish", new Expected(403, 403, 302));
        e.put("POST /admin/surveys/{surveyId}/share", new Expected(403, 403, 302));
        e.put("GET /account/surveys", new Expected(200, 200, 302));
        e.put("GET /account/surveys/{surveyId}", new Expected(200, 302, 302));
        e.put("POST /account/surveys/{surveyId}", new Expected(200, 403, 302)); // Athens: its own form, an answer missing
        e.put("GET /account/surveys/{surveyId}/results", new Expected(403, 200, 302));
        e.put("GET /surveys/answer/{answerToken}", new Expected(404, 404, 404));
        e.put("POST /surveys/answer/{answerToken}", new Expected(404, 404, 404));
        return e;
    }

    @Test
    void noMunicipalityReadsOrChangesAnothersResponseAndOnlyTheStaffRunSurveys() throws Exception {
        TreeSet<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, org.springframework.web.method.HandlerMethod h) -> {
            if (h.getBeanType().getPackageName().startsWith("org.diktyo.surveys")) {
                info.getMethodsCondition().getMethods().forEach(m -> info.getPatternValues()
                        .forEach(p -> mapped.add(m.name() + " " + p)));
            }
        });
        assertThat(expected().keySet()).as("a line for each endpoint of the surveys").containsExactlyInAnyOrderElementsOf(mapped);

        Http http = new Http(port);
        SurveyFixture fixture = new SurveyFixture(http, json);
        String id = fixture.open("Έρευνα της σάρωσης", 10);
        fixture.ok(http.send("PUT", "/api/v1/surveys/" + id + "/responses/thessaloniki", SECRETARIAT,
                SurveyFixture.answerJson(1, 2, "3", "Του Δήμου Θεσσαλονίκης.")), 200);
        String before = http.get("/api/v1/surveys/" + id + "/responses/thessaloniki", SECRETARIAT).body();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("athens", accounts.tokenFor(Role.FOCAL_POINT, "athens"));
        tokens.put("partner", accounts.tokenFor(Role.PARTNER, null));
        tokens.put("anonymous", null);
        Map<String, MockHttpSession> sessions = new LinkedHashMap<>();
        sessions.put("athens", PageSignIn.as(mvc, "athens@diktyo.example", TestAccounts.demoPassword()));
        sessions.put("partner", PageSignIn.as(mvc, "partner@diktyo.example", TestAccounts.demoPassword()));
        sessions.put("anonymous", null);
        String answer = SurveyFixture.answerJson(0, 1, "1", "Γραμμένο από άλλον.");

        SoftAssertions soft = new SoftAssertions();
        for (var line : expected().entrySet()) {
            String method = line.getKey().substring(0, line.getKey().indexOf(' '));
            String path = line.getKey().substring(method.length() + 1).replace("{id}", id).replace("{surveyId}", id)
                    .replace("{municipalityId}", "thessaloniki").replace("{number}", "1")
                    .replace("{answerToken}", "x".repeat(43));
            Expected e = line.getValue();
            for (String who : tokens.keySet()) {
                int status = who.equals("athens") ? e.athens() : who.equals("partner") ? e.partner() : e.anonymous();
                int got;
                if (path.startsWith("/api/")) {
                    got = http.send(method, path, tokens.get(who), method.equals("GET") ? null
                            : path.contains("/responses/") ? answer : SurveyFixture.surveyJson("Άλλη", 5)).statusCode();
                } else {
                    var request = method.equals("GET") ? get(path) : post(path).with(csrf()).param("q1", "0")
                            .param("titleEl", "Άλλη").param("opensOn", "2026-12-06").param("closesOn", "2026-12-20");
                    if (sessions.get(who) != null) {
                        request = request.session(sessions.get(who));
                    }
                    got = mvc.perform(request).andReturn().getResponse().getStatus();
                }
                soft.assertThat(got).as(who + " " + line.getKey()).isEqualTo(status);
            }
        }
        soft.assertThat(http.get("/api/v1/surveys/" + id + "/responses/thessaloniki", SECRETARIAT).body())
                .as("Thessaloniki's response unchanged").isEqualTo(before);
        soft.assertThat(jdbc.queryForObject("select title_el from survey where id = ?", String.class, id))
                .isEqualTo("Έρευνα της σάρωσης");
        soft.assertAll();
    }
}
