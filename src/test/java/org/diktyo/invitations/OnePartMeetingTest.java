package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.documents.Pdfs;
import org.junit.jupiter.api.BeforeEach;
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
 * A meeting of one part (no reception), as most of the network's meetings are: its letter is
 * the network's without the reception's sentence; a campaign's own words that name the
 * reception are a warning on the preview, with the paragraph and the line, not a refusal.
 */
@DatabaseTest
class OnePartMeetingTest {

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

    MvcResult page(String path, String... params) throws Exception {
        var request = get(path).session(session);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void theLetterOfAMeetingOfOnePartIsTheNetworksWithoutTheReception() throws Exception {
        String meeting = fx.meetingOfOnePart(40);
        String town = fx.municipalities(313, 1).get(0);
        String deadline = Today.inAthens().plusDays(30).toString();

        MvcResult preview = page("/admin/meetings/" + meeting + "/letter", "municipality", town, "lang", "el",
                "deadline", deadline);
        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        assertThat(preview.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("id=\"letter-problem\"").contains("σας προσκαλεί σε Συνάντηση Εργασίας")
                .doesNotContain("δεξίωση");

        MvcResult pdf = page("/admin/meetings/" + meeting + "/letter.pdf", "municipality", town, "lang", "el",
                "deadline", deadline);
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        String greek = Pdfs.normalised(Pdfs.text(pdf.getResponse().getContentAsByteArray()));
        assertThat(greek).contains("και ώρες 17:30 – 20:00, στην αίθουσα Δημοτικού Συμβουλίου του Δημαρχιακού Μεγάρου",
                "2ος όροφος). Από την ίδρυση").doesNotContain("δεξίωση", "Στις 20:00");

        var english = fx.http.get("/api/v1/meetings/" + meeting + "/letter.pdf?municipality=" + town + "&lang=en&deadline="
                + deadline, InvitationFixture.TOKEN);
        assertThat(english.statusCode()).isEqualTo(200);
    }

    @Test
    void aCampaignsOwnWordsNamingTheReceptionAreAWarningWithParagraphAndLine() throws Exception {
        String meeting = fx.meetingOfOnePart(40);
        String campaign = fx.campaign(meeting, fx.municipalities(48, 1), 2, Today.inAthens().plusDays(30), "",
                "Σας προσκαλούμε.\\n\\nΗ συνάντηση είναι σύντομη.\\n{reception}, δεξίωση.", "We invite you.");

        String greek = page("/admin/campaigns/" + campaign, "lang", "el").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(greek).contains("id=\"missing-parts\"",
                "Επιστολή στα ελληνικά, παράγραφος 2, γραμμή 4: το {reception} αναφέρεται σε δεύτερο μέρος",
                "id=\"send-campaign\"").doesNotContain("id=\"letter-problem\"");
        String english = page("/admin/campaigns/" + campaign, "lang", "en").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Letter in Greek, paragraph 2, line 4: {reception} names a second part");

        JsonNode api = fx.body(fx.ok(fx.http.get("/api/v1/campaigns/" + campaign + "/preview", InvitationFixture.TOKEN), 200));
        assertThat(api.get("missingParts").valueStream().map(m -> m.get("field").asString() + ":" + m.get("paragraph").asInt()
                + ":" + m.get("line").asInt() + ":" + m.get("placeholder").asString()).toList())
                .isEqualTo(List.of("letterEl:2:4:{reception}"));
        assertThat(api.get("attachments").valueStream().map(JsonNode::asString).toList()).contains("Επιστολή πρόσκλησης.pdf");
    }
}
