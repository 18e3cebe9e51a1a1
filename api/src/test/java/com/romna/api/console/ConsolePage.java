package com.romna.api.console;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What a person does on the console, in words the scenario can read. */
final class ConsolePage {

  // Form controls, buttons and links a screen reader would announce without a name.
  private static final String UNLABELLED =
      """
      const named = (el) => (el.labels && el.labels.length) || el.getAttribute('aria-label')
        || el.getAttribute('aria-labelledby') || el.textContent.trim() || el.getAttribute('title');
      return [...document.querySelectorAll('input, select, textarea, button, a')]
        .filter((el) => el.getClientRects().length && !named(el))
        .map((el) => el.outerHTML.slice(0, 120));
      """;

  private final Browser browser;
  private final String url;

  ConsolePage(Browser browser, String url) {
    this.browser = browser;
    this.url = url;
  }

  /** Types the request and reads it; returns what the page says it understood. */
  WebElement understand(String transcript) {
    browser.driver.get(url + "/#/say");
    WebElement box = browser.waitFor("#transcript");
    box.clear();
    box.sendKeys(transcript);
    box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
    browser.waitUntil(b -> !b.all("#create").isEmpty() && b.find("#create").isEnabled(), Duration.ofSeconds(15));
    return browser.find("#understood-facts");
  }

  /** Creates the plan just understood; returns the confirmation (its plan id in data-plan-id). */
  WebElement create() {
    browser.find("#create").click();
    return browser.waitFor("#created-plan");
  }

  /** Switches the page to this language ("en" or "ar") unless it is in it already. */
  void language(String lang) {
    if (!lang.equals(browser.script("return document.documentElement.lang"))) {
      browser.find("#lang-switch").click();
      browser.waitUntil(b -> lang.equals(b.script("return document.documentElement.lang")), Duration.ofSeconds(5));
    }
  }

  /** Opens the plan's own page and waits until it has drawn the plan. */
  WebElement plan(String planId) {
    browser.driver.get(url + "/#/plans/" + planId);
    return browser.waitFor("#plan-detail .card");
  }

  /** Approves the draft from the approvals page, after its confirmation. */
  void approve(String planId) {
    browser.driver.get(url + "/#/approvals");
    browser.waitFor("article.draft[data-plan-id='" + planId + "'] button.approve").click();
    browser.waitFor("dialog#confirm[open]");
    browser.find("#confirm-yes").click();
  }

  void open(String view) {
    browser.find("#nav a[data-view='" + view + "']").click();
    browser.waitUntil(b -> b.driver.getCurrentUrl().endsWith("#/" + view), Duration.ofSeconds(5));
    browser.waitFor("#view-title");
  }

  String liveState() {
    return browser.find("#live-status").getDomAttribute("data-state");
  }

  void awaitLive(Duration timeout) {
    browser.waitUntil(b -> "live".equals(liveState()), timeout);
  }

  @SuppressWarnings("unchecked")
  List<String> unlabelledControls() {
    return (List<String>) browser.script(UNLABELLED);
  }

  /** The API called from the page itself, with the page's own token. */
  @SuppressWarnings("unchecked")
  Map<String, Object> api(String method, String path, Map<String, Object> body) {
    return (Map<String, Object>) browser.driver.executeAsyncScript(
        """
        const [method, path, body, done] = arguments;
        fetch(path, { method, headers: { Authorization: 'Bearer ' + sessionStorage.getItem('romna.token'),
            'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined })
          .then((r) => r.json()).then(done, (e) => done({ error: String(e) }));
        """,
        method, path, body);
  }
}
