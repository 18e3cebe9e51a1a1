package com.romna.api.console;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What every browser scenario starts from: the local default on ports of its own, Debian's Chromium
 * on it, and a folder for this scenario's screenshots, emptied first. Skipped (not failed) where
 * Chromium is not installed.
 */
final class ConsoleSession implements AutoCloseable {

  static final String ZONE = "Asia/Riyadh";

  final LocalDefault service;
  final Browser browser;
  final ConsolePage page;

  private ConsoleSession(LocalDefault service, Browser browser) {
    this.service = service;
    this.browser = browser;
    this.page = new ConsolePage(browser, service.url());
  }

  static ConsoleSession start(Path temp, Path screenshots) throws IOException {
    assumeTrue(Browser.installed(), "Chromium is not installed (" + Browser.CHROMIUM + ", " + Browser.CHROMEDRIVER + "): the console's"
            + " browser tests are skipped. `apt-get install -y chromium chromium-driver` (.ci/run does it).");
    if (Files.isDirectory(screenshots)) {
      try (var old = Files.list(screenshots)) {
        for (Path shot : old.filter(Files::isRegularFile).toList()) {
          Files.delete(shot);
        }
      }
    }
    LocalDefault service = new LocalDefault(Files.createDirectories(temp.resolve("romna"))).start();
    try {
      return new ConsoleSession(service, new Browser(temp.resolve("chromium"), screenshots, service.url(), ZONE));
    } catch (RuntimeException e) {
      service.close();
      throw e;
    }
  }

  /** Signs in with the development user's button and waits for the live stream. */
  void signIn() {
    browser.driver.get(service.url() + "/");
    browser.waitFor("#dev-signin-button").click();
    browser.waitFor("#nav");
    page.awaitLive(Duration.ofSeconds(15));
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      service.close();
    }
  }
}
