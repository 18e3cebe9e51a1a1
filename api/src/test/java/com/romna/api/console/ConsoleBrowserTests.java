package com.romna.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The console as a person uses it, in Debian's Chromium against the local default: sign in with one
 * click, type requests in both languages, approve an e-mail, watch a one-minute reminder arrive
 * live, read the page in Arabic, keep working across a restart of the service. One scenario in
 * order (the reminder is created early and arrives while the other steps run). Screenshots go to
 * {@code target/console-screenshots}; the page must log no console error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTests {

  private static final String ZONE = "Asia/Riyadh";
  private static final Path SHOTS = Path.of("target", "console-screenshots");

  // Form controls, buttons and links a screen reader would announce without a name.
  private static final String UNLABELLED =
      """
      const named = (el) => (el.labels && el.labels.length) || el.getAttribute('aria-label')
        || el.getAttribute('aria-labelledby') || el.textContent.trim() || el.getAttribute('title');
      return [...document.querySelectorAll('input, select, textarea, button, a')]
        .filter((el) => el.getClientRects().length && !named(el))
        .map((el) => el.outerHTML.slice(0, 120));
      """;

  @TempDir static Path temp;
  private LocalDefault service;
  private Browser browser;
  private String reminderPlanId;
  private Instant reminderDue;

  @BeforeAll
  void start() throws Exception {
    assumeTrue(Browser.installed(),
        "Chromium is not installed (" + Browser.CHROMIUM + ", " + Browser.CHROMEDRIVER + "): the console's"
            + " browser tests are skipped. `apt-get install -y chromium chromium-driver` (.ci/run does it).");
    if (Files.isDirectory(SHOTS)) {
      try (var old = Files.list(SHOTS)) {
        for (Path shot : old.toList()) {
          Files.delete(shot);
        }
      }
    }
    service = new LocalDefault(Files.createDirectories(temp.resolve("romna"))).start();
    browser = new Browser(temp.resolve("chromium"), SHOTS, service.url(), ZONE);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (service != null) {
      service.close();
    }
  }

  @AfterEach
  void noConsoleErrors() {
    if (browser != null) {
      assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }
  }

  @Test
  @Order(1)
  void signsInWithOneClickAsTheDevelopmentUser() {
    browser.driver.get(service.url() + "/");
    browser.waitFor("#dev-signin-button").click();
    browser.waitFor("#nav");
    assertThat(browser.find("#who").getText()).contains("demo");
    awaitLive();
    browser.screenshot("01-signed-in-say");
  }

  @Test
  @Order(2)
  void englishRequestShowsWhatWasUnderstoodThenCreatesThePlan() {
    Instant before = Instant.now();
    WebElement facts = understand("remind me in 1 minute to call mom");
    assertThat(facts.getText()).contains("Reminder", "call mom", "(" + ZONE + ")", "in 1 minute");
    assertReplyAsTheApiGivesIt("remind me in 1 minute to call mom");
    browser.screenshot("02-understood-english");

    WebElement created = create();
    assertThat(created.getText()).contains("Scheduled", "Reminder");
    reminderPlanId = created.getDomAttribute("data-plan-id");
    reminderDue = before.plusSeconds(60);
    browser.screenshot("03-created-english");
  }

  @Test
  @Order(3)
  void arabicRequestIsUnderstoodAndCreated() {
    WebElement facts = understand("ذكرني بعد ساعتين بالدواء");
    assertThat(facts.getText()).contains("Reminder", "الدواء", "in 2 hours");
    assertReplyAsTheApiGivesIt("ذكرني بعد ساعتين بالدواء");
    browser.screenshot("04-understood-arabic");
    assertThat(create().getText()).contains("Scheduled");
  }

  @Test
  @Order(4)
  void emailDraftIsApprovedAfterShowingExactlyWhatWillBeSent() {
    WebElement facts = understand("Send email to john@example.com about meeting tomorrow");
    assertThat(facts.getText()).contains("E-mail", "john@example.com", "meeting tomorrow");
    assertThat(browser.find("#create").getText()).isEqualTo("Create the draft");
    WebElement created = create();
    assertThat(created.getText()).contains("Waiting for approval");
    String planId = created.getDomAttribute("data-plan-id");

    browser.find("#created-plan a.button").click();
    WebElement draft = browser.waitFor("article.draft[data-plan-id='" + planId + "']");
    assertThat(draft.getText()).contains("john@example.com", "meeting tomorrow");
    browser.waitUntil(b -> !draft.findElement(org.openqa.selenium.By.cssSelector(".countdown")).getText().isBlank(),
        Duration.ofSeconds(5));
    assertThat(draft.getText()).contains("6 d 23 h");
    browser.screenshot("05-approvals");

    draft.findElement(org.openqa.selenium.By.cssSelector("button.approve")).click();
    WebElement dialog = browser.waitFor("dialog#confirm[open]");
    assertThat(dialog.getText()).contains("Approve this e-mail?", "To", "john@example.com", "Subject", "meeting tomorrow");
    browser.screenshot("06-approve-dialog");
    browser.find("#confirm-yes").click();

    // Approved, then sent at once (its time has come) into the local outbox, announced live.
    WebElement sent = browser.waitFor(".toast[data-plan-id='" + planId + "']", Duration.ofSeconds(30));
    assertThat(sent.getText()).contains("E-mail", "john@example.com", "local outbox");
    browser.waitFor("#approvals-empty");
    browser.screenshot("07-approved-and-sent");
  }

  @Test
  @Order(5)
  void everyPageWorksWithLabelledControls() {
    for (String view : List.of("approvals", "plans", "calendar", "contacts", "devices", "settings", "say")) {
      browser.find("#nav a[data-view='" + view + "']").click();
      browser.waitUntil(b -> b.driver.getCurrentUrl().endsWith("#/" + view), Duration.ofSeconds(5));
      browser.waitFor("#view-title");
      assertThat(browser.script(UNLABELLED)).as("controls without a label on " + view).asList().isEmpty();
    }

    browser.find("#nav a[data-view='calendar']").click();
    WebElement today = browser.waitFor(".calendar .day.today");
    browser.waitUntil(b -> !b.all(".calendar .entry[data-plan-id='" + reminderPlanId + "']").isEmpty(), Duration.ofSeconds(10));
    assertThat(today.getText()).contains("call mom");
    browser.screenshot("08-calendar-week");

    browser.find("#nav a[data-view='contacts']").click();
    browser.waitFor("#contact-name").sendKeys("Sara");
    browser.find("#contact-email").sendKeys("sara@example.com");
    browser.find("#contact-form button[type=submit]").click();
    browser.waitUntil(b -> b.find("#contacts-list").getText().contains("sara@example.com"), Duration.ofSeconds(10));
    browser.screenshot("09-contacts");

    browser.find("#nav a[data-view='settings']").click();
    WebElement code = browser.waitFor("#set-country");
    code.clear();
    code.sendKeys("966");
    browser.find("#settings-form button[type=submit]").click();
    browser.waitUntil(b -> b.all(".toast.success, #settings-status p").stream().anyMatch(WebElement::isDisplayed), Duration.ofSeconds(10));
    assertThat((String) apiCall("GET", "/api/settings", null).get("defaultCountryCode")).isEqualTo("966");
    browser.screenshot("10-settings");
  }

  @Test
  @Order(6)
  void arabicLayoutIsRightToLeftWithArabicDigits() {
    browser.driver.get(service.url() + "/#/plans");
    browser.waitFor("table.plans");
    browser.find("#lang-switch").click();
    browser.waitUntil(b -> "rtl".equals(b.script("return document.documentElement.dir")), Duration.ofSeconds(5));
    assertThat(browser.script("return document.documentElement.lang")).isEqualTo("ar");
    assertThat(browser.find("#view-title").getText()).isEqualTo("السجل");
    // Right to left: the brand sits at the right edge, the navigation runs leftwards from it.
    long width = (Long) browser.script("return document.documentElement.clientWidth");
    long brand = (Long) browser.script("return Math.round(document.querySelector('.brand').getBoundingClientRect().left)");
    assertThat(brand).isGreaterThan(width / 2);
    List<WebElement> links = browser.all("#nav a");
    assertThat(links.get(0).getRect().getX()).isGreaterThan(links.get(1).getRect().getX());
    assertThat(browser.find("table.plans tbody").getText()).containsPattern("[٠-٩]").doesNotContainPattern("[0-9]{2}:");
    awaitLive();
    browser.screenshot("11-arabic-timeline");
  }

  @Test
  @Order(7)
  void oneMinuteReminderArrivesLiveAsToastAndNotification() {
    assertThat(reminderPlanId).as("created by the English request").isNotNull();
    WebElement toast = browser.waitFor(".toast[data-plan-id='" + reminderPlanId + "']",
        Duration.between(Instant.now(), reminderDue).plusSeconds(30));
    Instant arrived = Instant.now();
    assertThat(toast.getText()).contains("تذكير", "call mom");
    Instant due = OffsetDateTime.parse(planField(reminderPlanId, "scheduledFor")).toInstant();
    assertThat(Duration.between(due, arrived)).isLessThan(Duration.ofSeconds(10));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> shown = (List<Map<String, Object>>) browser.script("return window.__notifications");
    assertThat(shown).anySatisfy(n -> {
      assertThat(n.get("title")).isEqualTo("تذكير");
      assertThat((String) n.get("body")).contains("call mom");
    });
    browser.screenshot("12-reminder-arrived-live");
  }

  @Test
  @Order(8)
  void pageReconnectsAfterTheServiceRestarts() {
    service.stop();
    browser.waitUntil(b -> "reconnecting".equals(b.find("#live-status").getDomAttribute("data-state")), Duration.ofSeconds(30));
    browser.screenshot("13-reconnecting");
    service.start();
    awaitLive(Duration.ofSeconds(60));
    // While the service was down the page's reconnect attempts failed, as they should.
    assertThat(browser.consoleErrors()).allMatch(e -> e.contains("/api/live") && e.contains("ERR_CONNECTION_REFUSED"));

    browser.find("#nav a[data-view='say']").click();
    understand("ذكرني بعد ٥ ثواني اشرب ماء");
    String planId = create().getDomAttribute("data-plan-id");
    assertThat(browser.waitFor(".toast[data-plan-id='" + planId + "']", Duration.ofSeconds(30)).getText()).contains("اشرب ماء");
    browser.screenshot("14-live-after-restart");
  }

  private WebElement understand(String transcript) {
    browser.driver.get(service.url() + "/#/say");
    WebElement box = browser.waitFor("#transcript");
    box.clear();
    box.sendKeys(transcript);
    box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
    browser.waitUntil(b -> !b.all("#create").isEmpty() && b.find("#create").isEnabled(), Duration.ofSeconds(15));
    return browser.find("#understood-facts");
  }

  private WebElement create() {
    browser.find("#create").click();
    return browser.waitFor("#created-plan");
  }

  private void awaitLive() {
    awaitLive(Duration.ofSeconds(15));
  }

  private void awaitLive(Duration timeout) {
    browser.waitUntil(b -> "live".equals(b.find("#live-status").getDomAttribute("data-state")), timeout);
  }

  /** Shows the spoken reply exactly when the API gives one; the page must not invent one. */
  private void assertReplyAsTheApiGivesIt(String transcript) {
    String reply = (String) apiCall("POST", "/api/voice/interpret",
        Map.of("transcript", transcript, "timezone", ZONE)).get("reply");
    if (reply == null) {
      assertThat(browser.all("#reply")).isEmpty();
    } else {
      assertThat(browser.find("#reply").getText()).contains(reply);
    }
  }

  private String planField(String planId, String field) {
    return (String) apiCall("GET", "/api/plans/" + planId, null).get(field);
  }

  /** The API called from the page itself, with the page's own token. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> apiCall(String method, String path, Map<String, Object> body) {
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
