package org.diktyo.memorandum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * The secretariat's adoption tracker: Athens' signed adoption waits for verification with its
 * copy to download (audited); a refusal without a reason comes back with the field marked and
 * changes nothing; verified, the row says so; a deadline that is not a date is marked.
 */
@DatabaseTest
class AdoptionTrackerPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theSecretariatVerifiesFromTheTracker() throws Exception {
        MemorandumFixture fixture = new MemorandumFixture(new Http(port), json);
        String path = fixture.signedAdoption("athens");
        int n = Integer.parseInt(path.split("/")[5]);
        String base = "/admin/memorandum/versions/" + n;
        MockHttpSession secretariat = PageSignIn.secretariat(mvc);

        String page = html(mvc.perform(get(base + "/adoptions").session(secretariat)).andReturn());
        assertThat(page).contains("Υιοθετήσεις:", "Προς επαλήθευση", base + "/adoptions/athens/signed-copy",
                "Δεν έχει ζητηθεί");
        MvcResult copy = mvc.perform(get(base + "/adoptions/athens/signed-copy").session(secretariat)).andReturn();
        assertThat(copy.getResponse().getStatus()).isEqualTo(200);
        assertThat(copy.getResponse().getContentType()).isEqualTo("application/pdf");

        MvcResult blank = mvc.perform(post(base + "/adoptions/athens/reject").param("reason", " ").session(secretariat)
                .with(csrf())).andReturn();
        assertThat(blank.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(blank)).contains("href=\"#f-reason\"", "id=\"f-reason\"");
        assertThat(state(n)).isEqualTo("SIGNED");

        MvcResult sheet = mvc.perform(get(base + "/adoptions.xlsx").session(secretariat)).andReturn();
        assertThat(sheet.getResponse().getStatus()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(sheet.getResponse().getContentAsByteArray()))) {
            var rows = workbook.getSheetAt(0);
            assertThat(rows.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Δήμος");
            var athens = java.util.stream.IntStream.rangeClosed(1, rows.getLastRowNum()).mapToObj(rows::getRow)
                    .filter(r -> "athens".equals(r.getCell(6).getStringCellValue())).findFirst().orElseThrow();
            assertThat(athens.getCell(1).getStringCellValue()).isEqualTo("Προς επαλήθευση");
            assertThat(athens.getCell(5).getStringCellValue()).isEqualTo("ναι");
            assertThat(rows.getLastRowNum()).as("every member").isGreaterThanOrEqualTo(18);
        }
        MockHttpSession focalPoint = PageSignIn.as(mvc, "athens@diktyo.example", "diktyo-demo");
        assertThat(mvc.perform(get(base + "/adoptions.xlsx").session(focalPoint)).andReturn().getResponse().getStatus())
                .as("a focal point may not export the tracker").isEqualTo(403);

        MvcResult verified = mvc.perform(post(base + "/adoptions/athens/verify").session(secretariat).with(csrf())).andReturn();
        assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo(base + "/adoptions");
        assertThat(state(n)).isEqualTo("VERIFIED");
        assertThat(html(mvc.perform(get(base + "/adoptions").session(secretariat)).andReturn()))
                .contains("Επαληθευμένες υιοθετήσεις: 1 από");

        MvcResult badDate = mvc.perform(post(base + "/adoption-requests").param("deadline", "2026-13-45")
                .session(secretariat).with(csrf())).andReturn();
        assertThat(html(badDate)).contains("href=\"#f-deadline\"", "Η ημερομηνία δεν είναι έγκυρη.");
        fixture.noOpenVersion();
    }

    private String state(int n) {
        return jdbc.queryForObject("select state from memorandum_adoption where version_number = ? and municipality_id = 'athens'",
                String.class, n);
    }

    private static String html(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
