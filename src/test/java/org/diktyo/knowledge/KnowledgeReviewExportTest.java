package org.diktyo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The review queue flags a submitted entry whose title is close to a published one (a hint, not a
 * block); the XLSX export gives the secretariat every entry and a partner the published ones
 * without the contact's name, a text that looks like a formula stays text, and a focal point or
 * the public is refused.
 */
@DatabaseTest
class KnowledgeReviewExportTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void theQueueFlagsAPossibleDuplicateOfAPublishedEntry() throws Exception {
        Http http = new Http(port);
        KnowledgeFixture fixture = new KnowledgeFixture(http, json);
        String id = fixture.ok(http.send("POST", "/api/v1/knowledge/entries", KnowledgeFixture.TOKEN,
                KnowledgeFixture.entryJson("PRACTICE", "piraeus", "Κέντρα Ένταξης Μεταναστών: ενιαίο σημείο εξυπηρέτησης")),
                201).get("id").asString();
        fixture.ok(http.send("POST", "/api/v1/knowledge/entries/" + id + "/submit", KnowledgeFixture.TOKEN, null), 200);
        String other = fixture.submitted("PRACTICE");

        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        String queue = mvc.perform(get("/admin/knowledge/review").session(secretariat)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String item = queue.substring(queue.indexOf("Κέντρα Ένταξης Μεταναστών: ενιαίο"));
        item = item.substring(0, item.indexOf("</li>", item.indexOf("dk-inline-form")));
        assertThat(item).contains("dk-duplicate", "Κέντρο Ένταξης Μεταναστών ως ενιαίο σημείο εξυπηρέτησης");
        assertThat(queue).contains("/admin/knowledge/" + other + "/publish");
    }

    @Test
    void theWorkbookIsForTheSecretariatAndThePartnersAndKeepsFormulasAsText() throws Exception {
        Http http = new Http(port);
        KnowledgeFixture fixture = new KnowledgeFixture(http, json);
        String id = fixture.ok(http.send("POST", "/api/v1/knowledge/entries", KnowledgeFixture.TOKEN,
                KnowledgeFixture.with(KnowledgeFixture.entryJson("PRACTICE", "athens", "=HYPERLINK(\\\"http://x\\\")"),
                        KnowledgeFixture.DETAILS)), 201).get("id").asString();
        fixture.ok(http.send("POST", "/api/v1/knowledge/entries/" + id + "/submit", KnowledgeFixture.TOKEN, null), 200);
        fixture.ok(http.send("POST", "/api/v1/knowledge/entries/" + id + "/publish", KnowledgeFixture.TOKEN, null), 200);
        String draft = fixture.draft("CHALLENGE");

        List<List<String>> all = rows(http.bytes("/api/v1/knowledge/entries.xlsx", KnowledgeFixture.TOKEN));
        assertThat(all.get(0)).contains("Κωδικός", "Σύνολο χρηματοδότησης (€)", "Ονοματεπώνυμο");
        assertThat(all).anyMatch(r -> r.get(0).equals(draft)).as("the secretariat: drafts too");
        List<String> mine = all.stream().filter(r -> r.get(0).equals(id)).findFirst().orElseThrow();
        assertThat(mine).contains("'=HYPERLINK(\"http://x\")", "12500.5", "Μαρία Παπαδοπούλου");
        int audited = jdbc.queryForObject("select count(*) from audit_event where action = 'export-knowledge-xlsx'",
                Integer.class);

        List<List<String>> partner = rows(http.bytes("/api/v1/knowledge/entries.xlsx", accounts.tokenFor(Role.PARTNER, null)));
        assertThat(partner).noneMatch(r -> r.get(0).equals(draft));
        assertThat(partner.stream().filter(r -> r.get(0).equals(id)).findFirst().orElseThrow())
                .doesNotContain("Μαρία Παπαδοπούλου").contains("Υπεύθυνη ΚΕΜ");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'export-knowledge-xlsx'",
                Integer.class)).isEqualTo(audited + 1);

        assertThat(http.bytes("/api/v1/knowledge/entries.xlsx", accounts.tokenFor(Role.FOCAL_POINT, "athens")).statusCode())
                .isEqualTo(403);
        assertThat(http.bytes("/api/v1/knowledge/entries.xlsx", null).statusCode()).isIn(401, 403);

        // the pages' export link: the same workbook for the signed-in secretariat, without a token
        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        String page = mvc.perform(get("/practices").session(secretariat)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/admin/knowledge/entries.xlsx\"");
        var download = mvc.perform(get("/admin/knowledge/entries.xlsx").session(secretariat)).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Κωδικός");
        }
        assertThat(mvc.perform(get("/admin/knowledge/entries.xlsx")).andReturn().getResponse().getStatus())
                .as("signed out: to the sign-in page").isEqualTo(302);
    }

    private static List<List<String>> rows(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(switch (c.getCellType()) {
                    case NUMERIC -> new java.math.BigDecimal(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
                    default -> c.getStringCellValue();
                }));
                rows.add(cells);
            }
        }
        return rows;
    }
}
