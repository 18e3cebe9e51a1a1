package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The approval reminder over HTTP: a per-user setting (set, read, turned off, validated), and a
 * draft created through /api/voice/decide reminded once in the local outbox the chosen lead before
 * it expires, still waiting for approval, never counted as the draft's send.
 */
class ApprovalReminderTests extends EngineTest {

  private static final Duration EXPIRY = Duration.ofDays(7); // romna.plans.approval-expiry's default

  private Api.Response setReminder(String value) {
    Map<String, Object> body = new HashMap<>();
    body.put("approvalReminder", value);
    return api.put("/api/settings", token, Api.json(body));
  }

  private Integer stored() {
    return jdbc.sql("SELECT approval_reminder_seconds FROM user_settings WHERE user_id = :user")
        .param("user", user).query(Integer.class).optional().orElse(null);
  }

  private List<Map<String, Object>> reminders(UUID planId) {
    return jdbc.sql("SELECT idempotency_key, provider, channel, status, content->>'type' AS type,"
            + " content->>'title' AS title, content->>'body' AS body FROM deliveries"
            + " WHERE plan_id = :id AND purpose = 'approval_reminder'")
        .param("id", planId).query().listOfRows();
  }

  @Test
  void theReminderIsAnHourByDefaultAndCanBeMovedOrTurnedOff() {
    assertThat(api.get("/api/settings", token).text("approvalReminder")).isEqualTo("PT1H");

    Api.Response earlier = setReminder("pt30m");
    assertThat(earlier.status()).isEqualTo(200);
    assertThat(earlier.text("approvalReminder")).isEqualTo("PT30M");
    assertThat(api.get("/api/settings", token).text("approvalReminder")).isEqualTo("PT30M");
    assertThat(stored()).isEqualTo(1800);

    assertThat(setReminder("off").text("approvalReminder")).isEqualTo("off");
    assertThat(stored()).isZero();
    assertThat(setReminder("PT0S").text("approvalReminder")).isEqualTo("off");
    assertThat(setReminder("P1D").text("approvalReminder")).isEqualTo("PT24H");

    assertThat(setReminder(null).text("approvalReminder")).isEqualTo("PT1H"); // back to the default
    assertThat(stored()).isNull();
    assertThat(api.get("/api/settings?userId=" + user, Api.SERVICE_KEY).text("approvalReminder")).isEqualTo("PT1H");
  }

  @Test
  void aLeadTheReminderCannotUseIsABadRequestAndChangesNothing() {
    setReminder("PT45M");
    for (String bad : new String[] {"", "2 hours", "1h", "PT30S", "P8D", "-PT1H", "PT1H0.5S", "never"}) {
      Api.Response response = setReminder(bad);
      assertThat(response.status()).as(bad).isEqualTo(400);
      assertThat(response.text("type")).isEqualTo("urn:romna:problem:invalid-approval-reminder");
      assertThat(response.text("detail")).contains("PT1H", "off");
    }
    assertThat(stored()).isEqualTo(45 * 60);
  }

