package org.diktyo.memorandum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.Today;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.diktyo.language.DatePhrases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * A focal point's own view of the memorandum: the version in force, the version to adopt with
 * its municipality's state and the next step, and the adoption form reached through a new
 * personal link for its own municipality only; the link in the navigation; Thessaloniki's focal
 * point never sees Athens' decision; without CSRF nothing is issued; signed out, a sign-in.
 */
@MemorandumClockTest
class MemberMemorandumPagesTest {

    static final String PAGE = "/account/municipality/memorandum";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void aFocalPointSeesItsAdoptionAndTheNextStep() throws Exception {
        Http http = new Http(port);
        MemorandumFixture fixture = new MemorandumFixture(http, json);
        int n = fixture.frozen();
        MockHttpSession athens = PageSignIn.as(mvc, accounts.userFor(Role.FOCAL_POINT, "athens"), "secret-password");
        MockHttpSession thessaloniki = PageSignIn.as(mvc, accounts.userFor(Role.FOCAL_POINT, "thessaloniki"), "secret-password");

        String page = html(mvc.perform(get(PAGE).session(athens)).andReturn());
        assertThat(page).contains("href=\"" + PAGE + "\"", "Το Μνημόνιο Συνεργασίας και ο Δήμος σας", "Δήμος Αθηναίων",
                "Η έκδοση σε ισχύ", "href=\"/memorandum/versions/" + n + "\"", "Αναθεώρηση δοκιμής", "Δεν έχει ζητηθεί",
                "Βήμα 1: απόφαση Δημοτικού Συμβουλίου", "action=\"" + PAGE + "/adoption-form\"");

        int links = count();
        assertThat(mvc.perform(post(PAGE + "/adoption-form").session(athens)).andReturn().getResponse().getStatus())
                .as("without CSRF").isEqualTo(403);
        assertThat(count()).isEqualTo(links);
        String form = mvc.perform(post(PAGE + "/adoption-form").session(athens).with(csrf())).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(form).matches("/memorandum/adopt/[A-Za-z0-9_-]{43}");
        assertThat(count()).isEqualTo(links + 1);
        assertThat(http.get(form, null).body()).contains("Αναθεώρηση δοκιμής", "Δήμος Αθηναίων");

        fixture.ok(http.send("PUT", "/api/v1/memorandum/versions/" + n + "/adoptions/athens", MemorandumFixture.TOKEN, """
                {"decisionNumber":"77","decisionDate":"%s","signatoryName":"Δήμαρχος","signatoryCapacity":"MAYOR",
                 "signedOn":"%s"}""".formatted(Today.inAthens(), Today.inAthens())), 200);
        String decided = html(mvc.perform(get(PAGE).session(athens)).andReturn());
        assertThat(decided).contains("Καταχωρίστηκε η απόφαση", "77/" + Today.inAthens().getYear() + ", "
                + DatePhrases.plain(Today.inAthens(), Locale.forLanguageTag("el")), "Βήμα 2: υπογεγραμμένο αντίγραφο");

        String theirs = html(mvc.perform(get(PAGE).session(thessaloniki)).andReturn());
        assertThat(theirs).contains("Δήμος Θεσσαλονίκης", "Βήμα 1: απόφαση Δημοτικού Συμβουλίου")
                .doesNotContain("77/" + Today.inAthens().getYear());
        String theirForm = mvc.perform(post(PAGE + "/adoption-form").session(thessaloniki).with(csrf())).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(http.get(theirForm, null).body()).contains("Δήμος Θεσσαλονίκης").doesNotContain("Δήμος Αθηναίων");

        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        assertThat(html(mvc.perform(get(PAGE).session(secretariat)).andReturn()))
                .contains("Ο λογαριασμός σας δεν είναι σημείο επαφής δήμου.").doesNotContain("adoption-form");
        assertThat(mvc.perform(post(PAGE + "/adoption-form").session(secretariat).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(http.get(PAGE, null).statusCode()).isIn(200, 302, 401);
        assertThat(http.get(PAGE, null).body()).doesNotContain("Το Μνημόνιο Συνεργασίας και ο Δήμος σας");
        fixture.noOpenVersion();
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from personal_link where purpose = 'memorandum-adoption'", Integer.class);
    }

    private static String html(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
