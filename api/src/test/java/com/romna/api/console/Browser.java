package com.romna.api.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (nothing is downloaded). The
 * flags are the ones this kind of machine needs: no sandbox as root, no background connections to
 * a network that is not there.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ROMNA_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getenv().getOrDefault("ROMNA_CHROMEDRIVER", "/usr/bin/chromedriver"));

  // Counts every Notification the page creates, so a test can see what the user was shown.
  private static final String RECORD_NOTIFICATIONS =
      """
      (() => {
        const Real = window.Notification;
        if (!Real) return;
        window.__notifications = [];
        class Recorded extends Real {
          constructor(title, options) {
            super(title, options);
            window.__notifications.push({ title, body: options && options.body });
          }
        }
        Object.defineProperty(Recorded, 'permission', { get: () => Real.permission });
        Recorded.requestPermission = (...args) => Real.requestPermission(...args);
        window.Notification = Recorded;
      })();
      """;

  final ChromeDriver driver;
  private final Path screenshots;

  Browser(Path profile, Path screenshots, String origin, String timeZone) {
    this.screenshots = screenshots;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-US");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.executeCdpCommand(
        "Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("notifications")));
    driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", timeZone));
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_NOTIFICATIONS));
  }

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Clicks the element after scrolling it to the middle of the window, clear of the toasts in a corner. */
  void click(String css) {
    WebElement element = find(css);
    script("arguments[0].scrollIntoView({ block: 'center' });", element);
    element.click();
  }

  /** The element's text now, or "" when there is none: no stale reference while the page redraws. */
  String text(String css) {
    return (String) script("const el = document.querySelector(arguments[0]); return el ? el.innerText : '';", css);
  }

  WebElement waitFor(String css, Duration timeout) {
    return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  WebElement waitFor(String css) {
    return waitFor(css, Duration.ofSeconds(15));
  }

  void waitUntil(Predicate<Browser> condition, Duration timeout) {
    new WebDriverWait(driver, timeout).until(d -> condition.test(this));
  }

  Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Console errors since the last call (reading them clears them), and strings missing from a language. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue() || e.getMessage().contains("missing string"))
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
