package org.diktyo.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.diktyo.Browser;
import org.diktyo.DatabaseEngine;
import org.diktyo.DatabaseTest;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The map and the dashboard in Chromium: the map's 18 members drawn and listed, the dashboard's
 * charts with their tables, both in Greek and English; axe-core finds no serious or critical
 * violation; screenshots of each page at 1,280 and 360 pixels go into the test reports
 * ({@code target/surefire-reports/insights-*.png}).
 */
@DatabaseTest
@Tag("browser")
class InsightsBrowserTest {

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
    void theMapAndTheDashboardReadWellAndPassAxe() throws IOException {
        browser = Browser.open(port);
        browser.get("/network");
        assertThat(browser.heading()).isEqualTo("Ο χάρτης του Δικτύου");
        assertThat(browser.driver.findElements(By.cssSelector("#network-map svg .map-member"))).hasSizeGreaterThanOrEqualTo(18);
        assertThat(browser.driver.findElements(By.cssSelector("#map-table tbody tr"))).hasSize(18);
        browser.axe();
        screenshots("network");
        browser.get("/network?candidates=true&lang=en");
        assertThat(browser.heading()).isEqualTo("The Network on the map");
        browser.axe();
        browser.get("/?lang=el");
        assertThat(browser.driver.findElement(By.cssSelector("img.dk-map-small")).getAttribute("alt")).contains("18");
        browser.axe();

        browser.get("/signin");
        browser.driver.findElement(By.id("email")).sendKeys("secretariat@diktyo.example");
        browser.driver.findElement(By.id("password")).sendKeys(TestAccounts.demoPassword(), Keys.ENTER);
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
        browser.get("/admin");
        assertThat(browser.heading()).isEqualTo("Πίνακας ελέγχου του Δικτύου");
        assertThat(browser.driver.findElements(By.cssSelector("svg.bar-chart[role=img] title"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("table.chart-table caption"))).isNotEmpty();
        browser.axe();
        screenshots("dashboard");
        browser.get("/admin?year=2024&lang=en");
        assertThat(browser.heading()).isEqualTo("The Network's dashboard");
        browser.axe();
        browser.get("/admin/reports?lang=el");
        assertThat(browser.heading()).isEqualTo("Έκθεση δραστηριότητας");
        browser.axe();
        screenshots("reports");
        browser.assertAccessible("Insights");
    }

    void screenshots(String name) throws IOException {
        Path dir = Path.of("target/surefire-reports");
        Files.createDirectories(dir);
        for (int width : new int[] {1280, 360}) {
            browser.layoutWidth(width);
            byte[] png = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve("insights-" + name + "-" + width + "-" + DatabaseEngine.name() + ".png"), png);
        }
        browser.layoutWidth(1280);
    }
}
