package org.diktyo.memorandum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.accounts.TestAccounts;
import org.diktyo.network.Registry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The drafting pages on a version in consultation, as the focal points of Athens and Thessaloniki
 * and the secretariat use them: propose (HTML refused, a stale clause shown anew), submit, object
 * without a reason (refused) and support, comment (HTML refused, CommonMark shown, hidden by the
 * secretariat), Athens acting on Thessaloniki's amendment (refused, nothing written), the board
 * and its decision, its XLSX read back, and a proposal after the window (refused, nothing written).
 */
@MemorandumTest
class AmendmentPagesTest {

    static final Pattern AMENDMENT = Pattern.compile("/account/amendments/([0-9a-f-]{36})");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Registry registry;

    @Test
    void proposeSupportObjectCommentAndDecideOnThePages() throws Exception {
        MemorandumFixture fixture = new MemorandumFixture(new Http(port), json);
        int n = fixture.inConsultation();
        String textId = jdbc.queryForObject("select text_id from memorandum_version where number = ?", String.class, n);
        String clause = "/account/drafts/" + textId + "/clauses/preamble";
        MockHttpSession athens = PageSignIn.as(mvc, "athens@diktyo.example", TestAccounts.demoPassword());
        MockHttpSession thessaloniki = PageSignIn.as(mvc, "thessaloniki@diktyo.example", TestAccounts.demoPassword());
        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        String athensName = registry.names("athens").orElseThrow().officialName().el();
        String thessalonikiName = registry.names("thessaloniki").orElseThrow().officialName().el();

        assertThat(html(mvc.perform(get("/memorandum/versions/" + n).session(athens)).andReturn())).contains(clause);
        assertThat(html(mvc.perform(get(clause).session(athens)).andReturn())).contains(clause + "/propose");
        String form = html(mvc.perform(get(clause + "/propose").session(athens)).andReturn());
        String revision = value(form, "baseRevision");
        assertThat(form).contains("name=\"municipalityId\" value=\"athens\"", "cosponsor-thessaloniki");

        MvcResult script = mvc.perform(proposal(clause, athens, "athens", revision, "<script>alert(1)</script>")).andReturn();
        assertThat(script.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(script)).contains("href=\"#f-textEl\"", "&lt;script&gt;alert(1)&lt;/script&gt;");
        MvcResult stale = mvc.perform(proposal(clause, athens, "athens", "0".repeat(64), "Νέο προοίμιο.")).andReturn();
        assertThat(html(stale)).contains("Το άρθρο άλλαξε μετά τη σύνταξη της τροπολογίας", "Νέο προοίμιο.")
                .contains("name=\"baseRevision\" value=\"" + revision + "\"");
        assertThat(amendments(textId)).isZero();

        String id = proposed(mvc.perform(proposal(clause, athens, "athens", revision, "Νέο **προοίμιο**.")
                .param("cosponsors", "thessaloniki")).andReturn());
        String page = "/account/amendments/" + id;
        assertThat(html(mvc.perform(get(page).session(athens)).andReturn())).contains("Νέο <strong>προοίμιο</strong>.",
                athensName, thessalonikiName, page + "/submit");
        assertThat(mvc.perform(post(page + "/submit").session(athens).with(csrf())).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo(page);
        assertThat(state(id)).isEqualTo("SUBMITTED");

        MvcResult noReason = mvc.perform(post(page + "/stance").param("municipalityId", "thessaloniki")
                .param("stance", "OBJECT").param("reason", " ").session(thessaloniki).with(csrf())).andReturn();
        assertThat(html(noReason)).contains("href=\"#f-reason\"", "Γράψτε τον λόγο της αντίρρησης.");
        assertThat(stances(id)).isZero();
        mvc.perform(post(page + "/stance").param("municipalityId", "thessaloniki").param("stance", "SUPPORT")
                .session(thessaloniki).with(csrf()));
        assertThat(html(mvc.perform(get(page).session(athens)).andReturn())).contains("Υποστηρίζουν: 1 · Αντιτίθενται: 0");

        MvcResult htmlComment = mvc.perform(post(page + "/comments").param("body", "<b>όχι</b>").session(thessaloniki)
                .with(csrf())).andReturn();
        assertThat(html(htmlComment)).contains("href=\"#f-body\"", "&lt;b&gt;όχι&lt;/b&gt;");
        assertThat(comments(textId)).isZero();
        mvc.perform(post(page + "/comments").param("body", "Συμφωνούμε, *με μια επιφύλαξη*.").session(thessaloniki)
                .with(csrf()));
        assertThat(html(mvc.perform(get(page).session(athens)).andReturn()))
                .contains("Συμφωνούμε, <em>με μια επιφύλαξη</em>.", thessalonikiName);
        long comment = jdbc.queryForObject("select id from drafting_comment where amendment_id = ?", Long.class, id);
        MvcResult noHideReason = mvc.perform(post(page + "/comments/" + comment + "/hide").param("reason", "")
                .session(secretariat).with(csrf())).andReturn();
        assertThat(html(noHideReason)).contains("href=\"#f-reason\"");
        mvc.perform(post(page + "/comments/" + comment + "/hide").param("reason", "Εκτός θέματος")
                .session(secretariat).with(csrf()));
        assertThat(html(mvc.perform(get(page).session(athens)).andReturn()))
                .contains("Το σχόλιο αποκρύφθηκε από τη γραμματεία.").doesNotContain("με μια επιφύλαξη");
        mvc.perform(post(clause + "/comments").param("body", "Σχόλιο στο προοίμιο.").session(athens).with(csrf()));
        assertThat(html(mvc.perform(get(clause).session(thessaloniki)).andReturn())).contains("Σχόλιο στο προοίμιο.",
                athensName);
        long onClause = jdbc.queryForObject("select id from drafting_comment where text_id = ? and amendment_id is null",
                Long.class, textId);
        assertThat(status(post(page + "/comments/" + onClause + "/hide").param("reason", "Όχι εδώ.").session(secretariat)
                .with(csrf()))).isEqualTo(404);
        assertThat(hidden(onClause)).isFalse();
        mvc.perform(post(clause + "/comments/" + onClause + "/hide").param("reason", "Εκτός θέματος").session(secretariat)
                .with(csrf()));
        assertThat(hidden(onClause)).isTrue();
        assertThat(html(mvc.perform(get(clause).session(secretariat)).andReturn())).contains("Σχόλιο στο προοίμιο.",
                "Λόγος απόκρυψης: Εκτός θέματος");

        String theirs = proposed(mvc.perform(proposal(clause, thessaloniki, "thessaloniki", revision, "Άλλο προοίμιο."))
                .andReturn());
        long before = amendments(textId) + stances(theirs) + comments(textId);
        String their = "/account/amendments/" + theirs;
        assertThat(status(post(their + "/withdraw").session(athens).with(csrf()))).isEqualTo(404);
        assertThat(status(post(their + "/submit").session(athens).with(csrf()))).isEqualTo(404);
        assertThat(status(post(their + "/stance").param("municipalityId", "thessaloniki").param("stance", "SUPPORT")
                .session(athens).with(csrf()))).isEqualTo(403);
        assertThat(status(proposal(clause, athens, "thessaloniki", revision, "Για άλλον."))).isEqualTo(403);
        assertThat(status(post(their + "/decision").param("state", "ACCEPTED").session(athens).with(csrf())))
                .isEqualTo(403);
        assertThat(status(get("/admin/drafts/" + textId + "/amendments").session(athens))).isEqualTo(403);
        assertThat(amendments(textId) + stances(theirs) + comments(textId)).isEqualTo(before);
        assertThat(state(theirs)).isEqualTo("DRAFT");

        String board = "/admin/drafts/" + textId + "/amendments";
        assertThat(mvc.perform(get("/admin/memorandum/versions/" + n + "/amendments").session(secretariat)).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo(board);
        String rows = html(mvc.perform(get(board).session(secretariat)).andReturn());
        assertThat(rows).contains("row-" + id, "row-" + theirs, "/account/amendments/" + id + "/decision");
        assertThat(html(mvc.perform(get(board).param("state", "DRAFT").session(secretariat)).andReturn()))
                .contains("row-" + theirs).doesNotContain("row-" + id);
        MvcResult modified = mvc.perform(post(page + "/decision").param("state", "ACCEPTED_MODIFIED").param("textEl", "")
                .session(secretariat).with(csrf())).andReturn();
        assertThat(html(modified)).contains("href=\"#f-textEl\"");
        assertThat(state(id)).isEqualTo("SUBMITTED");
        assertThat(mvc.perform(post(page + "/decision").param("state", "ACCEPTED").param("reference", "ΕΔ 4/2026")
                .param("from", "board").session(secretariat).with(csrf())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo(board);
        assertThat(state(id)).isEqualTo("ACCEPTED");
        assertThat(mvc.perform(post(their + "/withdraw").session(thessaloniki).with(csrf())).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo(their);
        assertThat(state(theirs)).isEqualTo("WITHDRAWN");

        MvcResult xlsx = mvc.perform(get(board + ".xlsx").session(secretariat)).andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Δήμος");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo(athensName);
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo(thessalonikiName);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("έγινε δεκτή");
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }

        String onBehalf = html(mvc.perform(get(clause + "/propose").session(secretariat)).andReturn());
        assertThat(onBehalf).contains("<select", "id=\"f-municipalityId\"", "value=\"heraklion\"");
        String heraklion = proposed(mvc.perform(proposal(clause, secretariat, "heraklion", revision, "Εκ μέρους του δήμου."))
                .andReturn());
        assertThat(jdbc.queryForObject("select municipality_id from drafting_amendment where id = ?", String.class, heraklion))
                .isEqualTo("heraklion");

        jdbc.update("update drafting_text set consultation_closes = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), textId);
        long closed = amendments(textId);
        MvcResult late = mvc.perform(proposal(clause, athens, "athens", revision, "Αργά.")).andReturn();
        assertThat(html(late)).contains("Η διαβούλευση έχει κλείσει");
        assertThat(amendments(textId)).isEqualTo(closed);
        fixture.noOpenVersion();
    }

    /** The same pages serve a position in consultation: linked from the position, linking back, proposing by the page. */
    @Test
    void aPositionInConsultationHasTheSamePages() throws Exception {
        org.diktyo.positions.PositionFixture positions = new org.diktyo.positions.PositionFixture(new Http(port), json);
        String position = positions.inConsultation();
        String textId = jdbc.queryForObject("select text_id from joint_position where id = ?", String.class, position);
        String clause = "/account/drafts/" + textId + "/clauses/p.2";
        MockHttpSession athens = PageSignIn.as(mvc, "athens@diktyo.example", TestAccounts.demoPassword());
        assertThat(html(mvc.perform(get("/positions/" + position).session(athens)).andReturn())).contains(clause);
        assertThat(html(mvc.perform(get(clause).session(athens)).andReturn())).contains("href=\"/positions/" + position + "\"",
                clause + "/propose");
        String revision = value(html(mvc.perform(get(clause + "/propose").session(athens)).andReturn()), "baseRevision");
        String id = proposed(mvc.perform(proposal(clause, athens, "athens", revision, "Ζητούμε συνάντηση.")).andReturn());
        assertThat(jdbc.queryForObject("select text_id from drafting_amendment where id = ?", String.class, id)).isEqualTo(textId);
        mvc.perform(post(clause + "/comments").param("body", "Συμφωνούμε.").session(athens).with(csrf()));
        assertThat(comments(textId)).isEqualTo(1);
        var listed = new Http(port).get("/api/v1/positions/" + position + "/clauses/p.2/comments", TestAccounts.demoToken());
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"body\":\"Συμφωνούμε.\"", "\"municipalityId\":\"athens\"");
    }

    private MockHttpServletRequestBuilder proposal(String clause, MockHttpSession who, String municipality, String revision,
            String text) {
        return post(clause + "/propose").param("municipalityId", municipality).param("kind", "REPLACE")
                .param("baseRevision", revision).param("headingEl", "Προοίμιο").param("headingEn", "Preamble")
                .param("textEl", text).param("textEn", "New preamble.").param("justification", "Για σαφήνεια.")
                .session(who).with(csrf());
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static String proposed(MvcResult r) {
        Matcher m = AMENDMENT.matcher(String.valueOf(r.getResponse().getRedirectedUrl()));
        assertThat(m.matches()).as("redirected to the amendment: " + r.getResponse().getRedirectedUrl()).isTrue();
        return m.group(1);
    }

    private static String value(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private long amendments(String textId) {
        return jdbc.queryForObject("select count(*) from drafting_amendment where text_id = ?", Long.class, textId);
    }

    private long comments(String textId) {
        return jdbc.queryForObject("select count(*) from drafting_comment where text_id = ?", Long.class, textId);
    }

    private long stances(String amendmentId) {
        return jdbc.queryForObject("select count(*) from drafting_stance where amendment_id = ?", Long.class, amendmentId);
    }

    private boolean hidden(long comment) {
        return jdbc.queryForObject("select hidden from drafting_comment where id = ?", Boolean.class, comment);
    }

    private String state(String id) {
        return jdbc.queryForObject("select state from drafting_amendment where id = ?", String.class, id);
    }

    private static String html(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
