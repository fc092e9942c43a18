package org.diktyo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;
    Path profile;
    ChromeDriverService service;

    final List<String> checked = new ArrayList<>();
    final List<String> violations = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    @BeforeEach
    void startBrowser() throws IOException {
        boolean present = Files.isExecutable(Paths.get(CHROMIUM)) && Files.isExecutable(Paths.get(CHROMEDRIVER));
        if (!present && System.getenv("CI") != null) {
            fail("Chromium and chromedriver are required in CI: " + CHROMIUM + ", " + CHROMEDRIVER);
        }
        Assumptions.assumeTrue(present, "no Chromium at " + CHROMIUM + " (or no " + CHROMEDRIVER + ")");

        // An explicit driver and binary, so that Selenium Manager never tries to download anything.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("diktyo-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1000");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
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
        axeReallyChecks();

        long seconds = Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000;
        System.out.println("Browser journey on " + DatabaseEngine.name() + " took " + seconds + " s; axe checked "
                + checked.size() + " pages:");
        checked.forEach(page -> System.out.println("  " + page));
        if (!notes.isEmpty()) {
            System.out.println("Minor and moderate axe findings (not failing the test):");
            notes.forEach(note -> System.out.println("  " + note));
        }
        if (!violations.isEmpty()) {
            fail("axe found serious or critical accessibility violations:\n" + String.join("\n", violations));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** Runs axe on the current page and records its serious and critical violations. */
    private void axe() {
        String page = driver.getCurrentUrl();
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            fail("axe could not check " + page + ": " + results.getErrorMessage());
        }
        checked.add(page);
        for (Rule rule : results.getViolations()) {
            String targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                    .collect(Collectors.joining(", "));
            String line = page + " — " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                    + targets;
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                violations.add(line);
            } else {
                notes.add(line);
            }
        }
    }

    /** Guards against a silently passing check: axe must notice an image without a text alternative. */
    private void axeReallyChecks() {
        ((JavascriptExecutor) driver).executeScript(
                "var img = document.createElement('img'); img.src = '/none.png'; img.id = 'axe-probe';"
                        + " document.querySelector('main').appendChild(img);");
        Results results = new AxeBuilder().withOnlyRules(List.of("image-alt")).analyze(driver);
        assertThat(results.getViolations()).as("axe reports an image without alt").extracting(Rule::getId)
                .containsExactly("image-alt");
    }
}
