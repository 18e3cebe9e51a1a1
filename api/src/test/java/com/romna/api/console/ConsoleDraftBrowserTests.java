package com.romna.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.romna.activities.email.FakeResend;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editing a draft in the console before approving it, in Chromium against the local default with
 * e-mail going to a fake Resend: what Resend receives is the text the person edited and approved;
 * a draft changed elsewhere after the page drew it is not approved, and the page shows its new
 * text. Screenshots go to {@code target/console-screenshots/drafts}; no console error but the
 * refusals the scenario provokes.
 */
class ConsoleDraftBrowserTests extends ConsoleScenario {

  @Override
  Path screenshots() {
    return Path.of("target", "console-screenshots", "drafts");
  }

  @BeforeAll
  void signedIn() {
    signIn();
  }

  @Test
  @Order(1)
  void editedEmailIsApprovedAndResendGetsTheEditedText() {
    page.language("en");
    String planId = draft("Send email to john@example.com about meeting tomorrow");
    String card = "article.draft[data-plan-id='" + planId + "']";
    assertThat(browser.text(card + " .badge.version")).isEqualTo("version 1");

    // Escape leaves the form without a change and gives the keyboard back to Edit.
    browser.click(card + " button.edit");
    assertThat(activeId()).isEqualTo("edit-recipient-" + planId);
    browser.find("#edit-subject-" + planId).sendKeys(" (draft)", Keys.ESCAPE);
    browser.waitUntil(b -> b.all(card + " form").isEmpty(), Duration.ofSeconds(5));
    assertThat((String) browser.script("return document.activeElement.className")).isEqualTo("edit");
    assertThat(browser.text(card)).contains("meeting tomorrow").doesNotContain("(draft)");

    // A recipient nobody can receive at: said next to the form, in words, and nothing typed is lost.
    browser.click(card + " button.edit");
    replaceText("#edit-recipient-" + planId, "john@@example.com");
    replaceText("#edit-subject-" + planId, "Budget review");
    replaceText("#edit-body-" + planId, "See you at 10 in room 4.");
    browser.click(card + " form button[type=submit]");
    WebElement error = browser.waitFor(card + " .form-error");
    assertThat(error.getText()).contains("Nobody can receive at this address");
    assertThat(browser.find("#edit-recipient-" + planId).getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(activeId()).isEqualTo("edit-recipient-" + planId);
    assertThat(browser.find("#edit-body-" + planId).getDomProperty("value")).isEqualTo("See you at 10 in room 4.");
    assertThat(browser.consoleErrors()).singleElement().asString().contains("/api/plans/" + planId, "422");
    assertThat(page.unlabelledControls()).as("the edit form's controls are labelled").isEmpty();
    browser.screenshot("d01-edit-refused");

    replaceText("#edit-recipient-" + planId, "john@example.com");
    browser.click(card + " form button[type=submit]");
    browser.waitUntil(b -> b.text(card + " .badge.version").equals("version 2"), Duration.ofSeconds(15));
    assertThat(browser.text(card)).contains("Saved. This is now version 2", "Budget review", "See you at 10 in room 4.");
    browser.screenshot("d02-edited");

    browser.click(card + " button.approve");
    WebElement dialog = browser.waitFor("dialog#confirm[open]");
    assertThat(dialog.getText()).contains("john@example.com", "Budget review", "See you at 10 in room 4.", "Version", "2");
    browser.screenshot("d03-approve-edited");
    browser.find("#confirm-yes").click();
    browser.waitFor(".toast[data-plan-id='" + planId + "']", Duration.ofSeconds(30));

    JsonNode sent = onlyEmailTo("john@example.com");
    assertThat(sent.get("subject").asString()).isEqualTo("Budget review");
    assertThat(sent.get("text").asString()).contains("See you at 10 in room 4.").doesNotContain("meeting tomorrow");
    assertThat(page.api("GET", "/api/plans/" + planId, null)).containsEntry("status", "executed").containsEntry("version", 2L);
  }

  @Test
  @Order(2)
  void staleApprovalInArabicShowsTheNewTextAndSendsNothing() {
    page.language("ar");
    String planId = draft("أرسل إيميل إلى sara@example.com عن الاجتماع");
    String card = "article.draft[data-plan-id='" + planId + "']";

    // The form reads right to left, in Arabic, and saves like the English one.
    browser.click(card + " button.edit");
    WebElement form = browser.waitFor(card + " form.draft-form");
    assertThat(browser.script("return getComputedStyle(arguments[0]).direction", form)).isEqualTo("rtl");
    assertThat(form.getText()).contains("إلى", "الموضوع", "النص", "احفظ التعديلات");
    replaceText("#edit-subject-" + planId, "موعد الاجتماع");
    browser.click(card + " form button[type=submit]");
    browser.waitUntil(b -> b.text(card + " .badge.version").equals("النسخة ٢"), Duration.ofSeconds(15));
    browser.screenshot("d04-edited-arabic");

    // Someone edits the draft elsewhere; the page still shows version 2 and approves that.
    Map<String, Object> elsewhere = page.api("PATCH", "/api/plans/" + planId, Map.of("subject", "تأجيل الاجتماع"));
    assertThat(elsewhere.get("version")).isEqualTo(3L);
    browser.click(card + " button.approve");
    assertThat(browser.waitFor("dialog#confirm[open]").getText()).contains("موعد الاجتماع", "٢");
    browser.find("#confirm-yes").click();
    WebElement notice = browser.waitFor(card + " .notice.changed");
    assertThat(notice.getText()).contains("تغيّر النص منذ قرأته", "النسخة ٣", "لم تتم الموافقة", "الموضوع");
    assertThat(browser.text(card)).contains("تأجيل الاجتماع").doesNotContain("موعد الاجتماع");
    assertThat(browser.text(card + " .badge.version")).isEqualTo("النسخة ٣");
    assertThat(activeClass()).contains("notice");
    assertThat(browser.consoleErrors()).singleElement().asString().contains("/api/plans/" + planId + "/approve", "409");
    assertThat(page.api("GET", "/api/plans/" + planId, null)).containsEntry("status", "waiting_approval");
    assertThat(emailsTo("sara@example.com")).isEmpty();
    browser.screenshot("d05-stale-approval-arabic");

    // Approving what is shown now sends exactly that.
    browser.click(card + " button.approve");
    assertThat(browser.waitFor("dialog#confirm[open]").getText()).contains("تأجيل الاجتماع", "٣");
    browser.find("#confirm-yes").click();
    browser.waitFor(".toast[data-plan-id='" + planId + "']", Duration.ofSeconds(30));
    assertThat(onlyEmailTo("sara@example.com").get("subject").asString()).isEqualTo("تأجيل الاجتماع");

    // Its history reads in Arabic: the engine's notes are worded by the page, not shown in English.
    page.plan(planId);
    browser.waitFor("#plan-detail .badge.status-executed", Duration.ofSeconds(15));
    assertThat(browser.text(".events")).contains("أُنشئت مما قلته", "بانتظار موافقتك حتى", "تمت الموافقة", "وصلت عبر resend")
        .doesNotContain("created from", "waiting for approval", "approved", "delivered via");
    browser.screenshot("d06-history-arabic");
  }

  @Test
  @Order(3)
  void whatsAppDraftIsEditedWithTheKeyboardOnlyAndMovedToAnotherTime() {
    page.language("en");
    String planId = draft("send a whatsapp to +966501234567 that I'm late");
    String card = "article.draft[data-plan-id='" + planId + "']";
    String tomorrow = LocalDate.now(ZoneId.of(ZONE)).plusDays(1).toString();

    browser.script("arguments[0].focus()", browser.find(card + " button.edit"));
    active().sendKeys(Keys.ENTER);
    assertThat(activeId()).isEqualTo("edit-recipient-" + planId);
    active().sendKeys(Keys.TAB);
    assertThat(activeId()).isEqualTo("edit-message-" + planId);
    active().sendKeys(Keys.chord(Keys.CONTROL, "a"), "Running 10 minutes late, start without me.");
    // A date and time picker takes keys in the browser's own order: the value is set as the picker would.
    browser.script("arguments[0].value = arguments[1]", browser.find("#edit-scheduledFor-" + planId), tomorrow + "T09:30");
    active().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB), Keys.ENTER); // Enter in a field submits the form
    browser.waitUntil(b -> b.text(card + " .badge.version").equals("version 2"), Duration.ofSeconds(15));
    assertThat(browser.text(card)).contains("Running 10 minutes late, start without me.", "09:30", "+966501234567");
    assertThat((String) browser.script("return document.activeElement.className")).isEqualTo("edit");
    Map<String, Object> plan = page.api("GET", "/api/plans/" + planId, null);
    assertThat(plan.get("scheduledFor")).isEqualTo(tomorrow + "T09:30:00+03:00");
    assertThat(plan).containsEntry("status", "waiting_approval");
    browser.screenshot("d07-whatsapp-edited-by-keyboard");

