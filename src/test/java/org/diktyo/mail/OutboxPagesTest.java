package org.diktyo.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.diktyo.Browser;
import org.diktyo.DatabaseTest;
import org.diktyo.TestSmtp;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The secretariat's outbox page and the demo mailbox in a real browser, checked by axe: a
 * message refused by the relay shows as failed with the reason and is sent again from the
 * page; the demo mailbox lists attachments by name and size and downloads them intact. Other
 * roles are refused the outbox.
 */
@DatabaseTest
@Tag("browser")
class OutboxPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void onlyTheSecretariatOpensTheOutbox() throws Exception {
        assertThat(mvc.perform(get("/admin/outbox")).andReturn().getResponse().getRedirectedUrl()).endsWith("/signin");
        for (Role role : List.of(Role.PARTNER, Role.FOCAL_POINT)) {
            String email = accounts.userFor(role, role == Role.FOCAL_POINT ? "athens" : null);
            var asUser = user(email).roles(role.name());
            assertThat(mvc.perform(get("/admin/outbox").with(asUser)).andReturn().getResponse().getStatus())
                    .as(role.name()).isEqualTo(403);
            assertThat(mvc.perform(post("/admin/outbox/1/retry").with(asUser).with(csrf())).andReturn().getResponse()
                    .getStatus()).isEqualTo(403);
        }
    }

    @Test
    void theSecretariatSeesAFailureAndSendsItAgainAndTheDemoMailboxDownloadsAttachments() throws Exception {
        // The refusing relay stays up to the end, so that nothing this test queued is left to be delivered later.
        try (RefusingRelay relay = new RefusingRelay(TestSmtp.port())) {
            long failed = outbox.queue(new OutgoingMail("nobody@pages-refused.test", List.of(), "Ανεπίδοτη πρόσκληση",
                    "Κείμενο.", null, List.of(), "pages-test", "pages-failed"));
            assertThat(Mailboxes.await(Duration.ofSeconds(20),
                    () -> outbox.entry(failed).orElseThrow().status() == DeliveryStatus.FAILED)).isTrue();
            browse(failed);
            assertThat(Mailboxes.await(Duration.ofSeconds(20), () -> outbox.byReference("pages-failed").stream()
                    .allMatch(e -> e.status() == DeliveryStatus.FAILED))).isTrue();
        }
    }

    private void browse(long failed) throws Exception {
        byte[] pdf = GreekMessageTest.pdf();
        long withFiles = outbox.queue(new OutgoingMail("mayor@pages.test", List.of("focal@pages.test"),
                "Πρόσκληση με συνημμένα", "Κείμενο με συνημμένα.", null,
                List.of(new OutgoingMail.Attachment(GreekMessageTest.PDF_NAME, "application/pdf", pdf),
                        new OutgoingMail.Attachment(GreekMessageTest.ICS_NAME, "text/calendar", GreekMessageTest.ics())),
                "pages-files", "pages-files"));

        try (Browser browser = Browser.open(port)) {
            WebDriver driver = browser.driver;
            browser.get("/signin");
            driver.findElement(By.id("email")).sendKeys("secretariat@diktyo.example");
            driver.findElement(By.id("password")).sendKeys(TestAccounts.demoPassword(), Keys.ENTER);
            browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));

            driver.findElement(By.linkText("Εξερχόμενη αλληλογραφία")).click();
            browser.wait.until(ExpectedConditions.urlToBe(browser.url("/admin/outbox")));
            assertThat(browser.heading()).isEqualTo("Εξερχόμενη αλληλογραφία");
            browser.axe();

            new Select(driver.findElement(By.id("status"))).selectByValue("FAILED");
            new Select(driver.findElement(By.id("purpose"))).selectByValue("pages-test");
            driver.findElement(By.cssSelector("form[role=search] button")).click();
            browser.wait.until(ExpectedConditions.urlContains("status=FAILED"));
            WebElement row = driver.findElement(By.id("message-" + failed));
            assertThat(row.getText()).contains("nobody@pages-refused.test", "Ανεπίδοτη πρόσκληση", "Απέτυχε",
                    "Ο διακομιστής αλληλογραφίας απέρριψε τη διεύθυνση του παραλήπτη.", "550 5.1.1");
            assertThat(driver.findElements(By.id("message-" + withFiles))).as("another purpose: filtered out").isEmpty();
            browser.axe();

            java.time.Instant triedAt = outbox.entry(failed).orElseThrow().lastAttemptAt();
            row.findElement(By.cssSelector("button[type=submit]")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-notification-banner")));
            assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                    .contains("Το μήνυμα μπήκε ξανά στην ουρά αποστολής.");
            assertThat(Mailboxes.await(Duration.ofSeconds(20),
                    () -> outbox.entry(failed).orElseThrow().lastAttemptAt().isAfter(triedAt))).as("tried again").isTrue();
            browser.axe();

            browser.get("/demo/mail");
            assertThat(browser.heading()).isEqualTo("Γραμματοκιβώτιο επίδειξης");
            WebElement article = driver.findElement(By.id("mail-" + withFiles));
            assertThat(article.getText()).contains("Πρόσκληση με συνημμένα", "mayor@pages.test", "focal@pages.test",
                    GreekMessageTest.PDF_NAME, GreekMessageTest.ICS_NAME, (pdf.length + 1023) / 1024 + " KB");
            browser.axe();
            article.findElement(By.linkText(GreekMessageTest.PDF_NAME)).click();
            Path downloaded = browser.downloads().resolve(GreekMessageTest.PDF_NAME);
            assertThat(Mailboxes.await(Duration.ofSeconds(20), () -> Files.exists(downloaded)
                    && sizeOf(downloaded) == pdf.length)).as("downloaded %s", downloaded).isTrue();
            assertThat(Files.readAllBytes(downloaded)).isEqualTo(pdf);

            browser.get("/?lang=en");
            browser.get("/admin/outbox?status=SENT");
            assertThat(browser.heading()).isEqualTo("Outgoing mail");
            browser.axe();
            browser.assertAccessible("Outbox and demo mailbox");
        }
        assertThat(Mailboxes.await(Duration.ofSeconds(20),
                () -> outbox.entry(withFiles).orElseThrow().status() == DeliveryStatus.FAILED)).isTrue();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
