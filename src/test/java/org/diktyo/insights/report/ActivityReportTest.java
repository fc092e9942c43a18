package org.diktyo.insights.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.diktyo.DatabaseTest;
import org.diktyo.Tools;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.diktyo.documents.Pdfs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The activity report: its figures equal those the test counts in the database itself, in the
 * workbook and in the PDF read back by pdftotext; no personal data; staff only; audited; a bad
 * period is a 400 in the reader's language.
 */
@DatabaseTest
class ActivityReportTest {

    static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    final LocalDate to = LocalDate.now(ATHENS);
    final LocalDate from = to.minusYears(5);

    int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    Map<String, Integer> expected() {
        Timestamp start = Timestamp.from(from.atStartOfDay(ATHENS).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(ATHENS).toInstant());
        Map<String, Integer> figures = new HashMap<>();
        figures.put("meetings", count("select count(*) from meeting m where m.status = 'HELD' and (select min(p.starts_at)"
                + " from meeting_part p where p.meeting_id = m.id) >= ? and (select min(p.starts_at) from meeting_part p"
                + " where p.meeting_id = m.id) < ?", start, end));
        figures.put("members", count("select count(distinct municipality_id) from membership_change where to_status = 'MEMBER'"
                + " and (from_status is null or from_status <> 'MEMBER') and effective_on between ? and ?", from, to));
        figures.put("practices", count("select count(*) from knowledge_entry where state = 'PUBLISHED' and kind = 'PRACTICE'"
                + " and published_at >= ? and published_at < ?", from.atStartOfDay(), to.plusDays(1).atStartOfDay()));
        figures.put("challenges", count("select count(*) from knowledge_entry where state = 'PUBLISHED' and kind = 'CHALLENGE'"
                + " and published_at >= ? and published_at < ?", from.atStartOfDay(), to.plusDays(1).atStartOfDay()));
        figures.put("positions", count("select count(*) from joint_position where sent_on between ? and ?", from, to));
        figures.put("signatures", count("select count(*) from joint_position_signature s join joint_position p on"
                + " p.id = s.position_id where s.state = 'VALID' and p.sent_on between ? and ?", from, to));
        figures.put("surveys", count("select count(*) from survey where state = 'PUBLISHED' and opens_on <= ?"
                + " and closes_on >= ?", to, from));
        figures.put("answered", count("select count(*) from survey_response r join survey s on s.id = r.survey_id"
                + " where s.state = 'PUBLISHED' and s.opens_on <= ? and s.closes_on >= ?", to, from));
        figures.put("opened", count("select count(*) from accession_case where opened_on between ? and ?", from, to));
        return figures;
    }

