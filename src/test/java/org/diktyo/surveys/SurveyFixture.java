package org.diktyo.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import org.diktyo.Http;
import org.diktyo.accounts.TestAccounts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Surveys in the state a test needs, made through the API as the secretariat. */
public final class SurveyFixture {

    static final String TOKEN = TestAccounts.demoToken();

    private final Http http;
    private final JsonMapper json;

    public SurveyFixture(Http http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    public JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + " → " + response.body())
                .isEqualTo(status);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Athens"));
    }

    /** A survey of five questions (one of each kind; the text optional), open from today for {@code days} days. */
    public static String surveyJson(String title, int days) {
        return """
                {"titleEl":"%s","titleEn":"Test survey","introEl":"Σύντομη έρευνα ελέγχου.","introEn":"A short test survey.",
                 "audience":"MEMBERS","opensOn":"%s","closesOn":"%s","questions":[
                 {"kind":"SINGLE","textEl":"Λειτουργεί ΚΕΜ στον δήμο σας;","textEn":"Does your municipality run a KEM?",
                  "optionsEl":["Ναι","Όχι"],"optionsEn":["Yes","No"],"required":true},
                 {"kind":"MULTI","textEl":"Πού χρειάζεστε υποστήριξη;","textEn":"Where do you need support?",
                  "optionsEl":["Στέγαση","Απασχόληση","Υγεία"],"optionsEn":["Housing","Employment","Health"],"required":true},
                 {"kind":"SCALE","textEl":"Πόσο επαρκές είναι το προσωπικό;","textEn":"How sufficient are the staff?","required":true},
                 {"kind":"NUMBER","textEl":"Πόσοι εργαζόμενοι;","textEn":"How many employees?","required":true},
                 {"kind":"TEXT","textEl":"Τι να συζητηθεί;","textEn":"What should be discussed?","required":false}]}"""
                .formatted(title, today(), today().plusDays(days));
    }

    /** A whole response: option {@code single}, options 0 and 2, the scale, the number and the text. */
    public static String answerJson(int single, int scale, String number, String text) {
        return """
                {"answers":[{"question":1,"choices":[%d]},{"question":2,"choices":[0,2]},{"question":3,"value":"%d"},
                 {"question":4,"value":"%s"}%s]}""".formatted(single, scale, number,
                text == null ? "" : ",{\"question\":5,\"value\":\"" + text + "\"}");
    }

    public String draft(String title, int days) {
        return ok(http.send("POST", "/api/v1/surveys", TOKEN, surveyJson(title, days)), 201).get("id").asString();
    }

    /** Published and open from today for {@code days} days: each member with an address mailed a link. */
    public String open(String title, int days) {
        String id = draft(title, days);
        ok(http.send("POST", "/api/v1/surveys/" + id + "/publish", TOKEN, null), 200);
        return id;
    }
}
