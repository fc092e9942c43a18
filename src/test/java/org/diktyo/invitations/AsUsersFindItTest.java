package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.language.GreekText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API as easy as the page: a campaign created without its letter gets the network's, as
 * the page pre-fills it; the letter preview picks its municipality from the registry by name.
 */
@DatabaseTest
class AsUsersFindItTest {

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

    @Test
    void aCampaignCreatedOverTheApiWithoutALetterGetsTheNetworksLetter() {
        String meeting = fx.meeting(null, 40);
        String parts = String.join(",", fx.parts(meeting).stream().map(p -> "\"" + p + "\"").toList());
        JsonNode created = fx.body(fx.ok(fx.http.send("POST", "/api/v1/meetings/" + meeting + "/campaigns",
                InvitationFixture.TOKEN, """
                {"audience":"HAND_PICKED","municipalities":["%s"],"quota":2,"deadline":"%s","parts":[%s]}
                """.formatted(fx.municipalities(49, 1).get(0), Today.inAthens().plusDays(30), parts)), 201));
        JsonNode proposal = fx.body(fx.ok(fx.http.get("/api/v1/meetings/" + meeting + "/campaigns/proposal",
                InvitationFixture.TOKEN), 200));
        assertThat(created.get("letterEl").asString()).isEqualTo(proposal.get("letterEl").asString())
                .startsWith("Ο Δήμαρχος Αθηναίων, Χάρης Δούκας, σας προσκαλεί");
        assertThat(created.get("letterEn").asString()).isEqualTo(proposal.get("letterEn").asString());
        fx.ok(fx.http.get("/api/v1/campaigns/" + created.get("id").asString() + "/preview", InvitationFixture.TOKEN), 200);

        // a letter given empty is still refused, naming the field
        var empty = fx.http.send("POST", "/api/v1/meetings/" + meeting + "/campaigns", InvitationFixture.TOKEN, """
                {"audience":"MEMBERS","quota":2,"deadline":"%s","parts":[%s],"letterEl":"","letterEn":"We invite you."}
                """.formatted(Today.inAthens().plusDays(30), parts));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("\"letterEl\"").doesNotContain("\"letterEn\"");
    }

    @Test
    void theLetterPreviewPicksTheMunicipalityByNameInGreekOrder() throws Exception {
        String meeting = fx.meeting(null, 40);
        String greek = mvc.perform(get("/admin/meetings/" + meeting + "/letter").param("lang", "el").session(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(greek).contains("<select class=\"govuk-select\" id=\"f-municipality\" name=\"municipality\"")
                .doesNotContain("type=\"text\" value=\"\" aria-describedby=\"f-municipality-hint\"");
        List<String> names = options(greek);
        assertThat(names).as("every municipality of the registry (other tests may add some)")
                .hasSize(jdbc.queryForObject("select count(*) from municipality", Integer.class))
                .contains("Δήμος Αθηναίων", "Δήμος Ιωαννιτών", "Δήμος Άργους - Μυκηνών");
        assertThat(names).isSortedAccordingTo(GreekText.greekCollator());
        List<String> genitives = names.stream().map(n -> n.replaceFirst("^Δήμος ", "")).toList();
        assertThat(genitives.indexOf("Άργους - Μυκηνών")).as("accents are secondary: Ά among the Α")
                .isLessThan(genitives.indexOf("Βάρης - Βούλας - Βουλιαγμένης"));

        String chosen = mvc.perform(get("/admin/meetings/" + meeting + "/letter").param("lang", "en").param("municipality", "ioannina")
                        .param("deadline", Today.inAthens().plusDays(30).toString()).session(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(chosen).contains("<option value=\"ioannina\" selected>Municipality of Ioannina</option>");
    }

    @Test
    void theCampaignsListSaysWhoGotNothingAndWhy() throws Exception {
        String campaign = jdbc.queryForObject("select id from invitation_campaign where created_by = 'demo'", String.class);
        long until = System.nanoTime() + 60_000_000_000L;
        while (jdbc.queryForObject("select count(*) from invitation where campaign_id = ? and status = 'PENDING'",
                Integer.class, campaign) > 0 && System.nanoTime() < until) {
            InvitationFixture.sleep(200);
        }
        String greek = mvc.perform(get("/admin/campaigns").param("lang", "el").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(greek).contains("3 από 4 στάλθηκαν",
                "Δήμος Ηρακλείου: δεν στάλθηκε, γιατί δεν υπάρχει διεύθυνση email (η επιστολή στέλνεται ταχυδρομικά).");
        String english = mvc.perform(get("/admin/campaigns").param("lang", "en").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("3 of 4 sent", "Municipality of Heraklion: not sent, as no email address is known");
    }

    /** The names offered by the municipality's select (not its first, empty choice). */
    static List<String> options(String html) {
        int start = html.indexOf("id=\"f-municipality\"");
        String select = html.substring(start, html.indexOf("</select>", start));
        Matcher option = Pattern.compile("<option value=\"[^\"]+\"[^>]*>([^<]+)</option>").matcher(select);
        List<String> names = new ArrayList<>();
        while (option.find()) {
            names.add(org.springframework.web.util.HtmlUtils.htmlUnescape(option.group(1)));
        }
        return names;
    }
}