    @Test
    void theWorkbookAndThePdfHoldTheFiguresCountedInTheDatabase() throws Exception {
        String token = accounts.tokenFor(Role.PARTNER, null);
        int audited = count("select count(*) from audit_event where action = 'report.activity'");
        MvcResult xlsx = mvc.perform(get("/api/v1/reports/activity.xlsx").param("from", from.toString())
                .param("to", to.toString()).header("Authorization", "Bearer " + token)).andReturn();
        assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
        Map<String, Integer> expected = expected();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet summary = book.getSheet("Σύνοψη");
            Map<String, Double> values = new HashMap<>();
            for (Row row : summary) {
                Cell value = row.getCell(1);
                if (value != null && value.getCellType() == CellType.NUMERIC) {
                    values.put(row.getCell(0).getStringCellValue(), value.getNumericCellValue());
                }
            }
            assertThat(values).containsEntry("Συναντήσεις που πραγματοποιήθηκαν", (double) expected.get("meetings"))
                    .containsEntry("Νέα μέλη", (double) expected.get("members"))
                    .containsEntry("Καλές πρακτικές", (double) expected.get("practices"))
                    .containsEntry("Προκλήσεις", (double) expected.get("challenges"))
                    .containsEntry("Κοινές θέσεις που στάλθηκαν", (double) expected.get("positions"))
                    .containsEntry("Υπογραφές δήμων", (double) expected.get("signatures"))
                    .containsEntry("Διαδικασίες ένταξης που ξεκίνησαν", (double) expected.get("opened"))
                    .containsEntry("Έρευνες αναγκών της περιόδου", (double) expected.get("surveys"));
            assertThat(book.getNumberOfSheets()).isEqualTo(9);
            double answered = 0;
            for (Row row : book.getSheet("Έρευνες αναγκών")) {
                Cell value = row.getCell(2);
                if (row.getRowNum() > 3 && value != null && value.getCellType() == CellType.NUMERIC) {
                    answered += value.getNumericCellValue();
                }
            }
            assertThat(expected.get("surveys")).as("the demo's surveys are in the period").isPositive();
            assertThat(answered).isEqualTo((double) expected.get("answered"));
            StringBuilder all = new StringBuilder();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            all.append(cell.getStringCellValue()).append('\n');
                        }
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            assertThat(all.toString()).doesNotContain("@", "Χάρης Δούκας");
        }

        MvcResult pdf = mvc.perform(get("/api/v1/reports/activity.pdf").param("from", from.toString())
                .param("to", to.toString()).header("Authorization", "Bearer " + token)).andReturn();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        Tools.requirePdftotext();
        String text = Pdfs.normalised(Pdfs.text(pdf.getResponse().getContentAsByteArray()));
        assertThat(text).contains("ΕΚΘΕΣΗ ΔΡΑΣΤΗΡΙΟΤΗΤΑΣ", "Συναντήσεις που πραγματοποιήθηκαν " + expected.get("meetings"),
                "Νέα μέλη " + expected.get("members"), "Καλές πρακτικές " + expected.get("practices"),
                "Κοινές θέσεις που στάλθηκαν " + expected.get("positions"),
                "Υπογραφές δήμων " + expected.get("signatures"),
                "Έρευνες αναγκών της περιόδου " + expected.get("surveys"), String.valueOf(to.getYear()));
        assertThat(Pdfs.fonts(pdf.getResponse().getContentAsByteArray())).isNotEmpty();
        String english = Pdfs.normalised(Pdfs.text(mvc.perform(get("/api/v1/reports/activity.pdf")
                .param("from", from.toString()).param("to", to.toString()).param("lang", "en")
                .header("Authorization", "Bearer " + token)).andReturn().getResponse().getContentAsByteArray()));
        assertThat(english).contains("Meetings held " + expected.get("meetings"), "New members " + expected.get("members"));
        assertThat(count("select count(*) from audit_event where action = 'report.activity'")).isEqualTo(audited + 3);
    }

    @Test
    void aBadPeriodIsA400NamingTheFieldInTheReadersLanguage() throws Exception {
        String token = accounts.tokenFor(Role.SECRETARIAT, null);
        String[][] cases = {{"2025-02-01", "2025-01-01", "to"}, {"2015-01-01", "2025-01-01", "to"},
                {"2025-13-01", "2025-12-31", "from"}, {"nonsense", "", "from"}, {"1990-01-01", "1990-02-01", "from"},
                {"2025-01-01", "2025-01-01", "lang"}};
        for (String[] c : cases) {
            var request = get("/api/v1/reports/activity.xlsx").param("from", c[0]).param("to", c[1])
                    .header("Authorization", "Bearer " + token);
            if ("lang".equals(c[2])) {
                request = request.param("lang", "fr");
            }
            MvcResult result = mvc.perform(request).andReturn();
            assertThat(result.getResponse().getStatus()).as(String.join(" ", c)).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).contains("problem+json");
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"" + c[2] + "\"");
        }
        MvcResult english = mvc.perform(get("/api/v1/reports/activity.pdf").param("from", "2025-02-01")
                .param("to", "2025-01-01").header("Accept-Language", "en").header("Authorization", "Bearer " + token))
                .andReturn();
        assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("before the start date");
    }

    @Test
    void onlyTheSecretariatAndThePartnersGetIt() throws Exception {
        String focal = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        assertThat(mvc.perform(get("/api/v1/reports/activity.xlsx").header("Authorization", "Bearer " + focal))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/reports/activity.pdf")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }
}
