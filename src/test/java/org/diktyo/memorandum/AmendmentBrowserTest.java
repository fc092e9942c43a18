package org.diktyo.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import org.diktyo.Browser;
import org.diktyo.Http;
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
 * Athens' focal point proposes an amendment in Chromium with the keyboard only: from the version
 * to the clause, to the form (a script refused and the text kept), to the draft, submitted, and a
 * comment; the secretariat accepts it from its board. axe finds nothing serious on any of these
 * pages, at 360 px as at 1,280.
 */
@MemorandumTest
@Tag("browser")
class AmendmentBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFocalPointProposesByKeyboardAndTheSecretariatAccepts() throws Exception {
        MemorandumFixture fixture = new MemorandumFixture(new Http(port), json);
        int n = fixture.inConsultation();
        try {
            try (Browser browser = Browser.open(port, 360)) {
                signIn(browser, "athens@diktyo.example");
                browser.get("/memorandum/versions/" + n);
                enter(browser, By.id("drafting-preamble"));
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clause-text")));
                browser.axe();
                enter(browser, By.id("propose"));
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-textEl")));
                browser.axe();
                WebElement text = browser.driver.findElement(By.id("f-textEl"));
                text.clear();
                text.sendKeys("<script>alert(1)</script>");
                browser.driver.findElement(By.id("f-justification")).sendKeys("Για σαφήνεια.");
                browser.driver.findElement(By.id("cosponsor-thessaloniki")).sendKeys(Keys.SPACE);
                enter(browser, By.id("propose-save"));
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
                assertThat(browser.driver.findElement(By.className("govuk-error-summary")).getText())
                        .contains("HTML");
                assertThat(browser.driver.findElement(By.id("f-justification")).getAttribute("value")).isEqualTo("Για σαφήνεια.");
                browser.axe();
                text = browser.driver.findElement(By.id("f-textEl"));
                text.clear();
                text.sendKeys("Το δίκτυο ενώνει δήμους για την ένταξη προσφύγων και μεταναστών.");
                enter(browser, By.id("propose-save"));
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-amendment")));
                browser.axe();
                enter(browser, By.id("submit-amendment"));
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("amendment-state"), "υποβλήθηκε"));
                browser.driver.findElement(By.id("f-body")).sendKeys("Η διατύπωση συμφωνήθηκε με τη Θεσσαλονίκη.");
                enter(browser, By.id("comment-send"));
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), "συμφωνήθηκε"));
                browser.axe();
                browser.layoutWidth(1280);
                browser.axe();
                browser.assertAccessible("Amendment by a focal point");
            }
            try (Browser browser = Browser.open(port, 1280)) {
                signIn(browser, "secretariat@diktyo.example");
                browser.get("/admin/memorandum/versions/" + n + "/amendments");
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
                browser.axe();
                browser.driver.findElement(By.cssSelector("#board input[name=reference]")).sendKeys("ΕΔ 4/2026", Keys.ENTER);
                browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#board input[name=reference]"), 0));
                assertThat(browser.driver.findElement(By.cssSelector("#board tbody strong.govuk-tag")).getText())
                        .isEqualTo("έγινε δεκτή");
                browser.axe();
                browser.layoutWidth(360);
                browser.axe();
                browser.assertAccessible("Amendment board of the secretariat");
            }
        } finally {
            fixture.noOpenVersion();
        }
        String textId = jdbc.queryForObject("select text_id from memorandum_version where number = ?", String.class, n);
        assertThat(jdbc.queryForObject("select state from drafting_amendment where text_id = ? and municipality_id = 'athens'",
                String.class, textId)).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject("select count(*) from drafting_comment where text_id = ?", Integer.class, textId))
                .isEqualTo(1);
    }

    private static void enter(Browser browser, By by) {
        browser.driver.findElement(by).sendKeys(Keys.ENTER);
    }

    private static void signIn(Browser browser, String email) {
        browser.get("/signin");
        browser.driver.findElement(By.id("email")).sendKeys(email);
        browser.driver.findElement(By.id("password")).sendKeys("diktyo-demo", Keys.ENTER);
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
    }
}
