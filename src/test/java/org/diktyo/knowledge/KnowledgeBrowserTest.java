package org.diktyo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.diktyo.Browser;
import org.diktyo.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The knowledge pages in Chromium with axe-core: a search typed into the box, a theme ticked and
 * the GET form sent with its button (the pages have no script of their own), a result with its
 * marked words, an entry's page; then signed in as the secretariat, the review queue and the form
 * of a new challenge. Serious and critical axe violations fail the test. With JavaScript turned
 * off, a search, a funding facet ticked and an entry's page with its funding work the same.
 */
@DatabaseTest
@Tag("browser")
class KnowledgeBrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aReaderSearchesFiltersAndReadsAndTheSecretariatReviews() throws IOException {
        browser = Browser.open(port);
        var driver = browser.driver;
        browser.get("/practices");
        assertThat(browser.heading()).isEqualTo("Καλές πρακτικές");
        browser.axe();

        driver.findElement(By.id("q")).sendKeys("ενταξη", Keys.ENTER);
        browser.wait.until(ExpectedConditions.urlContains("q="));
        assertThat(driver.findElements(By.cssSelector(".dk-result mark"))).isNotEmpty();
        browser.axe();

        driver.findElement(By.cssSelector("label[for='facet-theme-KEM']")).click();
        driver.findElement(By.cssSelector("form[role=search] .govuk-button--secondary")).click();
        browser.wait.until(ExpectedConditions.urlContains("theme=KEM"));
        assertThat(driver.findElement(By.id("facet-theme-KEM")).isSelected()).isTrue();
        assertThat(driver.findElements(By.cssSelector(".dk-result"))).as("the demo's three KEM practices on integration")
                .hasSize(3);
        browser.axe();

        driver.findElement(By.cssSelector(".dk-result a")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entry-facts")));
        browser.axe();

        browser.get("/challenges?lang=en");
        assertThat(browser.heading()).isEqualTo("Challenges");
        browser.axe();

        browser.get("/signin");
        driver.findElement(By.id("email")).sendKeys("secretariat@diktyo.example");
        driver.findElement(By.id("password")).sendKeys(org.diktyo.accounts.TestAccounts.demoPassword(), Keys.ENTER);
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
        browser.get("/admin/knowledge/review?lang=el");
        assertThat(browser.heading()).isEqualTo("Καταχωρίσεις προς έλεγχο");
        browser.axe();
        browser.get("/account/knowledge");
        browser.axe();
        browser.get("/account/knowledge/new?kind=CHALLENGE");
        driver.findElement(By.cssSelector("form[action='/account/knowledge'] button[type='submit']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
        browser.axe();
        browser.assertAccessible("Knowledge journey");
    }

    @Test
    void theSearchAndItsFacetsWorkWithJavaScriptTurnedOff() throws IOException {
        browser = Browser.withoutJavaScript(port);
        var driver = browser.driver;
        driver.get("data:text/html,<title>off</title><script>document.title='on'</script>");
        assertThat(driver.getTitle()).as("JavaScript is really off").isEqualTo("off");
        browser.get("/practices");
        driver.findElement(By.id("q")).sendKeys("ΚΕΜ", Keys.ENTER);
        browser.wait.until(ExpectedConditions.urlContains("q="));
        int all = driver.findElements(By.cssSelector(".dk-result")).size();
        assertThat(all).isPositive();
        driver.findElement(By.cssSelector("label[for='facet-funding-NSRF']")).click();
        driver.findElement(By.cssSelector("form[role=search] .govuk-button--secondary")).click();
        browser.wait.until(ExpectedConditions.urlContains("funding=NSRF"));
        assertThat(driver.findElement(By.id("facet-funding-NSRF")).isSelected()).isTrue();
        assertThat(driver.findElements(By.cssSelector(".dk-result"))).isNotEmpty().hasSizeLessThanOrEqualTo(all);
        assertThat(driver.findElements(By.cssSelector("input[name=region]"))).as("the region facet counts").isNotEmpty();
        driver.findElement(By.cssSelector(".dk-result a")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("funding")));
        assertThat(driver.findElement(By.id("funding")).getText()).isEqualTo("Χρηματοδότηση");
    }
}
