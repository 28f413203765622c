package org.kinograph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.Ingester;
import org.kinograph.store.KinographStore;
import org.kinograph.testing.TestFiles;
import org.kinograph.vocab.Ids;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in a real headless browser (Debian's chromium and chromedriver, driven by Selenium):
 * the query UI runs a query against the served store, and a resource page shows its evidence.
 * Screenshots go to target/screenshots/. In CI a missing browser fails the test; elsewhere it
 * skips it.
 */
public class TestBrowser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Ids IDS = new Ids(Ids.DEFAULT_BASE);

    @TempDir
    static Path tmp;
    static KinographStore store;
    static KinographServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI needs Debian's chromium and chromium-driver (.ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "no chromium/chromedriver on this machine");
        store = KinographStore.open(tmp.resolve("store"), IDS);
        new Ingester(store, GenreRegistry.standard(), IDS).ingest(
                java.util.List.of(TestFiles.repo().resolve("examples/corpus")), o -> { });
        server = KinographServer.start(store, IDS, KinographServer.Options.readOnly("127.0.0.1", 0, 10));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--window-size=1280,1000",
                        "--user-data-dir=" + tmp.resolve("chrome-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @Test
    void theQueryUiRunsAQueryAgainstTheStore() throws Exception {
        browser.get(server.url() + "#/dataset/kinograph/query");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
                "SELECT ?name WHERE { ?film a <http://schema.org/Movie> ; <http://schema.org/name> ?name } ORDER BY ?name");
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "Seven Samurai"));
        String results = browser.findElement(By.cssSelector(".yasr")).getText();
        screenshot("query-ui");
        assertThat(results).contains("Departures", "Seven Samurai", "Spirited Away", "The Godfather");
        assertThat(browser.findElement(By.tagName("body")).getText()).as("the UI reports no failed request")
                .doesNotContain("Request failed").doesNotContain("AxiosError");
    }

    @Test
    void aResourcePageShowsItsFactsAndEvidence() throws Exception {
        browser.get(server.localUrl(IDS.film("Spirited Away", "2001")));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        screenshot("resource-page");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Spirited Away");
        String body = browser.findElement(By.tagName("body")).getText();
        assertThat(body).contains("schema:director", "Hayao Miyazaki", "spirited-away-2001.txt",
                "encyclopedia-article/infobox");
        browser.findElement(By.linkText("Hayao Miyazaki")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Hayao Miyazaki"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Referred to by");
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(TestFiles.repo().resolve("target/screenshots"));
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
    }
}
