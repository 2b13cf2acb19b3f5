package org.eventline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.SentenceRef;
import org.eventline.geo.Place;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in a real headless Chromium: filter, sort, open an article, see the network and the
 * map render, and scraped script stay text. Skipped, saying why, where Debian's chromium and
 * chromium-driver are not installed ({@code .ci/run} installs them).
 */
class BrowserTest {
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir static Path dir;
  static ServerFixture fx;
  static WebDriver browser;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "browser tests skipped: install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
    fx = new ServerFixture(dir);
    // Places, so the map has markers to draw.
    Place aleppo = new Place("Aleppo", "Aleppo", "SYR", 36.2, 37.16, null, "city", "sentence");
    String s = "Nusra fighters shelled Aleppo.";
    fx.store.store(new org.eventline.article.Article("a3", "html/a3.html", null, null, "Shelling in Aleppo",
        "2016-07-05", null, null, null, null, null, "en", s, null), List.of(new Event("e4", "a3", "2016-07-05",
        EventType.ASSAULT, null, "190", 4, -10, EventStatus.ASSERTED, ServerFixture.SYRIA, ServerFixture.RUSSIA,
        aleppo, new SentenceRef(0, s, 0, s.length()), 0.7)));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1800");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (fx != null) {
      fx.close();
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + fx.server.port() + path;
  }

  WebDriverWait waiting() {
    // The table is rebuilt on every search: a row read mid-rebuild is stale, so read again.
    return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class);
  }

  void loaded() {
    waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
  }

  List<String> rowIds() {
    return browser.findElements(By.cssSelector("#events tbody tr")).stream().map(r -> r.getAttribute("data-id")).toList();
  }

  @Test
  void explorerFiltersSortsDrawsAndOpensAnArticle() throws Exception {
    browser.get(url("/explore"));
    loaded();
    assertThat(rowIds()).containsExactly("e4", "e3", "e2", "e1");
    // The network and timeline draw SVG; the map draws country outlines and one marker per place.
    assertThat(browser.findElements(By.cssSelector("#network circle"))).hasSizeGreaterThanOrEqualTo(2);
    assertThat(browser.findElements(By.cssSelector("#network line.quad4"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#timeline rect.bar"))).isNotEmpty();
    waiting().until(d -> "1".equals(d.findElement(By.id("map")).getAttribute("data-markers")));
    assertThat(browser.findElements(By.cssSelector("#map path.leaflet-interactive"))).hasSizeGreaterThan(100);

    browser.findElement(By.cssSelector("th[data-sort=oldest]")).click();
    waiting().until(d -> rowIds().get(0).equals("e1"));

    WebElement actor = browser.findElement(By.name("actor"));
    actor.sendKeys("RUSGOV");
    browser.findElement(By.id("search")).click();
    waiting().until(d -> rowIds().equals(List.of("e1", "e4")));
    saveScreenshot("explore.png");

    browser.findElement(By.cssSelector("tr[data-id=e1] a.article-link")).click();
    waiting().until(d -> d.getCurrentUrl().endsWith("/articles/a1"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lavrov visits Damascus");
    assertThat(browser.findElement(By.cssSelector(".highlighted mark.actor")).getText()).isEqualTo("Damascus");
    saveScreenshot("article.png");
  }

  @Test
  void scrapedScriptAndImageTagsStayText() {
    browser.get(url("/explore"));
    loaded();
    assertThat(browser.findElement(By.cssSelector("#events tbody")).getText())
        .contains(ServerFixture.SCRIPT).contains(ServerFixture.IMG);
    assertThat(browser.findElements(By.cssSelector("#events img"))).isEmpty();
    browser.get(url("/articles/evil"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(ServerFixture.SCRIPT);
    assertThat(browser.findElements(By.cssSelector("main img, main script"))).isEmpty();
    // An alert would have left a dialog open and made this throw.
    assertThat(browser.getTitle()).contains("Title");
  }

  void saveScreenshot(String name) throws Exception {
    Path out = Path.of("target", "screenshots", name);
    Files.createDirectories(out.getParent());
    Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
