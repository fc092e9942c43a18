package org.diktyo.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.diktyo.DatabaseTest;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard on /admin and /api/v1/dashboard: the figures equal SQL counts; staff only. */
@DatabaseTest
class DashboardPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    MockHttpSession signIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/signin").param("email", email).param("password", password).with(csrf()))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void theSecretariatSeesTheFiguresAsTheDatabaseCountsThem() throws Exception {
        MockHttpSession session = signIn("secretariat@diktyo.example", TestAccounts.demoPassword());
        MvcResult result = mvc.perform(get("/admin").session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Πίνακας ελέγχου του Δικτύου", "role=\"img\"", "<caption",
                "id=\"count-members\">" + count("select count(*) from municipality where status = 'MEMBER'") + "<",
                "id=\"count-candidates\">" + count("select count(*) from municipality where status = 'CANDIDATE'") + "<",
                "id=\"count-prospects\">" + count("select count(*) from municipality where status = 'PROSPECT'") + "<",
                "id=\"count-positions\">" + count("select count(*) from joint_position where state = 'OPEN_FOR_SIGNATURE'") + "<",
                "Δήμοι-μέλη ανά περιφέρεια", "Διαδικασίες ένταξης ανά στάδιο", "href=\"/admin/registry\"",
                "href=\"/admin/audit\"", "href=\"/admin/reports\"", "href=\"/admin/accession\"");
        int year = LocalDate.now(ZoneId.of("Europe/Athens")).getYear();
        int practices = jdbc.queryForObject("select count(*) from knowledge_entry where state = 'PUBLISHED' and kind = 'PRACTICE'"
                + " and published_at >= ? and published_at < ?", Integer.class, LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay());
        assertThat(page).contains("id=\"count-practices\">" + practices + "<");
        int overdue = jdbc.queryForObject("select count(*) from accession_case where closed_on is null and next_action_on < ?",
                Integer.class, LocalDate.now(ZoneId.of("Europe/Athens")));
        assertThat(page).contains("id=\"count-overdue\">" + overdue + "<");
        String english = mvc.perform(get("/admin").param("lang", "en").param("year", "2024").session(session)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("The Network's dashboard", "1 January 2024", "31 December 2024");
    }

    @Test
    void thePartnersSeeItAndTheFocalPointsDoNot() throws Exception {
        MockHttpSession partner = signIn("partner@diktyo.example", TestAccounts.demoPassword());
        assertThat(mvc.perform(get("/admin").session(partner)).andReturn().getResponse().getStatus()).isEqualTo(200);
        String partnerPage = mvc.perform(get("/admin").session(partner)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(partnerPage).doesNotContain("href=\"/admin/audit\"", "@athens.example");
        MockHttpSession athens = signIn("athens@diktyo.example", TestAccounts.demoPassword());
        assertThat(mvc.perform(get("/admin").session(athens)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin")).andReturn().getResponse().getRedirectedUrl()).contains("/signin");
    }

    @Test
    void theApiGivesTheSameFiguresAndRefusesABadYearInTheReadersLanguage() throws Exception {
        String token = accounts.tokenFor(Role.PARTNER, null);
        MvcResult ok = mvc.perform(get("/api/v1/dashboard").param("year", "2025").header("Authorization", "Bearer " + token))
                .andReturn();
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(ok.getResponse().getContentAsString(StandardCharsets.UTF_8));
        int members = 0;
        for (JsonNode region : json.get("regions")) {
            members += region.get("members").asInt();
        }
        assertThat(members).isEqualTo(count("select count(*) from municipality where status = 'MEMBER'"));
        assertThat(json.get("period").get("from").asString()).isEqualTo("2025-01-01");

        for (String bad : new String[] {"abc", "1999", "20255", "-1"}) {
            MvcResult refused = mvc.perform(get("/api/v1/dashboard").param("year", bad)
                    .header("Authorization", "Bearer " + token)).andReturn();
            assertThat(refused.getResponse().getStatus()).as(bad).isEqualTo(400);
            assertThat(refused.getResponse().getContentType()).contains("problem+json");
            assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("year", "2000");
        }
        MvcResult english = mvc.perform(get("/api/v1/dashboard").param("year", "x").header("Accept-Language", "en")
                .header("Authorization", "Bearer " + token)).andReturn();
        assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("The year must be");
        String focal = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        assertThat(mvc.perform(get("/api/v1/dashboard").header("Authorization", "Bearer " + focal)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/dashboard")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void theReportFormShowsABadPeriodAgainWithItsMessagesAndDownloadsAGoodOne() throws Exception {
        MockHttpSession session = signIn("secretariat@diktyo.example", TestAccounts.demoPassword());
        MvcResult refused = mvc.perform(get("/admin/reports/activity.pdf").param("from", "2025-13-01").param("to", "2025-02-01")
                .param("lang", "el").session(session)).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentType()).contains("text/html");
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("govuk-error-summary", "Η ημερομηνία γράφεται ως ΕΕΕΕ-ΜΜ-ΗΗ", "value=\"2025-13-01\"",
                        "value=\"2025-02-01\"", "href=\"#f-from\"");
        String reversed = mvc.perform(get("/admin/reports/activity.xlsx").param("from", "2025-03-01").param("to", "2025-02-01")
                .header("Accept-Language", "en").session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(reversed).contains("govuk-error-summary", "href=\"#f-to\"");
        MvcResult pdf = mvc.perform(get("/admin/reports/activity.pdf").param("from", "2025-01-01").param("to", "2025-12-31")
                .session(session)).andReturn();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        MockHttpSession athens = signIn("athens@diktyo.example", TestAccounts.demoPassword());
        assertThat(mvc.perform(get("/admin/reports/activity.pdf").param("from", "x").session(athens)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }
}