    page.plan(planId);
    browser.waitUntil(b -> b.text(".events").contains("draft edited (version 2); now sends at"), Duration.ofSeconds(10));
  }

  /** Types the request, creates the draft and opens it in Approvals; returns its plan id. */
  private String draft(String transcript) {
    page.understand(transcript);
    String planId = page.create().getDomAttribute("data-plan-id");
    browser.find("#created-plan a.button").click();
    browser.waitFor("article.draft[data-plan-id='" + planId + "']");
    return planId;
  }

  private void replaceText(String css, String text) {
    WebElement field = browser.find(css);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(text);
  }

  private WebElement active() {
    return browser.driver.switchTo().activeElement();
  }

  private String activeId() {
    return (String) browser.script("return document.activeElement.id");
  }

  private String activeClass() {
    return (String) browser.script("return document.activeElement.className");
  }

  private JsonNode onlyEmailTo(String recipient) {
    List<JsonNode> sent = emailsTo(recipient);
    assertThat(sent).as("e-mails Resend received for " + recipient).hasSize(1);
    return sent.get(0);
  }

  private List<JsonNode> emailsTo(String recipient) {
    JsonMapper json = JsonMapper.builder().build();
    return service.bean(FakeResend.class).requests().stream()
        .map(LoggedRequest::getBodyAsString)
        .map(json::readTree)
        .filter(body -> recipient.equals(body.path("to").path(0).asString()))
        .toList();
  }
}
