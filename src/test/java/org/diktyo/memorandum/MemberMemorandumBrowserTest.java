package org.diktyo.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import org.diktyo.Browser;
import org.diktyo.Http;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * Heraklion's focal point, in Chromium at 360 px: signs in, follows the navigation to its
 * memorandum page, reads the next step and opens the adoption form with the keyboard; axe finds
 * nothing serious on either page, at 360 px as at 1,280.
 */
@MemorandumClockTest
@Tag("browser")
class MemberMemorandumBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    TestAccounts accounts;

    @Test
    void aFocalPointFindsItsNextStepAndTheAdoptionForm() throws Exception {
        MemorandumFixture fixture = new MemorandumFixture(new Http(port), json);
        fixture.frozen();
        String email = accounts.userFor(Role.FOCAL_POINT, "heraklion");
        try (Browser browser = Browser.open(port, 360)) {
            browser.get("/signin");
            browser.driver.findElement(By.id("email")).sendKeys(email);
            browser.driver.findElement(By.id("password")).sendKeys("secret-password", Keys.ENTER);
            browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
            browser.get("/");
            String href = browser.driver.findElement(By.cssSelector("a[href='/account/municipality/memorandum']"))
                    .getAttribute("href");
            browser.driver.get(href);
            assertThat(browser.heading()).isEqualTo("Το Μνημόνιο Συνεργασίας και ο Δήμος σας");
            assertThat(browser.driver.findElement(By.id("next-step")).getText()).startsWith("Βήμα 1: απόφαση Δημοτικού Συμβουλίου");
            browser.axe();
            browser.layoutWidth(1280);
            browser.axe();
            browser.layoutWidth(360);
            browser.driver.findElement(By.id("adoption-form")).sendKeys(Keys.ENTER);
            browser.wait.until(ExpectedConditions.urlContains("/memorandum/adopt/"));
            assertThat(browser.heading()).startsWith("Υιοθέτηση:");
            browser.axe();
            browser.assertAccessible("A focal point's memorandum page");
        } finally {
            fixture.noOpenVersion();
        }
    }
}
