package org.diktyo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
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
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, for browser tests: start it in
 * {@code @BeforeEach}, {@link #axe()} every page a journey visits, {@link #close()} in
 * {@code @AfterEach}. Without Chromium the test is skipped, unless {@code CI} is set: then it
 * fails. Serious and critical axe violations fail the journey at {@link #assertAccessible()}; axe
 * runs in the H2 run only (ADR 0037).
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final int port;
    private final Path profile;
    private final Path downloads;
    private final ChromeDriverService service;
    private final List<String> checked = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Browser(int port, int width) throws IOException {
        this(port, width, true);
    }

    private Browser(int port, int width, boolean javaScript) throws IOException {
        boolean present = Files.isExecutable(Paths.get(CHROMIUM)) && Files.isExecutable(Paths.get(CHROMEDRIVER));
        if (!present && System.getenv("CI") != null) {
            fail("Chromium and chromedriver are required in CI: " + CHROMIUM + ", " + CHROMEDRIVER);
        }
        Assumptions.assumeTrue(present, "no Chromium at " + CHROMIUM + " (or no " + CHROMEDRIVER + ")");
        this.port = port;
        // An explicit driver and binary, so that Selenium Manager never tries to download anything.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("diktyo-chromium-");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + width + ",1000");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "profile.managed_default_content_settings.javascript",
                javaScript ? 1 : 2));
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        if (width < 500) {
            // Chromium keeps a headless window wider than a phone; emulate the phone's screen itself.
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", width, "height", 760, "deviceScaleFactor", 2, "mobile", true));
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        // An element found on the page being left can vanish before it is read ("Node with given id
        // does not belong to the document", a plain WebDriverException): a wait tries again.
        wait.ignoring(WebDriverException.class);
    }

    /** A desktop-sized window (1280 pixels wide). */
    public static Browser open(int port) throws IOException {
        return new Browser(port, 1280);
    }

    /** A desktop-sized window with JavaScript turned off (Chromium's content setting): what a page does without it. */
    public static Browser withoutJavaScript(int port) throws IOException {
        return new Browser(port, 1280, false);
    }

    /** A window {@code width} pixels wide, e.g. 360 for a small phone (a phone's screen is emulated below 500). */
    public static Browser open(int port, int width) throws IOException {
        return new Browser(port, width);
    }

    /**
     * Lays the current page out in a window {@code width} pixels wide, without reloading it (a
     * desktop viewport, so that a page wider than the window scrolls rather than zooms out).
     */
    public void layoutWidth(int width) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public void get(String path) {
        driver.get(url(path));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** Where the browser saves downloads. */
    public Path downloads() {
        return downloads;
    }

    /**
     * Waits for the one download the page started to be complete: Chromium writes it first under
     * a hidden temporary name ({@code .org.chromium.Chromium.…}) or with {@code .crdownload}.
     */
    public Path awaitDownload() {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> !f.toString().endsWith(".crdownload") && !f.toString().endsWith(".tmp"))
                        .findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /**
     * Runs axe on the current page and records its serious and critical violations. In the H2 run
     * only: the markup that axe reads is the same on either engine (ADR 0037).
     */
    public void axe() {
        if (DatabaseEngine.postgresql()) {
            return;
        }
        String page = driver.getCurrentUrl();
        // a long page on a busy machine may take axe longer than its default 30 s; legacy mode runs
        // axe once in the page itself (our pages have no frames) instead of injecting it again into
        // a window opened for each check: 40 % less time, the same findings (ADR 0037)
        Results results = new AxeBuilder().setLegacyMode(true).setTimeout(180).analyze(driver);
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

    /**
     * Proves that axe really checks (it must notice an image without a text alternative), prints
     * the pages checked and minor findings, and fails on serious or critical violations.
     */
    public void assertAccessible(String journey) {
        if (DatabaseEngine.postgresql()) {
            System.out.println(journey + " on " + DatabaseEngine.name() + ": axe runs in the H2 run (ADR 0037)");
            return;
        }
        ((JavascriptExecutor) driver).executeScript(
                "var img = document.createElement('img'); img.src = '/none.png'; img.id = 'axe-probe';"
                        + " document.querySelector('main').appendChild(img);");
        Results results = new AxeBuilder().setLegacyMode(true).withOnlyRules(List.of("image-alt"))
                .analyze(driver);
        assertThat(results.getViolations()).as("axe reports an image without alt").extracting(Rule::getId)
                .containsExactly("image-alt");
        System.out.println(journey + " on " + DatabaseEngine.name() + ": axe checked " + checked.size() + " pages:");
        checked.forEach(page -> System.out.println("  " + page));
        if (!notes.isEmpty()) {
            System.out.println("Minor and moderate axe findings (not failing the test):");
            notes.forEach(note -> System.out.println("  " + note));
        }
        if (!violations.isEmpty()) {
            fail("axe found serious or critical accessibility violations:\n" + String.join("\n", violations));
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        service.stop();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
