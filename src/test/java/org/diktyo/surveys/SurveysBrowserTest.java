package org.diktyo.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.diktyo.Browser;
import org.diktyo.DatabaseEngine;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * In Chromium, with the keyboard and without JavaScript of the platform's own: Athens' focal
 * point answers a survey (a wrong answer first, shown beside its question), and the secretariat
 * reads the demo's results of 2026, drawn as SVG with their tables. axe finds nothing serious at
 * 360 px or 1,280; screenshots go to {@code target/surefire-reports/screenshots}.
 */
@DatabaseTest
@Tag("browser")
class SurveysBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFocalPointAnswersAndTheSecretariatReadsTheResults() throws Exception {
        String id = new SurveyFixture(new Http(port), json).open("Έρευνα στον φυλλομετρητή", 10);
        try (Browser browser = Browser.open(port, 360)) {
            signIn(browser, "athens@diktyo.example");
            browser.get("/account/surveys/" + id);
            assertThat(browser.heading()).isEqualTo("Έρευνα στον φυλλομετρητή");
            browser.axe();
            browser.driver.findElement(By.id("f-q1")).click();
            browser.driver.findElement(By.id("f-q3-4")).click();
            browser.driver.findElement(By.id("f-q4")).sendKeys("δώδεκα");
            browser.driver.findElement(By.id("save-answers")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertThat(browser.driver.findElement(By.id("error-summary")).getText()).contains("Γράψτε έναν αριθμό");
            browser.axe();
            screenshot(browser, "survey-answer-errors");
            browser.driver.findElement(By.id("f-q2")).click();
            browser.driver.findElement(By.id("f-q4")).clear();
            browser.driver.findElement(By.id("f-q4")).sendKeys("12", Keys.ENTER);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answered-at")));
            browser.axe();
            browser.layoutWidth(1280);
            browser.axe();
            screenshot(browser, "survey-answered");
            browser.assertAccessible("A focal point answers a survey");
        }
        assertThat(jdbc.queryForObject("select answer from survey_answer where survey_id = ? and municipality_id = 'athens'"
                + " and ordinal = 4", String.class, id)).isEqualTo("12");

        String demo = jdbc.queryForObject("select id from survey where title_el = 'Έρευνα αναγκών 2026'", String.class);
        try (Browser browser = Browser.open(port, 360)) {
            signIn(browser, "secretariat@diktyo.example");
            browser.get("/account/surveys/" + demo + "/results");
            assertThat(browser.driver.findElements(By.cssSelector("svg[role=img]"))).hasSize(3);
            browser.axe();
            screenshot(browser, "survey-results-360");
            browser.layoutWidth(1280);
            browser.axe();
            screenshot(browser, "survey-results-1280");
            browser.get("/admin/surveys/" + demo);
            browser.axe();
            browser.get("/admin/surveys");
            browser.axe();
            browser.assertAccessible("The secretariat reads a survey's results");
        }
    }

    private static void screenshot(Browser browser, String name) throws Exception {
        Path dir = Path.of("target", "surefire-reports", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + "-" + DatabaseEngine.name() + ".png"),
                ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void signIn(Browser browser, String email) {
        browser.get("/signin");
        browser.driver.findElement(By.id("email")).sendKeys(email);
        browser.driver.findElement(By.id("password")).sendKeys("diktyo-demo", Keys.ENTER);
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
    }
}
