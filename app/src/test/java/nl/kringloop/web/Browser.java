package nl.kringloop.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nl.kringloop.platform.ApiClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver) on the integration-test server, with a fresh
 * profile each time; axe-core checks each page for serious and critical accessibility violations.
 */
final class Browser implements AutoCloseable {

    static final String BASE = ApiClient.BASE_URI;
    /** upper bound on the median time to charts drawn (target 1 s; -Dkringloop.timeBoundMs to tighten) */
    static final long TIME_BOUND_MS = Long.getLong("kringloop.timeBoundMs", 2000);
    private static final Path SHOTS = Path.of(System.getProperty("kringloop.screenshots", "target/screenshots"));

    final ChromeDriver driver;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("kringloop-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String binary = System.getProperty("kringloop.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("kringloop.chromedriver", "/usr/bin/chromedriver");
        assertThat(new File(binary)).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
        ChromeOptions options = new ChromeOptions().setBinary(binary).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-GB");
        // an explicit driver: Selenium Manager would try to download one, which fails on these machines
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** opens a path of the server directly (a deep link) and waits until the app has drawn the page */
    Browser open(String path) {
        driver.get(BASE + path);
        waitReady();
        return this;
    }

    /** the language the pages use from now on (the user's choice, kept in localStorage) */
    Browser language(String lang) {
        if (!driver.getCurrentUrl().startsWith(BASE)) {
            open("/");
        }
        js("localStorage.setItem('kringloop.lang', arguments[0])", lang);
        return this;
    }

    void waitReady() {
        waitFor().until(d -> js("return document.documentElement.dataset.pageReady || null") != null);
    }

    /** milliseconds from navigation start to the page's charts drawn (set by charts.js) */
    long chartsDrawnMs() {
        waitFor().until(d -> js("return document.documentElement.dataset.chartsDrawnMs || null") != null);
        return Long.parseLong((String) js("return document.documentElement.dataset.chartsDrawnMs"));
    }

    /**
     * Opens the page directly {@code times} times (a full load each, as a shared link does) and returns the
     * milliseconds from navigation start to its charts drawn, each time; the first load also warms the server.
     */
    long[] timeDirectLoads(String path, int times) {
        long[] ms = new long[times];
        for (int i = 0; i < times; i++) {
            driver.get(BASE + path);
            ms[i] = chartsDrawnMs();
        }
        return ms;
    }

    static long median(long[] ms) {
        long[] s = ms.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    WebDriverWait waitFor() {
        // a page drawn again from the API replaces its elements: a condition that met an old one asks again
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    /** the API's exact figure kept in data-value beside the formatted one */
    double value(String css) {
        return Double.parseDouble(find(css).getAttribute("data-value"));
    }

    void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    void click(String css) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** what a download link of the page serves: status, content type, size and the first bytes as text */
    record Download(long status, String contentType, long bytes, String head) {
    }

    /**
     * Fetches the link's href in the page as its click does (with the tab's token when signed in, see dom.js
     * downloadLink), so the test reads the very file a user gets.
     */
    @SuppressWarnings("unchecked")
    Download download(String css) {
        String href = find(css).getAttribute("href");
        java.util.Map<String, Object> r = (java.util.Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const t = sessionStorage.getItem('kringloop.token');
                fetch(arguments[0], { headers: t ? { Authorization: 'Bearer ' + t } : {} }).then(async (r) => {
                  const b = new Uint8Array(await r.arrayBuffer());
                  done({ status: r.status, type: r.headers.get('Content-Type') || '', bytes: b.length,
                         head: String.fromCharCode(...b.slice(0, 5)) });
                }).catch((e) => done({ status: 0, type: String(e), bytes: 0, head: '' }));""", href);
        return new Download(((Number) r.get("status")).longValue(), (String) r.get("type"),
                ((Number) r.get("bytes")).longValue(), (String) r.get("head"));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** no serious or critical violation of WCAG 2.1 A/AA rules on the page as it is now */
    void assertAccessible(String page) {
        Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        List<Rule> bad = r.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(bad).as(page + ": " + bad.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp()
                + " at " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3)
                .collect(Collectors.joining(", "))).collect(Collectors.joining("; "))).isEmpty();
    }

    /** a full-page screenshot into target/screenshots (the ones in docs/screenshots are copied from there) */
    void screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 800), 6000)));
        js("window.scrollTo(0, 0)");
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    void signIn(String token) {
        open("/signin");
        type("#signin-form input[name=token]", token);
        click("#signin-submit");
        find("#who-name");
        waitReady();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

}
