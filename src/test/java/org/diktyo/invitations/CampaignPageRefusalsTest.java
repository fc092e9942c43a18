package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.TestSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import tools.jackson.databind.json.JsonMapper;

/**
 * A draft campaign whose letters cannot be made, on the secretariat's campaign page and at
 * sending: the page still shows, with the reason as a warning and no send button; a refusal
 * names the municipalities at fault in the reader's language.
 */
@DatabaseTest
class CampaignPageRefusalsTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    InvitationFixture fx;
    MockHttpSession session;

    @BeforeEach
    void setUp() throws Exception {
        fx = new InvitationFixture(new Http(port), jdbc, json);
        session = PageSignIn.secretariat(mvc);
    }

    String page(String path, String lang) throws Exception {
        MvcResult result = mvc.perform(get(path).param("lang", lang).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownPlaceholderIsAWarningOnThePreviewAndSendingIsPlainlyRefused() throws Exception {
        String meeting = fx.meeting(null, 40);
        String campaign = fx.campaign(meeting, fx.municipalities(310, 2), 2, Today.inAthens().plusDays(30), "",
                "Σας προσκαλούμε στις {foo}.", "We invite you on {foo}.");

        String greek = page("/admin/campaigns/" + campaign, "el");
        assertThat(greek).contains("id=\"letter-problem\"", "Η επιστολή δεν μπορεί να συνταχθεί:",
                        "Το κείμενο της επιστολής αναφέρει το {foo}", "id=\"recipients\"", "id=\"send-refused\"",
                        "Η αποστολή δεν είναι δυνατή μέχρι να διορθωθεί η επιστολή.")
                .doesNotContain("id=\"send-campaign\"", "id=\"preview-text\"", "Exception");
        String english = page("/admin/campaigns/" + campaign, "en");
        assertThat(english).contains("The letter cannot be made: The letter’s text names {foo}, which is not a known field.", "Sending is not possible until the letter is corrected.")
                .doesNotContain("id=\"send-campaign\"");

        // sending refuses it as before, and nothing is written
        MvcResult sent = mvc.perform(post("/admin/campaigns/" + campaign + "/send").param("lang", "en").session(session)
                .with(csrf())).andReturn();
        assertThat(sent.getResponse().getStatus()).isBetween(400, 499);
        assertThat(sent.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("{foo}");
        assertThat(jdbc.queryForObject("select count(*) from invitation where campaign_id = ?", Integer.class, campaign))
                .isZero();
        // the API's preview refuses with the reason, as before
        HttpResponse<String> api = fx.http.send("GET", "/api/v1/campaigns/" + campaign + "/preview", InvitationFixture.TOKEN,
                null, "Accept-Language", "en");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("{foo}");
    }

    @Test
    void aMeetingWithoutAHostIsAWarningOnThePreview() throws Exception {
        String meeting = fx.meeting(null, 40);
        String campaign = fx.campaign(meeting, fx.municipalities(310, 2), 2, Today.inAthens().plusDays(30), "");
        jdbc.update("update meeting set host_official_el = null, host_official_en = null where id = ?", meeting);

        assertThat(page("/admin/campaigns/" + campaign, "el")).contains("id=\"letter-problem\"",
                "Η συνάντηση δεν έχει οικοδεσπότη").doesNotContain("id=\"send-campaign\"");
        assertThat(page("/admin/campaigns/" + campaign, "en")).contains("The meeting has no host")
                .doesNotContain("id=\"send-campaign\"");
    }

    @Test
    void theRefusalForAMunicipalityWithoutAKnownMayorNamesItInTheReadersLanguage() throws Exception {
        String meeting = fx.meeting(null, 40);
        String mayorless = fx.withoutMayor(73);
        String[] name = fx.officialNames(mayorless);
        assertThat(name[1]).startsWith("Municipality of ");
        List<String> towns = new ArrayList<>(fx.municipalities(312, 1));
        towns.add(mayorless);
        String campaign = fx.campaign(meeting, towns, 2, Today.inAthens().plusDays(30), "");

        HttpResponse<String> english = fx.http.send("POST", "/api/v1/campaigns/" + campaign + "/send",
                InvitationFixture.TOKEN, null, "Accept-Language", "en");
        assertThat(english.statusCode()).isEqualTo(409);
        assertThat(english.body()).contains("who is not known for: " + name[1]).doesNotContain(name[0]);
        HttpResponse<String> greek = fx.http.send("POST", "/api/v1/campaigns/" + campaign + "/send",
                InvitationFixture.TOKEN, null, "Accept-Language", "el");
        assertThat(greek.statusCode()).isEqualTo(409);
        assertThat(greek.body()).contains("απευθύνεται στον Δήμαρχο, που δεν είναι γνωστός για: " + name[0]);

        // the secretariat's page in English too
        MvcResult page = mvc.perform(post("/admin/campaigns/" + campaign + "/send").param("lang", "en").session(session)
                .with(csrf())).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(409);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(name[1]).doesNotContain(name[0]);
        assertThat(jdbc.queryForObject("select count(*) from invitation where campaign_id = ?", Integer.class, campaign))
                .isZero();
    }
}
