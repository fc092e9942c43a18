package org.diktyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One journey through the server-rendered pages in a real browser (Debian's headless Chromium):
 * the public home page in both languages, signing in with the keyboard, searching the registry,
 * editing an official's contact details (with a validation error first) and signing out, with
 * an axe-core accessibility check of every page on the way. Serious and critical axe
 * violations fail the test.
 */
@DatabaseTest
@Tag("browser")
class BrowserJourneyTest {

    @LocalServerPort
    int port;

    Browser browser;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.open(port);
        driver = browser.driver;
        wait = browser.wait;
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSecretariatMemberFindsAMunicipalityAndCorrectsAnOfficialsContactDetails() {
        long started = System.nanoTime();

        // 1. The public home page, in Greek.
        driver.get(url("/"));
        assertThat(heading()).isEqualTo("Δίκτυο Πόλεων για την Ένταξη");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("el");
        assertThat(driver.findElements(By.cssSelector("#member-table tbody tr"))).hasSize(18);
        axe();

        // 7 (done early, so that the rest runs in Greek). English, remembered in a cookie; and back.
        driver.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Cities Network for Integration"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        axe();
        driver.get(url("/"));
        assertThat(heading()).as("the language is remembered").isEqualTo("Cities Network for Integration");
        driver.findElement(By.linkText("Ελληνικά")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Δίκτυο Πόλεων για την Ένταξη"));

        // 2. Sign in, with the keyboard: type, Tab to the password, Enter submits.
        driver.findElement(By.linkText("Σύνδεση")).click();
        wait.until(ExpectedConditions.urlToBe(url("/signin")));
        axe();
        WebElement email = driver.findElement(By.id("email"));
        email.click();
        email.sendKeys("secretariat@diktyo.example", Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("Tab moves to the password")
                .isEqualTo("password");
        driver.switchTo().activeElement().sendKeys("diktyo-demo", Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
        assertThat(driver.findElements(By.linkText("Σύνδεση"))).as("signed in: no sign-in link").isEmpty();

        // 3. The registry: all 332 municipalities; search without accents.
        driver.findElement(By.linkText("Μητρώο δήμων")).click();
        wait.until(ExpectedConditions.urlToBe(url("/admin/registry")));
        assertThat(driver.findElement(By.id("registry-count")).getText()).isEqualTo("Βρέθηκαν 332 δήμοι");
        axe();
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("αθηναιων");
        q.submit();
        wait.until(ExpectedConditions.urlContains("q="));
        assertThat(driver.findElement(By.id("registry")).getText()).contains("Δήμος Αθηναίων");
        axe();

        // 4. The municipality's page, with its officials; the edit form of one of them.
        driver.findElement(By.linkText("Δήμος Αθηναίων")).click();
        wait.until(ExpectedConditions.urlToBe(url("/municipalities/athens")));
        axe();
        assertThat(driver.findElement(By.id("contacts")).getText()).contains("Χάρης Δούκας", "Ελένη Παπαδοπούλου");
        WebElement edit = driver.findElement(By.xpath(
                "//table[@id='contacts']//tr[td[contains(., 'Ελένη Παπαδοπούλου')]]//a[contains(@href, '/edit')]"));
        assertThat(edit.getAttribute("href")).matches(".*/admin/municipalities/athens/contacts/[^/]+/edit");
        edit.click();
        wait.until(ExpectedConditions.urlMatches("/admin/municipalities/athens/contacts/[^/]+/edit$"));
        assertThat(driver.findElement(By.id("f-fullName")).getAttribute("value")).isEqualTo("Ελένη Παπαδοπούλου");
        axe();

        // 5. A bad email comes back with an error summary; then a good one is saved.
        WebElement emailField = driver.findElement(By.id("f-email"));
        emailField.clear();
        emailField.sendKeys("not-an-email");
        emailField.submit();
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
        assertThat(summary.getText()).contains("Γράψτε μια έγκυρη διεύθυνση email");
        assertThat(driver.findElement(By.id("f-email")).getAttribute("value")).isEqualTo("not-an-email");
        assertThat(driver.findElement(By.id("f-email")).getAttribute("aria-describedby")).isEqualTo("f-email-error");
        axe();
        summary.findElement(By.cssSelector(".govuk-error-summary__list a")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the summary links to the field")
                .isEqualTo("f-email");
        emailField = driver.findElement(By.id("f-email"));
        emailField.clear();
        emailField.sendKeys("eleni.p@athens.example");
        WebElement phone = driver.findElement(By.id("f-phone"));
        phone.clear();
        phone.sendKeys("+30 210 111 2222");
        phone.submit();
        wait.until(ExpectedConditions.urlMatches("/municipalities/athens(#contacts)?$"));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("Το στέλεχος αποθηκεύτηκε.");
        assertThat(driver.findElement(By.id("contacts")).getText()).contains("eleni.p@athens.example",
                "+30 210 111 2222");
        axe();

        // 6. Sign out: the public sees no contact details.
        WebElement signOut = driver.findElement(By.cssSelector("form[action='/signout'] button"));
        assertThat(signOut.getText()).startsWith("Αποσύνδεση");
        signOut.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Σύνδεση")));
        assertThat(driver.getCurrentUrl()).startsWith(url("/"));
        assertThat(driver.getCurrentUrl()).doesNotContain("/signin", "/municipalities", "/admin");
        assertThat(heading()).isEqualTo("Δίκτυο Πόλεων για την Ένταξη");
        axe();
        driver.get(url("/municipalities/athens"));
        assertThat(heading()).isEqualTo("Δήμος Αθηναίων");
        assertThat(driver.getPageSource()).doesNotContain("eleni.p@athens.example", "+30 210 111 2222");
        assertThat(driver.findElements(By.id("contacts"))).isEmpty();
        axe();

        long seconds = Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000;
        browser.assertAccessible("Registry journey (" + seconds + " s)");
    }

    private String url(String path) {
        return browser.url(path);
    }

    private String heading() {
        return browser.heading();
    }

    private void axe() {
        browser.axe();
    }
}
