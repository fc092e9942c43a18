package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.diktyo.Browser;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * In Chromium: a mayor's office answers through its link on a 360-pixel-wide phone (two
 * delegates, a mistake first), the secretariat follows the campaign, records another
 * municipality's answer received by phone, and checks a delegate in on the day from a phone;
 * axe-core checks every page.
 */
@DatabaseTest
@Tag("browser")
class InvitationJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    Browser browser;

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    long scrollWidth(WebDriver driver) {
        long width = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        assertThat((Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).isEqualTo(360L);
        if (width > 360) {
            System.out.println("wider than 360: " + ((JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > 360)"
                            + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ');"));
        }
        return width;
    }

    @Test
    void answerOnAPhoneThenFollowTheCampaignAndCheckIn() throws IOException {
        InvitationFixture fx = new InvitationFixture(new Http(port), jdbc, json);
        String meeting = fx.meeting(30, 40);
        List<String> parts = fx.parts(meeting);
        List<String> towns = fx.municipalities(70, 2);
        String campaign = fx.campaign(meeting, towns, 2, Today.inAthens().plusDays(30), "7");
        fx.sendAndWait(campaign);
        Map<String, String> tokens = fx.tokens(campaign);

        browser = Browser.open(port, 360);
        WebDriver driver = browser.driver;
        browser.get("/r/" + tokens.get(towns.get(0)));
        assertThat(browser.heading()).startsWith("Συνάντηση Εργασίας Test");
        assertThat(scrollWidth(driver)).as("nothing wider than the phone").isLessThanOrEqualTo(360);
        browser.axe();

        driver.findElement(By.id("f-part-" + parts.get(0) + "-yes")).click();
        driver.findElement(By.id("f-part-" + parts.get(1) + "-yes")).click();
        driver.findElement(By.id("f-delegates[0].fullName")).sendKeys("Γιώργος Παπαδόπουλος");
        driver.findElement(By.id("f-delegates[0].email")).sendKeys("not-an-email");
        driver.findElement(By.id("send-reply")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Γράψτε μια έγκυρη διεύθυνση email");
        browser.axe();
        driver.findElement(By.id("f-delegates[0].email")).clear();
        driver.findElement(By.id("f-delegates[0].email")).sendKeys("g.papadopoulos@example.gr");
        driver.findElement(By.id("f-delegates[1].fullName")).sendKeys("Μαρία Ιωάννου");
        driver.findElement(By.id("f-delegates[1].needs")).sendKeys("Αμαξίδιο");
        driver.findElement(By.id("send-reply")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer")));
        assertThat(driver.findElement(By.id("answer")).getText()).contains("Γιώργος Παπαδόπουλος", "Μαρία Ιωάννου",
                "επιβεβαιώθηκε");
        assertThat(driver.findElements(By.cssSelector("#check-in-codes img"))).hasSize(2);
        assertThat(scrollWidth(driver)).isLessThanOrEqualTo(360);
        browser.axe();
        browser.get("/r/" + tokens.get(towns.get(0)) + "?lang=en");
        assertThat(driver.findElement(By.id("deadline")).getText()).contains("Please reply by");
        browser.axe();

        // The secretariat, on a desk: sign in, the campaign, one invitation, an answer by phone.
        browser.get("/signin?lang=el");
        driver.findElement(By.id("email")).sendKeys("secretariat@diktyo.example");
        driver.findElement(By.id("password")).sendKeys(TestAccounts.demoPassword());
        driver.findElement(By.id("password")).submit();
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
        browser.get("/admin/campaigns");
        assertThat(driver.findElement(By.linkText("Προσκλήσεις")).getAttribute("href")).endsWith("/admin/campaigns");
        browser.axe();
        browser.get("/admin/meetings/" + meeting + "/campaigns/new");
        browser.axe();
        browser.get("/admin/campaigns/" + campaign);
        assertThat(driver.findElement(By.id("counts")).getText()).contains("Συνάντηση εργασίας");
        assertThat(driver.findElement(By.id("progress-text")).getText()).contains("2 από 2");
        browser.axe();
        String second = jdbc.queryForObject("select id from invitation where campaign_id = ? and municipality_id = ?",
                String.class, campaign, towns.get(1));
        browser.get("/admin/invitations/" + second);
        browser.axe();
        driver.findElement(By.id("f-part-" + parts.get(0) + "-yes")).click();
        driver.findElement(By.id("f-part-" + parts.get(1) + "-no")).click();
        driver.findElement(By.id("f-delegates[0].fullName")).sendKeys("Νίκος Γεωργίου");
        driver.findElement(By.id("record-phone")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answered"), "τηλεφωνικά"));
        browser.axe();
        browser.get("/admin/campaigns/" + campaign);
        assertThat(driver.findElement(By.id("counts")).getText()).contains("30");
        assertThat(jdbc.queryForObject("select sum(seated) from invitation_part where part_id = ?", Integer.class,
                parts.get(0))).isEqualTo(3);

        // On the day, on a phone: search, mark present; the meeting's number present follows.
        browser.get("/admin/check-in/meetings/" + meeting);
        assertThat(scrollWidth(driver)).isLessThanOrEqualTo(360);
        browser.axe();
        driver.findElement(By.id("q")).sendKeys("ιωαννου");
        driver.findElement(By.id("find")).click();
        // the page before the search lists everyone already: wait for the search's own page
        browser.wait.until(ExpectedConditions.urlContains("q="));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attendees")));
        assertThat(driver.findElement(By.id("attendees")).getText()).contains("Μαρία Ιωάννου").doesNotContain("Νίκος");
        driver.findElement(By.cssSelector("#attendees form button")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("present"), "Παρόντες: 1"));
        browser.axe();
        String code = jdbc.queryForObject("select d.check_in_code from delegate d join invitation i on i.id = d.invitation_id"
                + " where i.campaign_id = ? and d.full_name = ?", String.class, campaign, "Γιώργος Παπαδόπουλος");
        driver.findElement(By.id("q")).sendKeys("http://localhost:8080/admin/check-in/" + code);
        driver.findElement(By.id("find")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mark")));
        assertThat(browser.heading()).isEqualTo("Γιώργος Παπαδόπουλος");
        browser.axe();
        driver.findElement(By.id("mark")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("is-present")));
        assertThat(driver.findElement(By.id("present")).getText()).isEqualTo("Παρόντες: 2");
        assertThat(fx.body(fx.http.get("/api/v1/meetings/" + meeting, InvitationFixture.TOKEN)).get("numberPresent").asInt())
                .isEqualTo(2);

        // The lists of the day, from the check-in page: the sign-in sheet with both confirmed delegates.
        browser.get("/admin/check-in/meetings/" + meeting);
        driver.findElement(By.cssSelector("#day-lists a[href$='sign-in-sheet.pdf']")).click();
        java.nio.file.Path sheet = browser.awaitDownload();
        assertThat(sheet.getFileName().toString()).isEqualTo("sign-in-sheet-" + meeting + "-el.pdf");
        assertThat(org.diktyo.documents.Pdfs.text(java.nio.file.Files.readAllBytes(sheet)))
                .contains("Γιώργος Παπαδόπουλος", "Μαρία Ιωάννου", "Νίκος Γεωργίου");
        browser.assertAccessible("Invitation journey");
    }
}
