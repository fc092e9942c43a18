package org.diktyo.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.Browser;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * "Join the network" on H2 and PostgreSQL, in a context of its own whose limit is 10 requests
 * per client address an hour (the API's requests come "through a proxy" from an address of their
 * own, {@code X-Forwarded-For}, so that the browser's requests do not count against them): in Chromium (the form is a plain form, no script needed; axe at
 * 360 and 1,280 px), a mistake shows Greek messages next to the fields and keeps what was typed;
 * a valid request waits for its link; a second one for the same municipality and address is
 * refused politely; the link confirms it and opens the case at INTERESTED; used again, 410. Over
 * the API, a filled honeypot writes nothing, an unknown municipality is a 400 naming it; the 11th
 * request from one address within the hour gets 429.
 */
@DatabaseTest
@TestPropertySource(properties = {"diktyo.network.join-per-address=10", "diktyo.network.join-refill=1h",
        "spring.datasource.hikari.maximum-pool-size=3", "diktyo.trusted-proxies=127.0.0.1,::1"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JoinTest {

    static final Pattern LINK = Pattern.compile("/join/confirm/([A-Za-z0-9_-]{43})");
    static final String[] CLIENT = {"X-Forwarded-For", "203.0.113.9"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    @Order(1)
    void aMunicipalityAsksToJoinInChromiumAndConfirmsByItsLink() throws Exception {
        try (Browser browser = Browser.open(port, 360)) {
            browser.get("/join");
            assertThat(browser.heading()).isEqualTo("Ένταξη στο Δίκτυο");
            browser.axe();
            new Select(browser.driver.findElement(By.id("f-municipalityId"))).selectByValue("arta");
            type(browser, "f-fullName", "Ελένη Ιωάννου");
            type(browser, "f-email", "not-an-address");
            browser.driver.findElement(By.cssSelector("form[action='/join'] button[type=submit]")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
            assertThat(browser.driver.findElement(By.className("govuk-error-summary")).getText())
                    .contains("Συμπληρώστε τη θέση σας.", "Για να σταλεί το αίτημα χρειάζεται η συγκατάθεσή σας.");
            assertThat(browser.driver.findElement(By.id("f-position-error")).getText()).contains("Συμπληρώστε τη θέση σας.");
            assertThat(browser.driver.findElement(By.id("f-fullName")).getAttribute("value")).isEqualTo("Ελένη Ιωάννου");
            browser.axe();

            type(browser, "f-email", "eleni@arta.example");
            type(browser, "f-position", "Αντιδήμαρχος Κοινωνικής Πολιτικής");
            browser.driver.findElement(By.id("f-consent")).click();
            browser.driver.findElement(By.cssSelector("form[action='/join'] button[type=submit]")).click();
            browser.wait.until(ExpectedConditions.urlContains("/join/sent"));
            assertThat(browser.heading()).isEqualTo("Ελέγξτε το ηλεκτρονικό σας ταχυδρομείο");
            browser.axe();

            browser.get("/join");
            new Select(browser.driver.findElement(By.id("f-municipalityId"))).selectByValue("arta");
            type(browser, "f-fullName", "Ελένη Ιωάννου");
            type(browser, "f-position", "Αντιδήμαρχος");
            type(browser, "f-email", "ELENI@arta.example");
            browser.driver.findElement(By.id("f-consent")).click();
            int requests = count("join_request");
            browser.driver.findElement(By.cssSelector("form[action='/join'] button[type=submit]")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
            assertThat(browser.driver.findElement(By.className("govuk-error-summary")).getText())
                    .contains("Έχουμε ήδη λάβει αίτημα για αυτόν τον δήμο από αυτή τη διεύθυνση");
            assertThat(count("join_request")).as("the second request is not kept").isEqualTo(requests);
            browser.layoutWidth(1280);
            browser.axe();

            String mail = jdbc.queryForList("select body_text from mail_outbox where purpose = 'accession-join'"
                    + " and recipient = 'eleni@arta.example' order by id desc", String.class).get(0);
            assertThat(mail).contains("Δήμος Αρταίων");
            Matcher link = LINK.matcher(mail);
            assertThat(link.find()).isTrue();
            int confirmed = count("join_request where state = 'CONFIRMED'");
            browser.get("/join/confirm/" + link.group(1));
            assertThat(browser.heading()).isEqualTo("Επιβεβαίωση του αιτήματος ένταξης");
            browser.axe();
            assertThat(count("join_request where state = 'CONFIRMED'")).as("opening the link confirms nothing")
                    .isEqualTo(confirmed);
            browser.driver.findElement(By.cssSelector("form[action='/join/confirm/" + link.group(1) + "'] button")).click();
            browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Το αίτημα επιβεβαιώθηκε"));
            assertThat(browser.heading()).isEqualTo("Το αίτημα επιβεβαιώθηκε");
            browser.axe();
            assertThat(jdbc.queryForObject("select stage from accession_case where municipality_id = 'arta'"
                    + " and closed_on is null", String.class)).isEqualTo("INTERESTED");
            assertThat(jdbc.queryForObject("select count(*) from accession_activity a join accession_case c on c.id = a.case_id"
                    + " where c.municipality_id = 'arta' and a.kind = 'EXPRESSION_OF_INTEREST_RECEIVED'", Integer.class))
                    .isEqualTo(1);
            assertThat(new Http(port).get("/join/confirm/" + link.group(1), null).statusCode()).as("a used link").isEqualTo(410);
            browser.assertAccessible("Join the network");
        }
    }

    @Test
    @Order(2)
    void theApiRefusesMistakesWritesNothingForARobotAndLimitsEachAddress() {
        Http http = new Http(port);
        String valid = """
                {"municipalityId":"%s","fullName":"Νίκος Παπάς","position":"Δήμαρχος","email":"%s","message":"",
                 "consent":true,"website":""}""";
        int requests = count("join_request");
        int mails = count("mail_outbox");
        int sent = 0;
        HttpResponse<String> robot = http.send("POST", "/api/v1/join", null,
                valid.formatted("preveza", "robot@example.org").replace("\"website\":\"\"", "\"website\":\"http://spam\""),
                CLIENT);
        sent++;
        assertThat(robot.statusCode()).isEqualTo(202);
        HttpResponse<String> unknown = http.send("POST", "/api/v1/join", null, valid.formatted("atlantis", "a@example.org"),
                CLIENT);
        sent++;
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("municipalityId", "Ο δήμος δεν υπάρχει στο μητρώο");
        assertThat(count("join_request")).as("nothing kept").isEqualTo(requests);
        assertThat(count("mail_outbox")).as("nothing mailed").isEqualTo(mails);

        while (sent < 10) {
            HttpResponse<String> r = http.send("POST", "/api/v1/join", null, valid.formatted("preveza", "n" + sent + "@example.org"),
                    CLIENT);
            assertThat(r.statusCode()).as("request " + (sent + 1) + ": " + r.body()).isEqualTo(202);
            sent++;
        }
        HttpResponse<String> eleventh = http.send("POST", "/api/v1/join", null, valid.formatted("preveza", "late@example.org"),
                CLIENT);
        assertThat(eleventh.statusCode()).as(eleventh.body()).isEqualTo(429);
        assertThat(eleventh.headers().firstValue("Retry-After")).isPresent();
        assertThat(eleventh.body()).contains("Στάλθηκαν πολλά αιτήματα");
        assertThat(http.get("/join", null).statusCode()).as("the form can still be read").isEqualTo(200);
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
