package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.broker.SharedBroker;
import dev.newsflow.model.Change;
import dev.newsflow.model.Entity;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The watch page in a real headless browser (Debian's chromium, driven through chromedriver):
 * what is published after the page is open appears without a reload, a revision replaces its
 * article, the marks carry their entity ids, and clicking one filters; the places named are dots
 * on the map, and clicking one filters too. Skips, saying why, where
 * there is no chromium or chromedriver ({@code apt-get install chromium chromium-driver}).
 * Leaves a screenshot in target/watch-page.png.
 */
class WatchPageBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** What the page must manage once a record is on the topic: "within seconds". */
    private static final Duration LIVE = Duration.ofSeconds(10);
    private static final Path SCREENSHOT = Path.of("target", "watch-page.png");
    private static final Entity BERLIN = new Entity("Q64", "Berlin", "LOC", 1, 52.52, 13.41);
    private static final Entity KOELN = new Entity("koeln", "Köln", "LOC", 1, 50.93, 6.95);

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = onPath("chromedriver");
        Assumptions.assumeTrue(chromium.isPresent(), "no chromium on the PATH: apt-get install chromium chromium-driver");
        Assumptions.assumeTrue(chromedriver.isPresent(), "no chromedriver on the PATH: apt-get install chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        // --no-sandbox: CI runs as root, where chromium refuses its sandbox; the rest keeps it off the network
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=de-DE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        try {
            browser = new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            Assumptions.abort("chromium did not start under chromedriver: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldShowArticlesAsTheyArriveReplaceRevisionsAndFilterByAMark() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String berlin = "radwege-" + run;
        String koeln = "dom-" + run;
        try (BackgroundCommand watch = BackgroundCommand.start("watch", "--web", "0",
                "--bootstrap-servers", SharedBroker.bootstrapServers())) {
            browser.get(WatchPageTest.pageOf(watch).toString());
            watch.await("the page to be live", () -> "live".equals(
                    browser.findElement(By.id("status")).getDomAttribute("data-state")), WAIT);

            PageRecords.publish(PageRecords.article(berlin, "Berlin plant neue Radwege", Instant.now(),
                    BERLIN, "aelter-" + run), Change.NEW);
            PageRecords.publish(PageRecords.article(koeln, "Kölner Dom wird saniert", Instant.now(),
                    KOELN, berlin), Change.NEW);
            await("both articles on the page without a reload", () -> article(berlin).isPresent() && article(koeln).isPresent());

            WebElement koelnMark = mark(koeln, "koeln");
            assertEquals("Köln", koelnMark.getText());
            assertEquals("?entity=koeln", koelnMark.getDomAttribute("href"));
            assertEquals("https://www.wikidata.org/wiki/Q64", mark(berlin, "Q64").getDomAttribute("href"));
            WebElement repeat = article(koeln).orElseThrow().findElement(By.cssSelector("details.dropped a.repeat"));
            assertEquals("#p-" + berlin + "-0", repeat.getDomAttribute("href"));

            PageRecords.publish(PageRecords.article(koeln, "Kölner Dom wird saniert, Gerüst bis 2030", Instant.now(),
                    KOELN, berlin), Change.REVISED);
            await("the revision in place of its article", () -> article(koeln)
                    .map(a -> a.findElement(By.cssSelector("h2")).getText().endsWith("Gerüst bis 2030")).orElse(false));
            assertEquals(1, browser.findElements(By.cssSelector("article[data-id='" + koeln + "']")).size());
            assertEquals("revised", article(koeln).orElseThrow().findElement(By.cssSelector(".change")).getText());
            await("the entity in the chart of the last hour",
                    () -> !browser.findElements(By.cssSelector("#top li[data-entity='koeln']")).isEmpty());
            await("the places on both maps", () -> dots("map-europe", "koeln").size() == 1 && dots("map-europe", "Q64").size() == 1
                    && dots("map-world", "koeln").size() == 1 && dots("map-world", "Q64").size() == 1);
            WebElement koelnDot = dots("map-europe", "koeln").get(0);
            assertTrue(String.valueOf(koelnDot.getDomProperty("textContent")).startsWith("Köln · "), koelnDot.getDomProperty("textContent"));
            WebElement berlinDot = dots("map-europe", "Q64").get(0);
            assertTrue(berlinDot.getRect().getX() > koelnDot.getRect().getX() + 20, "Berlin lies east of Köln");
            assertTrue(berlinDot.getRect().getY() < koelnDot.getRect().getY(), "and north of it");
            assertTrue(browser.findElement(By.id("map-empty")).getDomProperty("hidden").equals("true"));
            saveScreenshot();

            mark(koeln, "koeln").click();
            await("only the articles naming Köln", () -> !article(berlin).orElseThrow().isDisplayed());
            assertTrue(article(koeln).orElseThrow().isDisplayed());
            assertTrue(browser.getCurrentUrl().endsWith("?entity=koeln"), browser.getCurrentUrl());

            browser.findElement(By.id("clear-filter")).click();
            await("every article again", () -> article(berlin).orElseThrow().isDisplayed());
            assertFalse(browser.findElement(By.id("filter")).isDisplayed());

            dots("map-europe", "Q64").get(0).click();
            await("only the articles naming Berlin, from its dot", () -> !article(koeln).orElseThrow().isDisplayed());
            assertTrue(article(berlin).orElseThrow().isDisplayed());
            assertTrue(browser.getCurrentUrl().endsWith("?entity=Q64"), browser.getCurrentUrl());
            assertTrue(dots("map-world", "Q64").get(0).getDomAttribute("class").contains("selected"));
            dots("map-europe", "Q64").get(0).click();
            await("every article again, a second click on the dot", () -> article(koeln).orElseThrow().isDisplayed());
        }
    }

    private static Optional<WebElement> article(String id) {
        return browser.findElements(By.cssSelector("article[data-id='" + id + "']")).stream().findFirst();
    }

    private static List<WebElement> dots(String map, String entity) {
        return browser.findElements(By.cssSelector("#" + map + " circle.dot[data-entity='" + entity + "']"));
    }

    private static WebElement mark(String articleId, String entity) {
        return article(articleId).orElseThrow().findElement(By.cssSelector("a.mention[data-entity='" + entity + "']"));
    }

    /** Waits on the browser; the page works on its own threads against a real broker, there is no clock to move. */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + LIVE.toNanos();
        while (!holds(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + LIVE + ": " + what);
            }
            Thread.sleep(100);
        }
    }

    /** An element the page replaced between finding it and reading it (a revision in place) is looked for again. */
    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return false;
        }
    }

    private static void saveScreenshot() throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Optional<Path> onPath(String... names) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .flatMap(dir -> Stream.of(names).map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }
}
