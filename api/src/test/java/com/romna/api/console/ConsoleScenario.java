package com.romna.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every browser scenario starts from: the local default on ports of its own, Debian's Chromium
 * on it, and a folder for the scenario's screenshots, emptied first. Its steps run in order, and
 * after each the page must have logged no console error. Skipped (not failed) where Chromium is
 * not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ConsoleScenario {

  static final String ZONE = "Asia/Riyadh";

  @TempDir static Path temp;
  LocalDefault service;
  Browser browser;
  ConsolePage page;

  /** Where this scenario's screenshots go. */
  abstract Path screenshots();

  @BeforeAll
  void start() throws IOException {
    assumeTrue(Browser.installed(), "Chromium is not installed (" + Browser.CHROMIUM + ", " + Browser.CHROMEDRIVER
        + "): the console's browser tests are skipped. `apt-get install -y chromium chromium-driver` (.ci/run does it).");
    Path shots = screenshots();
    if (Files.isDirectory(shots)) {
      try (var old = Files.list(shots)) {
        for (Path shot : old.filter(Files::isRegularFile).toList()) {
          Files.delete(shot);
        }
      }
    }
    service = new LocalDefault(Files.createDirectories(temp.resolve("romna"))).start();
    browser = new Browser(temp.resolve("chromium"), shots, service.url(), ZONE);
    page = new ConsolePage(browser, service.url());
  }

  @AfterAll
  void stop() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (service != null) {
        service.close();
      }
    }
  }

  @AfterEach
  void noConsoleErrors() {
    if (browser != null) {
      assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }
  }

  /** Signs in with the development user's button and waits for the live stream. */
  void signIn() {
    browser.driver.get(service.url() + "/");
    browser.waitFor("#dev-signin-button").click();
    browser.waitFor("#nav");
    page.awaitLive(Duration.ofSeconds(15));
  }
}
