package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.diktyo.documents.Pdfs;
import org.diktyo.language.GreekText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The lists of a meeting's day over the API: only delegates with a seat (not the waitlisted,
 * not the declined), municipalities in Greek collation order, formulas neutralised, Greek
 * intact in CSV and XLSX; personal data for the secretariat only, each reading audited.
 */
@DatabaseTest
class DayListsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    TestAccounts accounts;

    InvitationFixture fx;
    String meeting;
    List<String> towns;

    @BeforeEach
    void setUp() {
        fx = new InvitationFixture(new Http(port), jdbc, json);
        meeting = fx.meeting(3, 45);
        List<String> parts = fx.parts(meeting);
        towns = fx.municipalities(300, 3);
        String campaign = fx.campaign(meeting, towns, 2, Today.inAthens().plusDays(30), "");
        fx.sendAndWait(campaign);
        Map<String, String> tokens = fx.tokens(campaign);
        answer(tokens.get(towns.get(0)), parts, "ATTEND", "ATTEND",
                delegate("Ζωή Αλεξίου", "=HYPERLINK(\\\"http://evil\\\")"), delegate("Άννα Βασιλείου", "Αντιδήμαρχος"));
        answer(tokens.get(towns.get(1)), parts, "ATTEND", "DECLINE",
                delegate("Ωρίων Δημητρίου", "Δήμαρχος"), delegate("Έλενα Κωστή", "Σύμβουλος"));
        answer(tokens.get(towns.get(2)), parts, "DECLINE", "DECLINE");
    }

    static String delegate(String name, String role) {
        return """
                {"fullName":"%s","roleTitle":"%s","email":"d%d@example.gr","phone":"+30 210 000 0000"}"""
                .formatted(name, role, name.hashCode() & 0xffff);
    }

    void answer(String token, List<String> parts, String first, String second, String... delegates) {
        fx.ok(fx.http.send("PUT", "/api/v1/rsvp/" + token, null, """
                {"parts":{"%s":"%s","%s":"%s"},"delegates":[%s]}""".formatted(parts.get(0), first, parts.get(1), second,
                String.join(",", delegates))), 200);
    }

    HttpResponse<byte[]> list(String file, String token) {
        return fx.http.bytes("/api/v1/meetings/" + meeting + "/" + file, token);
    }

    int audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject = ?", Integer.class,
                action, meeting);
    }

    @Test
    void theCsvHasTheSeatedDelegatesInGreekOrderWithFormulasNeutralised() {
        HttpResponse<byte[]> csv = list("attendees.csv", InvitationFixture.TOKEN);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "attendees-" + meeting + "-el.csv");
        byte[] body = csv.body();
        assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<String> rows = text.lines().skip(1).toList();
        assertThat(rows).hasSize(3);
        assertThat(text).contains("Ζωή Αλεξίου", "Άννα Βασιλείου", "Ωρίων Δημητρίου", "\"Συνάντηση εργασίας, Δεξίωση\"",
                "'=HYPERLINK").doesNotContain("Έλενα Κωστή", ",=HYPERLINK");
        List<String> municipalities = rows.stream().map(r -> r.substring(0, r.indexOf(','))).toList();
        assertThat(municipalities).isSortedAccordingTo(GreekText.greekCollator());
        assertThat(audited("lists.attendees.csv")).isEqualTo(1);

        String english = new String(list("attendees.csv?lang=en", InvitationFixture.TOKEN).body(), StandardCharsets.UTF_8);
        assertThat(english).contains("Working meeting, Reception", "Ζωή Αλεξίου");
    }

    @Test
    void theSpreadsheetReadsBackWithGreekIntact() throws Exception {
        HttpResponse<byte[]> xlsx = list("attendees.xlsx", InvitationFixture.TOKEN);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> all.append(cell.getStringCellValue()).append('|')));
            assertThat(all).contains("Ζωή Αλεξίου|", "Ωρίων Δημητρίου|", "'=HYPERLINK").doesNotContain("Έλενα Κωστή");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(3);
        }
        assertThat(audited("lists.attendees.xlsx")).isEqualTo(1);
    }

    @Test
    void theSignInSheetAndBadgesArePdfsOfTheSeated() {
        HttpResponse<byte[]> sheet = list("sign-in-sheet.pdf", InvitationFixture.TOKEN);
        assertThat(sheet.statusCode()).isEqualTo(200);
        String text = Pdfs.text(sheet.body());
        assertThat(text).contains("Ζωή Αλεξίου", "Άννα Βασιλείου", "Ωρίων Δημητρίου").doesNotContain("Έλενα Κωστή");
        HttpResponse<byte[]> badges = list("badges.pdf?lang=en", InvitationFixture.TOKEN);
        assertThat(badges.statusCode()).isEqualTo(200);
        assertThat(Pdfs.text(badges.body())).contains("Ωρίων Δημητρίου").doesNotContain("Έλενα Κωστή");
        assertThat(audited("lists.sign-in-sheet.pdf")).isEqualTo(1);
        assertThat(audited("lists.badges.pdf")).isEqualTo(1);
    }

    @Test
    void onlyTheSecretariatGetsThemAndBadRequestsAreClear() {
        assertThat(list("attendees.csv", null).statusCode()).isEqualTo(401);
        String focal = accounts.tokenFor(Role.FOCAL_POINT, towns.get(0));
        assertThat(list("attendees.csv", focal).statusCode()).isEqualTo(403);
        assertThat(list("sign-in-sheet.pdf", accounts.tokenFor(Role.PARTNER, null)).statusCode()).isEqualTo(403);
        assertThat(audited("lists.attendees.csv") + audited("lists.sign-in-sheet.pdf")).as("refusals read nothing").isZero();

        var unknown = fx.http.get("/api/v1/meetings/no-such-meeting/attendees.csv", InvitationFixture.TOKEN,
                "Accept-Language", "en");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        var badLanguage = fx.http.get("/api/v1/meetings/" + meeting + "/badges.pdf?lang=xx", InvitationFixture.TOKEN);
        assertThat(badLanguage.statusCode()).isEqualTo(400);
        assertThat(badLanguage.body()).contains("lang");
    }
}
