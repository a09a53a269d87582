package org.meetingdesk.page;

import static io.restassured.RestAssured.given;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Debian's headless Chromium driven through its ChromeDriver, against the app the test started.
 *
 * <p>Without /usr/bin/chromium the browser tests are skipped (a developer machine without it), except
 * on CI ({@code CI=true}), where a missing browser must fail the build rather than hide the tests.
 * The browser's time zone is fixed (Asia/Shanghai) so "your time" differs from Geneva time.
 */
public final class Browser implements AutoCloseable {

    // overridable (-Dbrowser.chromium=…) to try the skip and CI-failure paths on a machine that has them
    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String READER_ZONE = "Asia/Shanghai";

    final WebDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    final String base;

    private Browser(WebDriver driver, ChromeDriverService service, Path profile, String base) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.base = base;
    }

    /** Skips (or, on CI, fails) when Chromium is not installed. */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: install chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(present, "Chromium not installed: browser tests skipped (apt-get install chromium chromium-driver)");
    }

    /** The app's real HTTP port in tests is the Lambda mock event server's, which RestAssured is set to. */
    static String baseUrl() {
        return "http://localhost:" + RestAssured.port;
    }

    static Browser start() {
        requireChromium();
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withEnvironment(Map.of("TZ", READER_ZONE))
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--lang=en-US", "--window-size=1280,1000", "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, service, profile, baseUrl());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a hash route with a forced language, e.g. open("en", "/meeting/SG13-2020-12-07"). */
    Browser open(String lang, String route) {
        driver.get(base + "/?lang=" + lang + "#" + route);
        waitFor(By.cssSelector("main .view"));
        return this;
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    void waitGone(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    void setWidth(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Signs in through the dev picker with a typed identity (tests keep their own subjects and organizations). */
    Browser signIn(String subject, String name, String organization, String groups, String next) {
        driver.get(base + "/?lang=en#/signin?next=" + next);
        waitFor(By.name("subject")).sendKeys(subject);
        driver.findElement(By.name("name")).sendKeys(name);
        driver.findElement(By.name("organization")).sendKeys(organization);
        WebElement g = driver.findElement(By.name("groups"));
        g.clear();
        g.sendKeys(groups);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("#" + next)
                // the sign-in form must be gone, or a caller's wait could find its fields (name, organization)
                && d.findElements(By.name("subject")).isEmpty());
        waitFor(By.cssSelector("main .view"));
        return this;
    }


    void signOut() {
        js("sessionStorage.clear()");
    }

    /** Saves a PNG under target/screenshots/ (kept as test output). */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core (bundled in the jar, injected into the page) and fails on serious or critical violations. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        Assertions.assertTrue(bad.isEmpty(), () -> page + ": axe-core found serious/critical violations:\n" + bad.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }


    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp profile left behind is harmless
            }
        }
    }
}
