package org.diktyo.positions;

import static org.assertj.core.api.Assertions.assertThat;

import org.diktyo.Browser;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * In Chromium, with the keyboard: Athens' focal point signs a position from its list; the
 * secretariat closes the signatures and sends it with a protocol number; the public page shows
 * the sent position; the secretariat creates a position on its form (a field missing, then
 * fixed). axe finds nothing serious on any of these pages, at 360 px as at 1,280.
 */
@DatabaseTest
@Tag("browser")
class PositionsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFocalPointSignsTheSecretariatSendsThePublicReads() throws Exception {
        String id = new PositionFixture(new Http(port), json).open(10, 1);
        try (Browser browser = Browser.open(port, 360)) {
            signIn(browser, "athens@diktyo.example");
            browser.get("/account/positions");
            assertThat(browser.heading()).isEqualTo("Κοινές θέσεις προς υπογραφή");
            browser.axe();
            browser.driver.findElement(By.id("sign-" + id)).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("withdraw-" + id)));
            browser.axe();
            browser.layoutWidth(1280);
            browser.axe();
            browser.assertAccessible("A focal point signs a joint position");
        }
        assertThat(jdbc.queryForObject("select state from joint_position_signature where position_id = ?"
                + " and municipality_id = 'athens'", String.class, id)).isEqualTo("VALID");

        try (Browser browser = Browser.open(port, 360)) {
            signIn(browser, "secretariat@diktyo.example");
            browser.get("/admin/positions/" + id);
            browser.axe();
            browser.driver.findElement(By.id("close")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-protocolNo")));
            browser.axe();
            browser.driver.findElement(By.id("f-protocolNo")).sendKeys("4321", Keys.ENTER);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("position-state"), "Απεστάλη"));
            browser.axe();
            browser.get("/positions/" + id);
            browser.axe();
            browser.layoutWidth(1280);
            browser.axe();
            browser.assertAccessible("The secretariat sends a joint position");
        }
        try (Browser browser = Browser.open(port, 360)) {
            browser.get("/positions/" + id);
            assertThat(browser.driver.findElement(By.id("signatories")).getText()).contains("Δήμος Αθηναίων");
            browser.axe();
            browser.assertAccessible("The public reads a sent joint position");
        }
    }

    @Test
    void theSecretariatCreatesAPositionOnItsForm() throws Exception {
        try (Browser browser = Browser.open(port, 360)) {
            signIn(browser, "secretariat@diktyo.example");
            browser.get("/admin/positions");
            browser.driver.findElement(By.id("new-position")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-titleEl")));
            assertThat(browser.heading()).isEqualTo("Νέα κοινή θέση");
            browser.axe();
            browser.driver.findElement(By.id("f-titleEl")).sendKeys("Θέση του περιηγητή");
            browser.driver.findElement(By.id("f-textEl")).sendKeys("Ζητούμε συμμετοχή.");
            browser.driver.findElement(By.id("f-a0-body")).sendKeys("Υπουργείο Εσωτερικών");
            browser.driver.findElement(By.id("more-rows")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-a5-body")));
            assertThat(browser.driver.findElement(By.id("f-a0-body")).getAttribute("value")).isEqualTo("Υπουργείο Εσωτερικών");
            browser.driver.findElement(By.id("save")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary-title")));
            assertThat(browser.driver.findElement(By.id("f-titleEl")).getAttribute("value")).isEqualTo("Θέση του περιηγητή");
            browser.axe();
            browser.driver.findElement(By.id("f-subjectEl")).sendKeys("Συμμετοχή των δήμων");
            browser.driver.findElement(By.id("save")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit-position")));
            browser.driver.findElement(By.id("edit-position")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-a0-body")));
            browser.layoutWidth(1280);
            browser.axe();
            String sent = jdbc.queryForObject("select position_id from joint_position_response where protocol_no = ?",
                    String.class, "4567/2024");
            String answer = jdbc.queryForObject("select id from joint_position_response where protocol_no = ?",
                    String.class, "4567/2024");
            browser.get("/admin/positions/" + sent);
            browser.driver.findElement(By.id("answer-" + answer)).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-action")));
            browser.driver.findElement(By.id("f-action")).sendKeys("Ενημέρωση των δήμων", Keys.ENTER);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary-title")));
            browser.axe();
            browser.layoutWidth(360);
            browser.axe();
            String open = new PositionFixture(new Http(port), json).open(10, 1);
            browser.get("/admin/positions/" + open);
            browser.driver.findElement(By.id("upload-thessaloniki")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-file")));
            browser.axe();
            browser.get("/positions/" + open + "/changes");
            browser.axe();
            browser.assertAccessible("The secretariat creates a joint position, adds a follow-up, uploads a letter");
        }
        assertThat(jdbc.queryForObject("select count(*) from joint_position_addressee a join joint_position p"
                + " on p.id = a.position_id where p.title_el = ?", Integer.class, "Θέση του περιηγητή")).isEqualTo(1);
    }

    private static void signIn(Browser browser, String email) {
        browser.get("/signin");
        browser.driver.findElement(By.id("email")).sendKeys(email);
        browser.driver.findElement(By.id("password")).sendKeys("diktyo-demo", Keys.ENTER);
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
    }
}
