package org.diktyo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.diktyo.DatabaseTest;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
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

/** After the meeting: minutes, number present, decisions and follow-up actions, over the pages and the API. */
@DatabaseTest
class OutcomePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate db;

    @Autowired
    TestAccounts accounts;

    MeetingsClient client;
    MockHttpSession session;
    String meeting;

    @BeforeEach
    void setUp() throws Exception {
        session = signIn("secretariat@diktyo.example", TestAccounts.demoPassword());
        client = new MeetingsClient(port, json);
        meeting = client.create(TestAccounts.demoToken(), "PUBLIC", "HELD", MeetingsClient.unique());
        client.addPart(TestAccounts.demoToken(), meeting, "Working meeting", "17:30", "20:00");
    }

    MockHttpSession signIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/signin").param("email", email).param("password", password).with(csrf()))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    String page(String path, MockHttpSession as) throws Exception {
        var request = get(path);
        if (as != null) {
            request.session(as);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theMinutesNumberPresentAndDecisionsAreRecordedAndShown() throws Exception {
        MvcResult bad = mvc.perform(post("/admin/meetings/" + meeting + "/outcome").session(session).with(csrf())
                .param("numberPresent", "-3").param("minutesEl", "Πρακτικά").param("decisionsEl", "")).andReturn();
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Ο αριθμός παρόντων δεν μπορεί να είναι αρνητικός.");
        assertThat(db.queryForObject("select number_present from meeting where id = ?", Integer.class, meeting)).isNull();

        MvcResult saved = mvc.perform(post("/admin/meetings/" + meeting + "/outcome").session(session).with(csrf())
                .param("numberPresent", "34").param("minutesEl", "Συζητήθηκε το πλαίσιο συνεργασίας.")
                .param("minutesEn", "The framework of cooperation was discussed.")
                .param("decisionsEl", "Επικαιροποίηση του μνημονίου\nΝέα συνάντηση τον Οκτώβριο")
                .param("decisionsEn", "Update the memorandum\nA new meeting in October")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/meetings/" + meeting);
        assertThat(page("/meetings/" + meeting, null)).contains("Παρόντες: 34", "Συζητήθηκε το πλαίσιο συνεργασίας.",
                "Επικαιροποίηση του μνημονίου", "Νέα συνάντηση τον Οκτώβριο");
        assertThat(page("/meetings/" + meeting + "?lang=en", null)).contains("A new meeting in October");
    }

    @Test
    void followUpActionsAreAddedTickedOffAndShownToTheNetworkOnly() throws Exception {
        MvcResult bad = mvc.perform(post("/admin/meetings/" + meeting + "/follow-ups").session(session).with(csrf())
                .param("action", "").param("owner", "Γραμματεία").param("dueOn", "31/07")).andReturn();
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("govuk-error-summary",
                "Γράψτε την προθεσμία ως ΕΕΕΕ-ΜΜ-ΗΗ ή αφήστε την κενή.", "Περιγράψτε την ενέργεια.", "value=\"31/07\"");
        assertThat(db.queryForObject("select count(*) from follow_up_action where subject_kind = 'MEETING' and subject_id = ?", Integer.class, meeting))
                .isZero();

        MvcResult added = mvc.perform(post("/admin/meetings/" + meeting + "/follow-ups").session(session).with(csrf())
                .param("action", "Σχέδιο επικαιροποιημένου μνημονίου").param("owner", "Ελένη Παπαδοπούλου")
                .param("dueOn", "2025-07-31")).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/admin/meetings/" + meeting + "/follow-ups");
        String list = page("/admin/meetings/" + meeting + "/follow-ups", session);
        assertThat(list).contains("Σχέδιο επικαιροποιημένου μνημονίου", "Ελένη Παπαδοπούλου", "Πέμπτη 31 Ιουλίου 2025",
                "Εκκρεμεί");
        String id = db.queryForObject("select id from follow_up_action where subject_kind = 'MEETING' and subject_id = ?", String.class, meeting);
        assertThat(page("/admin/meetings/" + meeting + "/follow-ups/" + id + "/edit", session))
                .contains("Αλλαγή ενέργειας", "value=\"Ελένη Παπαδοπούλου\"", "value=\"2025-07-31\"");
        MvcResult badChange = mvc.perform(post("/admin/meetings/" + meeting + "/follow-ups/" + id).session(session)
                .with(csrf()).param("action", "Σχέδιο").param("owner", "").param("dueOn", "2025-07-31")).andReturn();
        assertThat(badChange.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("govuk-error-summary", "Αλλαγή ενέργειας");
        assertThat(db.queryForObject("select owner from follow_up_action where id = ?", String.class, id))
                .as("nothing changed").isEqualTo("Ελένη Παπαδοπούλου");
        MvcResult changed = mvc.perform(post("/admin/meetings/" + meeting + "/follow-ups/" + id).session(session)
                .with(csrf()).param("action", "Σχέδιο επικαιροποιημένου μνημονίου").param("owner", "Ελένη Παπαδοπούλου")
                .param("dueOn", "2025-09-15")).andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/admin/meetings/" + meeting + "/follow-ups");
        assertThat(page("/admin/meetings/" + meeting + "/follow-ups", session)).contains("Δευτέρα 15 Σεπτεμβρίου 2025");
        assertThat(mvc.perform(get("/admin/meetings/" + meeting + "/follow-ups/no-such-action/edit").session(session))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        mvc.perform(post("/admin/meetings/" + meeting + "/follow-ups/" + id + "/done").session(session).with(csrf())
                .param("done", "true")).andReturn();
        assertThat(page("/admin/meetings/" + meeting, session)).contains("Ενέργειες: 1, εκκρεμείς: 0");

        assertThat(page("/meetings/" + meeting, null)).doesNotContain("Ελένη Παπαδοπούλου", "Ενέργειες παρακολούθησης");
        MockHttpSession focalPoint = signIn(accounts.userFor(Role.FOCAL_POINT, "athens"), "secret-password");
        assertThat(page("/meetings/" + meeting, focalPoint)).contains("Ενέργειες παρακολούθησης",
                "Ελένη Παπαδοπούλου", "Ολοκληρώθηκε");
        assertThat(client.http.get("/api/v1/meetings/" + meeting + "/follow-ups", null).statusCode()).isEqualTo(401);
        JsonNode api = client.read(client.http.get("/api/v1/meetings/" + meeting + "/follow-ups",
                accounts.tokenFor(Role.FOCAL_POINT, "athens")));
        assertThat(api.get(0).get("owner").asString()).isEqualTo("Ελένη Παπαδοπούλου");
        assertThat(api.get(0).get("dueOn").asString()).isEqualTo("2025-09-15");
        assertThat(api.get(0).get("done").asBoolean()).isTrue();
    }
}
