package org.diktyo.memorandum;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.Browser;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * A mayor's office opens its adoption link in Chromium, without an account: types the decision
 * as people write it, is told what is wrong with a two-digit year, corrects it, uploads the
 * signed PDF; axe finds nothing serious on any of these pages, at 360 px as at 1,280.
 */
@DatabaseTest
@Tag("browser")
class AdoptionBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMayorsOfficeAdoptsThroughItsLinkWithKeyboardAndNoAccount() throws Exception {
        Http http = new Http(port);
        MemorandumFixture fixture = new MemorandumFixture(http, json);
        int n = fixture.frozen();
        fixture.ok(http.send("POST", "/api/v1/memorandum/versions/" + n + "/adoption-requests", TestAccounts.demoToken(),
                null), 200);
        String mail = jdbc.queryForList("select body_text from mail_outbox where purpose = 'memorandum-adoption'"
                + " and reference = ? order by id desc", String.class, n + "/thessaloniki").get(0);
        Matcher link = Pattern.compile("/memorandum/adopt/([A-Za-z0-9_-]{43})").matcher(mail);
        assertThat(link.find()).isTrue();
        Path pdf = Files.createTempFile("απόφαση", ".pdf");
        try (var in = getClass().getResourceAsStream("/demo/memorandum-axes.pdf")) {
            Files.write(pdf, in.readAllBytes());
        }

        try (Browser browser = Browser.open(port, 360)) {
            browser.get("/memorandum/adopt/" + link.group(1));
            assertThat(browser.heading()).startsWith("Υιοθέτηση:");
            browser.axe();
            type(browser, "f-decisionNumber", "Αρ. 45/24");
            date(browser, "f-decisionDate");
            type(browser, "f-signatoryName", "Στέλιος Αγγελούδης");
            date(browser, "f-signedOn");
            browser.driver.findElement(By.id("save-decision")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
            assertThat(browser.driver.findElement(By.className("govuk-error-summary")).getText())
                    .contains("Γράψτε το έτος με τέσσερα ψηφία");
            assertThat(browser.driver.findElement(By.id("f-signatoryName")).getAttribute("value")).isEqualTo("Στέλιος Αγγελούδης");
            browser.axe();

            WebElement number = browser.driver.findElement(By.id("f-decisionNumber"));
            number.clear();
            number.sendKeys("45", Keys.ENTER);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-file")));
            assertThat(browser.driver.findElement(By.id("adoption-state")).getText())
                    .contains("45/" + Today.inAthens().getYear());
            browser.axe();
            browser.driver.findElement(By.id("f-file")).sendKeys(pdf.toString());
            browser.driver.findElement(By.id("upload-copy")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("copy-received")));
            assertThat(browser.driver.findElement(By.id("adoption-state")).getText()).contains("Υπογεγραμμένο αντίγραφο στάλθηκε");
            browser.axe();
            browser.layoutWidth(1280);
            browser.axe();
            browser.assertAccessible("Adoption by personal link");
        } finally {
            Files.deleteIfExists(pdf);
            fixture.noOpenVersion();
        }
        assertThat(jdbc.queryForObject("select state from memorandum_adoption where version_number = ?"
                + " and municipality_id = 'thessaloniki'", String.class, n)).isEqualTo("SIGNED");
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Today in a date field, set as a browser's date picker would (the value, in ISO form). */
    private static void date(Browser browser, String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, Today.inAthens().toString());
    }
}
