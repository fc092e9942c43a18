package org.diktyo.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.diktyo.Browser;
import org.diktyo.DatabaseTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secretariat's funnel board and a case's page in Chromium, at 360 and 1,280 px, with axe: the
 * demo's cases in their columns, Drama marked overdue, a card reached and opened with the
 * keyboard; Xanthi's timeline holds its answer to the invitation of the meeting of 17 June 2024 and
 * its presence there, which the invitations module's events added; a stage moved with the form.
 */
@DatabaseTest
@Tag("browser")
class AccessionBoardBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBoardAndACaseAreReadableAndWorkByKeyboard() throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jdbc.queryForObject("select count(*) from accession_activity where kind = 'MEETING_ATTENDED'", Integer.class) == 0
                && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        try (Browser browser = Browser.open(port, 1280)) {
            browser.get("/signin");
            browser.driver.findElement(By.id("email")).sendKeys("secretariat@diktyo.example");
            browser.driver.findElement(By.id("password")).sendKeys("diktyo-demo", Keys.ENTER);
            browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
            browser.get("/admin/accession");
            assertThat(browser.heading()).isEqualTo("Διαδικασίες ένταξης");
            String board = browser.driver.findElement(By.className("dk-board")).getText();
            assertThat(board).contains("Δήμος Σερρών", "Δήμος Δράμας", "Δήμος Ξάνθης", "Εκπρόθεσμο");
            browser.axe();
            browser.layoutWidth(360);
            browser.axe();
            browser.layoutWidth(1280);

            WebElement xanthi = browser.driver.findElement(By.linkText("Δήμος Ξάνθης"));
            for (int i = 0; i < 200 && !xanthi.equals(browser.driver.switchTo().activeElement()); i++) {
                browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            }
            assertThat(browser.driver.switchTo().activeElement()).as("the card is reached by keyboard").isEqualTo(xanthi);
            browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.wait.until(ExpectedConditions.urlContains("/admin/accession/"));
            String timeline = browser.driver.findElement(By.id("timeline")).findElement(By.xpath("following-sibling::ol"))
                    .getText();
            assertThat(timeline).contains("17 Ιουνίου 2024", "Παρουσία σε συνάντηση", "Απάντηση σε πρόσκληση συνάντησης",
                    "5 Ιουνίου 2024", "Υποψήφιο μέλος");
            browser.axe();
            browser.layoutWidth(360);
            browser.axe();

            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("f-to"))).selectByValue("ON_HOLD");
            browser.driver.findElement(By.id("f-reason")).sendKeys("Αναμονή μετά τις εκλογές.");
            browser.driver.findElement(By.cssSelector("form[action$='/advance'] button[type=submit]")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("govuk-summary-list"),
                    "Σε αναμονή"));
            browser.axe();
            browser.assertAccessible("Accession board and case");
        }
        assertThat(jdbc.queryForObject("select status from municipality where id = 'xanthi'", String.class))
                .as("on hold, still a candidate").isEqualTo("CANDIDATE");
    }
}
