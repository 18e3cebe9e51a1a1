package com.romna.activities.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.activities.DeliveryHarness;
import com.romna.activities.TestDatabase;
import com.romna.workflows.CancelOutcome;
import com.romna.workflows.ExecutionInput;
import com.romna.workflows.ExecutionWorkflow;
import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.PlanStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The approval reminder through the real workflow, activities and ledger: to the user's devices
 * through the real FCM SDK (a fake FCM), or to the local outbox; in the user's language; recorded
 * under its own key and purpose; never a move of the plan, never mistaken for the draft's send.
 */
class ApprovalReminderDeliveryTests {

  private final FakeFcm fcm = new FakeFcm();
  private final String user = "u-" + UUID.randomUUID();
  private DeliveryHarness harness;

  @AfterEach
  void stop() {
    if (harness != null) {
      harness.close();
    }
    fcm.close();
  }

  private void throughFcm() {
    harness = new DeliveryHarness(
        new FcmPushSender(fcm.messaging(), TestDatabase.jdbc(), Clock.systemUTC()), null, null);
    fcm.timedBy(harness.env()::currentTimeMillis);
  }

  private Instant now() {
    return Instant.ofEpochMilli(harness.env().currentTimeMillis());
  }

  /** An unapproved email draft expiring in two hours, reminded one hour before. */
  private ExecutionWorkflow draft(UUID planId, String locale, String zone) {
    TestDatabase.setMessage(planId, PlanPayload.email("sara@example.com", "the report", "see attached"), locale);
    TestDatabase.jdbc().update("UPDATE execution_plans SET timezone = :zone WHERE id = :id",
        Map.of("zone", zone, "id", planId));
    Instant now = now();
    return harness.start(new ExecutionInput(planId, user, IntentType.EMAIL, now.plus(Duration.ofMinutes(30)),
        zone, now.plus(Duration.ofHours(2)), null, Duration.ofHours(24), null, 0, null, false, 1,
        Duration.ofHours(1)));
  }

  private UUID emailPlan() {
    return TestDatabase.insertPlan(user, "email", "{}", Instant.now());
  }

  private List<String> notes(UUID planId) {
    return TestDatabase.jdbc().queryForList(
        "SELECT status || ': ' || note FROM plan_events WHERE plan_id = :plan ORDER BY id",
        Map.of("plan", planId), String.class);
  }

  @Test
  void anArabicUserIsRemindedOnEveryDeviceAndACancelStillCancels() {
    throughFcm();
    String token = Devices.newToken("phone");
    Devices.register(user, token, Instant.parse("2026-01-01T00:00:00Z"));
    fcm.accepts(token);
    UUID planId = emailPlan();
    ExecutionWorkflow workflow = draft(planId, "ar", "Asia/Riyadh");

    harness.env().sleep(Duration.ofMinutes(59));
    assertThat(fcm.sent()).isEmpty();
    harness.env().sleep(Duration.ofMinutes(2));

    assertThat(fcm.sent()).extracting(FakeFcm.Sent::token).containsExactly(token);
    assertThat(fcm.requests().get(0).getBodyAsString())
        .contains("مسودة تنتظر موافقتك", "«the report» إلى sara@example.com", "(Asia/Riyadh)",
            "\"type\":\"approval_reminder\"");
    Map<String, Object> row = TestDatabase.jdbc().queryForMap(
        "SELECT idempotency_key, purpose, channel, provider, status FROM deliveries WHERE plan_id = :plan",
        Map.of("plan", planId));
    assertThat((String) row.get("idempotency_key")).startsWith("plan/" + planId + "/approval-reminder/");
    assertThat(row).containsEntry("purpose", "approval_reminder").containsEntry("channel", "notification")
        .containsEntry("provider", "fcm").containsEntry("status", "sent");
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("waiting_approval");
    assertThat(notes(planId)).last().asString()
        .startsWith("waiting_approval: approval reminder sent via fcm; the draft expires ");

    // The reminder is no send of the draft: a cancel cancels, it does not find the plan "already sent".
    assertThat(workflow.cancelPlan().cancel()).isEqualTo(CancelOutcome.CANCELLED);
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("cancelled");
    assertThat(fcm.sent()).hasSize(1);
  }

  @Test
  void withoutADeviceTheReminderIsNotedAndTheDraftStillExpires() {
    throughFcm();
    UUID planId = emailPlan();
    ExecutionWorkflow workflow = draft(planId, "en", "UTC");

    harness.env().sleep(Duration.ofMinutes(61));
    assertThat(notes(planId)).last().asString()
        .startsWith("waiting_approval: approval reminder not delivered (no device is registered for this user)");
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("waiting_approval");

    assertThat(io.temporal.client.WorkflowStub.fromTyped(workflow).getResult(PlanStatus.class))
        .isEqualTo(PlanStatus.CANCELLED);
    assertThat(notes(planId)).last().asString().startsWith("cancelled: approval expired at ");
    assertThat(TestDatabase.deliveryRows(planId)).isZero();
  }

  @Test
  void locallyTheReminderIsAnOutboxRowUnderThePlansReminderKey() {
    harness = new DeliveryHarness(null, null, null);
    UUID planId = emailPlan();
    ExecutionWorkflow workflow = draft(planId, "en", "Europe/Berlin");
    harness.env().sleep(Duration.ofMinutes(61));

    Map<String, Object> row = TestDatabase.jdbc().queryForMap(
        "SELECT idempotency_key, purpose, provider, content->>'type' AS type, content->>'title' AS title,"
            + " content->>'body' AS body FROM deliveries WHERE plan_id = :plan",
        Map.of("plan", planId));
    assertThat(row).containsEntry("idempotency_key", "plan/" + planId + "/approval-reminder")
        .containsEntry("purpose", "approval_reminder").containsEntry("provider", "local")
        .containsEntry("type", "approval_reminder").containsEntry("title", "Draft waiting for your approval");
    assertThat((String) row.get("body"))
        .startsWith("Email \u201cthe report\u201d to sara@example.com expires ")
        .endsWith("(Europe/Berlin) unless you approve it.");

    workflow.approvePlan();
    assertThat(io.temporal.client.WorkflowStub.fromTyped(workflow).getResult(PlanStatus.class))
        .isEqualTo(PlanStatus.EXECUTED);
    assertThat(TestDatabase.jdbc().queryForList(
        "SELECT purpose || ' ' || channel FROM deliveries WHERE plan_id = :plan ORDER BY created_at",
        Map.of("plan", planId), String.class))
        .containsExactly("approval_reminder notification", "plan email");
  }
}
