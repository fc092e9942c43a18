package org.diktyo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.diktyo.DatabaseTest;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * The agenda's pages: "add an item" with and without JavaScript, saving the draft, publishing
 * it once, and a change after publication kept as a new version.
 */
@DatabaseTest
class AgendaPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate db;

    MockHttpSession session;
    String meeting;

    @BeforeEach
    void setUp() throws Exception {
        MvcResult signIn = mvc.perform(post("/signin").param("email", "secretariat@diktyo.example")
                .param("password", TestAccounts.demoPassword()).with(csrf())).andReturn();
        session = (MockHttpSession) signIn.getRequest().getSession(false);
        MeetingsClient client = new MeetingsClient(port, json);
        meeting = client.create(TestAccounts.demoToken(), "PUBLIC", "ANNOUNCED", MeetingsClient.unique());
        client.addPart(TestAccounts.demoToken(), meeting, "Working meeting", "17:30", "20:00");
    }

    String html(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    int items() {
        return db.queryForObject("select count(*) from agenda_item where meeting_id = ?", Integer.class, meeting);
    }

    @Test
    void theFormOffersAnItemMoreBothWithHtmxAndWithout() throws Exception {
        String form = html(mvc.perform(get("/admin/meetings/" + meeting + "/agenda").session(session)).andReturn()
                .getResponse());
        assertThat(form).contains("name=\"items[2].time\"").doesNotContain("name=\"items[3].time\"");
        assertThat(form).contains("id=\"add-row\" name=\"addRow\" value=\"true\"",
                "hx-get=\"/admin/meetings/" + meeting + "/agenda/rows/3\"", "hx-target=\"#agenda-rows\"",
                "hx-swap=\"beforeend\"", "/webjars/htmx.org/", "/dist/htmx.min-"); // fingerprinted (issue 18)
        assertThat(form.indexOf("id=\"save-agenda\"")).as("Enter in a field saves: the save button comes first")
                .isLessThan(form.indexOf("id=\"add-row\""));
    }

    @Test
    void withoutJavaScriptAddingAnItemSendsTheFormBackAsTypedWithOneMoreRowAndSavesNothing() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/admin/meetings/" + meeting + "/agenda").session(session)
                .with(csrf()).param("addRow", "true")
                .param("items[0].time", "17:30").param("items[0].titleEl", "Καλωσόρισμα")
                .param("items[1].time", "18:00").param("items[1].titleEl", "Το πλαίσιο συνεργασίας")
                .param("items[1].axis", "JOINT_POLICY")
                .param("items[2].time", "18:30").param("items[2].titleEl", "Καλές πρακτικές")
                .param("items[3].time", "").param("items[3].titleEl", "")
                .param("items[4].time", "").param("items[4].titleEl", "")
                .param("items[5].time", "").param("items[5].titleEl", "")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String html = html(response);
        assertThat(html).contains("value=\"Καλωσόρισμα\"", "value=\"Το πλαίσιο συνεργασίας\"", "value=\"18:30\"",
                "<option value=\"JOINT_POLICY\" selected>", "name=\"items[6].time\"",
                "hx-get=\"/admin/meetings/" + meeting + "/agenda/rows/7\"")
                .doesNotContain("name=\"items[7].time\"", "govuk-error-summary");
        assertThat(items()).as("nothing saved").isZero();
    }

    @Test
    void withHtmxTheNewRowComesAloneWithTheButtonForTheNextOne() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/admin/meetings/" + meeting + "/agenda/rows/3")
                .session(session).header("HX-Request", "true")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String fragment = html(response);
        assertThat(fragment).doesNotContain("<html", "<form", "govuk-header");
        assertThat(fragment).contains("id=\"agenda-row-3\"", "Θέμα 4", "name=\"items[3].time\"", "autofocus",
                "name=\"items[3].axis\"");
        assertThat(fragment).contains("id=\"add-row\"", "hx-swap-oob=\"true\"",
                "hx-get=\"/admin/meetings/" + meeting + "/agenda/rows/4\"");
        assertThat(mvc.perform(get("/admin/meetings/" + meeting + "/agenda/rows/100").session(session)).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(items()).isZero();
    }

    @Test
    void aDraftIsSavedPublishedOnceAndThenChangedAsANewVersion() throws Exception {
        MvcResult saved = mvc.perform(post("/admin/meetings/" + meeting + "/agenda").session(session).with(csrf())
                .param("items[0].time", "18:00").param("items[0].titleEl", "Το πλαίσιο συνεργασίας")
                .param("items[1].time", "17:30").param("items[1].titleEl", "Καλωσόρισμα")
                .param("items[1].speakers", "Χάρης Δούκας")
                .param("items[2].time", "").param("items[2].titleEl", "")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/meetings/" + meeting);
        String manage = html(mvc.perform(get("/admin/meetings/" + meeting).session(session)).andReturn().getResponse());
        assertThat(manage).contains("Προσχέδιο — δεν έχει δημοσιευτεί", "Θέματα: 2", "id=\"publish-agenda\"");
        String before = html(mvc.perform(get("/meetings/" + meeting)).andReturn().getResponse());
        assertThat(before).contains("Η ατζέντα θα ακολουθήσει.").doesNotContain("Καλωσόρισμα");

        MvcResult published = mvc.perform(post("/admin/meetings/" + meeting + "/agenda/publish").session(session)
                .with(csrf())).andReturn();
        assertThat(published.getResponse().getRedirectedUrl()).isEqualTo("/admin/meetings/" + meeting);
        String page = html(mvc.perform(get("/meetings/" + meeting)).andReturn().getResponse());
        assertThat(page.indexOf("Καλωσόρισμα")).as("in time order").isPositive()
                .isLessThan(page.indexOf("Το πλαίσιο συνεργασίας"));
        assertThat(page).contains("17:30", "Χάρης Δούκας");

        MockHttpServletResponse again = mvc.perform(post("/admin/meetings/" + meeting + "/agenda/publish")
                .session(session).with(csrf())).andReturn().getResponse();
        assertThat(html(again)).contains("govuk-error-summary",
                "Η ατζέντα έχει ήδη δημοσιευτεί· κάθε αλλαγή δημοσιεύεται ως νέα έκδοση.");

        mvc.perform(post("/admin/meetings/" + meeting + "/agenda").session(session).with(csrf())
                .param("items[0].time", "17:30").param("items[0].titleEl", "Καλωσόρισμα")
                .param("items[1].time", "19:00").param("items[1].titleEl", "Καλές πρακτικές")).andReturn();
        String changed = html(mvc.perform(get("/meetings/" + meeting)).andReturn().getResponse());
        assertThat(changed).contains("Έκδοση 2", "Καλές πρακτικές").doesNotContain("Το πλαίσιο συνεργασίας");
        assertThat(db.queryForList("select version from agenda_version where meeting_id = ? order by version",
                Integer.class, meeting)).containsExactly(1, 2);
    }
}