  @Test
  void anEmailDraftIsRemindedInTheOutboxThirtyMinutesBeforeItExpiresAndStillWaits() {
    setReminder("PT30M");
    Api.Response created = decide("send an email to john@example.com tomorrow at 9 about the report", "Asia/Riyadh");
    assertThat(created.text("status")).isEqualTo("waiting_approval");
    UUID planId = planId(created);
    Instant remindAt = now().plus(EXPIRY).minus(Duration.ofMinutes(30));
    assertThat(java.time.OffsetDateTime.parse(plan(planId).text("approvalReminderAt")).toInstant())
        .isEqualTo(java.time.OffsetDateTime.parse(plan(planId).text("approvalExpiresAt")).toInstant()
            .minus(Duration.ofMinutes(30)));

    env.sleep(Duration.between(now(), remindAt).minusMinutes(1));
    assertThat(reminders(planId)).isEmpty();
    env.sleep(Duration.ofMinutes(2));

    await().atMost(Duration.ofSeconds(20)).until(() -> !reminders(planId).isEmpty());
    assertThat(reminders(planId)).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("idempotency_key", "plan/" + planId + "/approval-reminder")
          .containsEntry("provider", "local").containsEntry("channel", "notification")
          .containsEntry("status", "delivered").containsEntry("type", "approval_reminder")
          .containsEntry("title", "Draft waiting for your approval");
      String expires = plan(planId).text("approvalExpiresAt").substring(0, 16).replace('T', ' ');
      assertThat((String) row.get("body")).isEqualTo("Email \u201cthe report\u201d to john@example.com expires "
          + expires + " (Asia/Riyadh) unless you approve it.");
    });
    JsonNode plan = plan(planId).body();
    assertThat(plan.get("status").asString()).isEqualTo("waiting_approval");
    assertThat(plan.get("deliveries")).singleElement().satisfies(d -> {
      assertThat(d.get("purpose").asString()).isEqualTo("approval_reminder");
      assertThat(d.get("channel").asString()).isEqualTo("notification");
    });
    assertThat(plan.get("events").findValuesAsString("note"))
        .anySatisfy(note -> assertThat(note).startsWith("approval reminder sent via local; the draft expires "));
    assertThat(plan.get("events").findValuesAsString("code")).contains("approval-reminder-sent");

    // Still the user's to decide: approving sends the email, once, beside the reminder.
    assertThat(approve(planId).status()).isEqualTo(200);
    awaitStatus(planId, "executed");
    assertThat(deliveries(planId)).isEqualTo(1);
    assertThat(reminders(planId)).hasSize(1);
  }

  @Test
  void aCancelAfterTheReminderCancelsTheDraftAndArabicUsersAreRemindedInArabic() {
    UUID planId = planId(decide("جهز رسالة واتساب إلى +966501234567 أني راح أتأخر", "Asia/Riyadh"));
    env.sleep(EXPIRY.minus(Duration.ofMinutes(59)));
    await().atMost(Duration.ofSeconds(20)).until(() -> !reminders(planId).isEmpty());
    assertThat(reminders(planId)).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("title", "مسودة تنتظر موافقتك");
      assertThat((String) row.get("body")).startsWith("رسالة واتساب «راح أتأخر» إلى +966501234567 تنتهي صلاحيتها ");
    });

    Api.Response cancelled = api.post("/api/plans/" + planId + "/cancel", token, "");
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.text("status")).isEqualTo("cancelled");
    assertThat(status(planId)).isEqualTo("cancelled");
    assertThat(deliveries(planId)).isZero();
  }

  @Test
  void aDraftExpiringSoonerThanTheLeadGetsNoReminder() {
    setReminder("P7D"); // as long as drafts wait: no moment is left before the expiry
    UUID planId = planId(decide("Send email to john@example.com about meeting tomorrow", "UTC"));

    assertThat(plan(planId).body().has("approvalReminderAt")).isFalse();
    env.sleep(EXPIRY.plusMinutes(1));
    awaitStatus(planId, "cancelled");
    assertThat(reminders(planId)).isEmpty();
  }

  @Test
  void aUserWhoTurnedRemindersOffGetsNoneAndTheDraftStillExpires() {
    setReminder("off");
    UUID planId = planId(decide("Send email to john@example.com about meeting tomorrow", "UTC"));
    assertThat(jdbc.sql("SELECT approval_reminder_seconds FROM execution_plans WHERE id = :id")
        .param("id", planId).query(Integer.class).optional()).isEmpty();
    assertThat(plan(planId).body().has("approvalReminderAt")).isFalse();

    env.sleep(EXPIRY.plusMinutes(1));

    awaitStatus(planId, "cancelled");
    assertThat(reminders(planId)).isEmpty();
    assertThat(plan(planId).body().get("events").findValuesAsString("note"))
        .noneMatch(note -> note.contains("reminder"));
  }
}
