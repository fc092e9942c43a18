package org.diktyo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.diktyo.Browser;
import org.diktyo.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat prepares a meeting in a real browser (Debian's headless Chromium): signs in,
 * creates a network-only meeting, adds its two parts (a mistake first), drafts the agenda —
 * adding an item with htmx, without reloading the form — publishes it, attaches a document
 * and downloads it again, byte for byte. axe-core checks every page on the way.
 */
@DatabaseTest
@Tag("browser")
class MeetingBrowserJourneyTest {

    @LocalServerPort
    int port;

    Browser browser;
    WebDriver driver;
    WebDriverWait wait;
    Path upload;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.open(port);
        driver = browser.driver;
        wait = browser.wait;
        upload = Files.createTempDirectory("diktyo-upload-").resolve("Μνημόνιο συνεργασίας 2025.pdf");
        Files.write(upload, MeetingsClient.pdf());
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (upload != null) {
            Files.deleteIfExists(upload);
            Files.deleteIfExists(upload.getParent());
        }
    }

    @Test
    void theSecretariatPreparesAMeetingWithTwoPartsAnAgendaAndADocument() throws Exception {
        long started = System.nanoTime();
        String tag = MeetingsClient.unique();

        // Sign in.
        browser.get("/signin");
        browser.axe();
        type("email", "secretariat@diktyo.example");
        driver.findElement(By.id("password")).sendKeys("diktyo-demo", Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));

        // The calendar, and a new meeting: network-only, announced.
        browser.get("/meetings");
        assertThat(browser.heading()).isEqualTo("Συναντήσεις του Δικτύου");
        browser.axe();
        driver.findElement(By.linkText("Νέα συνάντηση")).click();
        wait.until(ExpectedConditions.urlToBe(browser.url("/admin/meetings/new")));
        browser.axe();
        type("f-titleEl", "Συνάντηση Εργασίας " + tag);
        type("f-titleEn", "Working Meeting " + tag);
        type("f-hostOfficialEl", "Ο Δήμαρχος Αθηναίων, Χάρης Δούκας");
        type("f-hostOfficialEn", "The Mayor of Athens, Haris Doukas");
        new Select(driver.findElement(By.id("f-visibility"))).selectByValue("NETWORK");
        new Select(driver.findElement(By.id("f-status"))).selectByValue("ANNOUNCED");
        driver.findElement(By.id("f-titleEl")).submit();
        wait.until(ExpectedConditions.urlMatches("/admin/meetings/[0-9a-f-]{36}$"));
        String manage = driver.getCurrentUrl();
        String id = manage.substring(manage.lastIndexOf('/') + 1);
        awaitNotice("Η συνάντηση αποθηκεύτηκε.");
        browser.axe();

        // The first part, with a mistake first: it ends before it starts.
        driver.findElement(By.id("add-part")).click();
        wait.until(ExpectedConditions.urlToBe(browser.url("/admin/meetings/" + id + "/parts/new")));
        browser.axe();
        part("Συνάντηση εργασίας", "Working meeting", "20:00", "17:30", "Αίθουσα Δημοτικού Συμβουλίου",
                "City Council Hall", "2", "60");
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
        assertThat(summary.getText()).contains("Η λήξη πρέπει να είναι μετά την έναρξη.");
        browser.axe();
        setValue("f-startTime", "17:30");
        setValue("f-endTime", "20:00");
        driver.findElement(By.id("save-part")).click();
        wait.until(ExpectedConditions.urlToBe(manage));

        // The second part: the reception at 20:00, no end, answered separately.
        driver.findElement(By.id("add-part")).click();
        wait.until(ExpectedConditions.urlToBe(browser.url("/admin/meetings/" + id + "/parts/new")));
        driver.findElement(By.cssSelector("label[for='f-answeredSeparately']")).click();
        part("Δεξίωση", "Reception", "20:00", "", "Ταράτσα του Δημαρχείου", "Roof terrace of the Town Hall", "", "");
        wait.until(ExpectedConditions.urlToBe(manage));
        String parts = driver.findElement(By.id("parts")).getText();
        assertThat(parts).contains("Συνάντηση εργασίας", "17:30 – 20:00", "Δεξίωση", "στις 20:00",
                "Δευτέρα 16 Ιουνίου 2025");
        browser.axe();

        // The agenda: one item more with htmx (the form is not reloaded; the new row has the focus).
        driver.findElement(By.id("edit-agenda")).click();
        wait.until(ExpectedConditions.urlToBe(browser.url("/admin/meetings/" + id + "/agenda")));
        wait.until(d -> (Boolean) js("return typeof window.htmx !== 'undefined'"));
        browser.axe();
        setValue("f-items[0].time", "17:30");
        type("f-items[0].titleEl", "Καλωσόρισμα από τον Δήμαρχο Αθηναίων");
        type("f-items[0].speakers", "Χάρης Δούκας");
        js("window.notReloaded = true");
        assertThat(driver.findElements(By.id("f-items[3].time"))).isEmpty();
        driver.findElement(By.id("add-row")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-items[3].time")));
        assertThat((Boolean) js("return window.notReloaded === true")).as("no page load").isTrue();
        assertThat(driver.findElement(By.id("f-items[0].titleEl")).getAttribute("value"))
                .isEqualTo("Καλωσόρισμα από τον Δήμαρχο Αθηναίων");
        wait.until(d -> "f-items[3].time".equals(d.switchTo().activeElement().getAttribute("id")));
        assertThat(driver.findElement(By.id("add-row")).getAttribute("hx-get")).endsWith("/agenda/rows/4");
        browser.axe();
        setValue("f-items[3].time", "18:00");
        type("f-items[3].titleEl", "Το πλαίσιο συνεργασίας των δήμων-μελών");
        new Select(driver.findElement(By.id("f-items[3].axis"))).selectByValue("JOINT_POLICY");
        driver.findElement(By.id("save-agenda")).click();
        wait.until(ExpectedConditions.urlToBe(manage));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Προσχέδιο — δεν έχει δημοσιευτεί",
                "Θέματα: 2");
        driver.findElement(By.id("publish-agenda")).click();
        wait.until(ExpectedConditions.urlToBe(manage));
        awaitNotice("Η ατζέντα δημοσιεύτηκε.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Έκδοση 1");
        browser.axe();

        // A document: attached, listed, downloaded again byte for byte.
        driver.findElement(By.id("f-file")).sendKeys(upload.toString());
        type("f-titleEl", "Μνημόνιο συνεργασίας");
        type("f-titleEn", "Memorandum of cooperation");
        driver.findElement(By.id("upload")).click();
        wait.until(ExpectedConditions.urlContains("#documents"));
        awaitNotice("Το έγγραφο επισυνάφθηκε.");
        WebElement link = driver.findElement(By.linkText("Μνημόνιο συνεργασίας"));
        assertThat(driver.findElement(By.id("document-list")).getText()).contains("Μνημόνιο συνεργασίας 2025.pdf");
        browser.axe();
        String href = link.getAttribute("href");
        link.click();
        Path downloaded = browser.awaitDownload();
        assertThat(downloaded.getFileName().toString()).isEqualTo("Μνημόνιο συνεργασίας 2025.pdf");
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(MeetingsClient.pdf());
        HttpClient http = HttpClient.newHttpClient();
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> withSession = http.send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(withSession.statusCode()).isEqualTo(200);
        assertThat(withSession.body()).isEqualTo(MeetingsClient.pdf());
        assertThat(http.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray())
                .statusCode()).as("a network-only meeting's document, without a session").isEqualTo(404);

        // The meeting's page, as the network sees it.
        browser.get("/meetings/" + id);
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Συνάντηση Εργασίας " + tag, "Ο Δήμαρχος Αθηναίων, Χάρης Δούκας",
                "Δευτέρα 16 Ιουνίου 2025", "17:30 – 20:00", "Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος, 105 52 Αθήνα",
                "στις 20:00", "Απαντάται χωριστά", "Καλωσόρισμα από τον Δήμαρχο Αθηναίων",
                "Το πλαίσιο συνεργασίας των δήμων-μελών", "Μνημόνιο συνεργασίας");
        browser.axe();
        browser.get("/meetings/" + id + "?lang=en");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Working Meeting " + tag,
                "Monday 16 June 2025", "at 20:00", "Memorandum of cooperation");
        browser.axe();

        long seconds = Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000;
        browser.assertAccessible("Meeting journey (" + seconds + " s)");
    }

    /** Fills the part form (date 16 June 2025 at the Town Hall) and saves it. */
    void part(String titleEl, String titleEn, String start, String end, String roomEl, String roomEn, String floor,
            String capacity) {
        type("f-titleEl", titleEl);
        type("f-titleEn", titleEn);
        setValue("f-date", "2025-06-16");
        setValue("f-startTime", start);
        setValue("f-endTime", end);
        type("f-venueEl", "Δημαρχιακό Μέγαρο");
        type("f-venueEn", "Town Hall");
        type("f-roomEl", roomEl);
        type("f-roomEn", roomEn);
        type("f-streetEl", "Αθηνάς 63");
        type("f-streetEn", "63 Athinas Street");
        type("f-landmarkEl", "Πλ. Κοτζιά");
        type("f-landmarkEn", "Kotzia Square");
        type("f-postcode", "105 52");
        type("f-cityEl", "Αθήνα");
        type("f-cityEn", "Athens");
        type("f-floor", floor);
        type("f-capacity", capacity);
        driver.findElement(By.id("save-part")).click();
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
    }

    /** Date and time fields: their typing differs from one browser locale to another, so the value is set. */
    void setValue(String id, String value) {
        js("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Waits for the notice of the page a form led to. A form that goes back to the page it was on
     * leaves the URL unchanged, so the earlier page's notice may still be there (or go stale) for
     * a moment.
     */
    void awaitNotice(String text) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".govuk-notification-banner"), text));
    }
}
