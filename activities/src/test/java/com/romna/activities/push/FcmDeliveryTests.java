package com.romna.activities.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.activities.DeliveryHarness;
import com.romna.activities.TestDatabase;
import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.PlanStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders and alarms through the real workflow, activities, ledger and Temporal retry policy,
 * with the real SDK talking to a fake FCM.
 */
class FcmDeliveryTests {

  private final FakeFcm fcm = new FakeFcm();
  private final String user = "u-" + UUID.randomUUID();
  private DeliveryHarness harness;

  @BeforeEach
  void start() {
    harness =
        new DeliveryHarness(
            new FcmPushSender(fcm.messaging(), TestDatabase.jdbc(), Clock.systemUTC()), null, null);
    fcm.timedBy(harness.env()::currentTimeMillis);
  }

  @AfterEach
  void stop() {
    harness.close();
    fcm.close();
  }

  private List<String> devices(String... names) {
    Instant first = Instant.parse("2026-01-01T00:00:00Z");
    List<String> tokens = Arrays.stream(names).map(Devices::newToken).toList();
    for (int i = 0; i < tokens.size(); i++) {
      Devices.register(user, tokens.get(i), first.plusSeconds(i));
    }
    return tokens;
  }

  private UUID reminderPlan() {
    return TestDatabase.insertPlan(user, "reminder", "{\"title\":\"medicine\"}", Instant.now());
  }

  private PlanStatus runReminder(UUID planId) {
    return harness.run(planId, user, IntentType.REMINDER, PlanPayload.reminder("medicine"), "ar");
  }

  @Test
  void reminderReachesEveryDeviceWithOneLedgerRowEach() {
    List<String> tokens = devices("phone", "tablet");
    String phone = fcm.accepts(tokens.get(0));
    String tablet = fcm.accepts(tokens.get(1));
    UUID planId = reminderPlan();

    assertThat(runReminder(planId)).isEqualTo(PlanStatus.EXECUTED);

    assertThat(fcm.sent()).extracting(FakeFcm.Sent::token).containsExactlyElementsOf(tokens);
    Map<String, Map<String, Object>> rows = Devices.deliveries(planId);
    assertThat(rows.get(tokens.get(0))).containsEntry("status", "sent").containsEntry("messageId", phone);
    assertThat(rows.get(tokens.get(1))).containsEntry("status", "sent").containsEntry("messageId", tablet);
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("executed");
  }

  @Test
  void ledgerKeepsTheNotificationAsThePhoneShowsIt() {
    List<String> tokens = devices("phone");
    fcm.accepts(tokens.get(0));
    UUID planId = reminderPlan();

    assertThat(runReminder(planId)).isEqualTo(PlanStatus.EXECUTED);

    assertThat(
            TestDatabase.jdbc()
                .queryForMap(
                    "SELECT content->>'title' AS title, content->>'body' AS body FROM deliveries"
                        + " WHERE plan_id = :plan",
                    Map.of("plan", planId)))
        .containsEntry("title", "تذكير")
        .containsEntry("body", "medicine");
  }

  @Test
  void alarmIsExecutedOnceFcmAcceptsIt() {
    List<String> tokens = devices("phone");
    String name = fcm.accepts(tokens.get(0));
    UUID planId = TestDatabase.insertPlan(user, "alarm", "{\"label\":\"wake up\"}", Instant.now());

    PlanStatus status =
        harness.run(planId, user, IntentType.ALARM, PlanPayload.alarm("wake up"), "en");

    assertThat(status).isEqualTo(PlanStatus.EXECUTED);
    assertThat(fcm.requests().get(0).getBodyAsString())
        .contains("\"type\":\"alarm\"", "\"label\":\"wake up\"", "\"priority\":\"high\"");
    assertThat(Devices.deliveries(planId).get(tokens.get(0))).containsEntry("messageId", name);
  }

  @Test
  void unregisteredDeviceIsDroppedAndTheOtherStillReceives() {
    List<String> tokens = devices("old-phone", "new-phone");
    fcm.fails(tokens.get(0), FakeFcm.unregistered());
    fcm.accepts(tokens.get(1));
    UUID planId = reminderPlan();

    assertThat(runReminder(planId)).isEqualTo(PlanStatus.EXECUTED);

    assertThat(Devices.of(user)).containsExactly(tokens.get(1));
    Map<String, Map<String, Object>> rows = Devices.deliveries(planId);
    assertThat(rows.get(tokens.get(0))).containsEntry("status", "gone");
    assertThat(rows.get(tokens.get(1))).containsEntry("status", "sent");
    assertThat(fcm.sentTo(tokens.get(0))).hasSize(1);
  }

  @Test
  void whenEveryDeviceIsGoneThePlanFailsSayingSo() {
    List<String> tokens = devices("lost-phone");
    fcm.fails(tokens.get(0), FakeFcm.unregistered());
    UUID planId = reminderPlan();

    assertThat(runReminder(planId)).isEqualTo(PlanStatus.FAILED);

    String tail = tokens.get(0).substring(tokens.get(0).length() - 6);
    assertThat(TestDatabase.lastError(planId))
        .isEqualTo("the device …" + tail + " is no longer registered with Firebase (UNREGISTERED)");
    assertThat(Devices.of(user)).isEmpty();
    assertThat(fcm.sent()).hasSize(1);
  }

  @Test
  void userWithoutDevicesFailsWithoutCallingFcm() {
    UUID planId = reminderPlan();

    assertThat(runReminder(planId)).isEqualTo(PlanStatus.FAILED);

    assertThat(TestDatabase.lastError(planId)).isEqualTo("no device is registered for this user");
    assertThat(fcm.sent()).isEmpty();
  }

  @Test
  void internalErrorThenAcceptedIsOneNotificationOnTheSecondAttempt() {
    List<String> tokens = devices("phone");
    String name = fcm.failsThenAccepts(tokens.get(0), 1, FakeFcm.internal());
    UUID planId = reminderPlan();

    assertThat(runReminder(planId)).isEqualTo(PlanStatus.EXECUTED);

    assertThat(fcm.sent()).hasSize(2);
    assertThat(Devices.deliveries(planId).get(tokens.get(0)))
        .containsEntry("status", "sent")
        .containsEntry("messageId", name)
        .containsEntry("attempts", 2);
    assertThat(Devices.planAttempts(planId)).isEqualTo(2);
  }

  @Test
  void unavailableOnceIsRetriedByTheSdkWithinTheSameAttempt() {
    List<String> tokens = devices("phone");
    String name = fcm.failsThenAccepts(tokens.get(0), 1, FakeFcm.unavailable());
    UUID planId = reminderPlan();

    assertThat(runReminder(planId)).isEqualTo(PlanStatus.EXECUTED);

    assertThat(fcm.sent()).hasSize(2);
    assertThat(Devices.deliveries(planId).get(tokens.get(0)))
        .containsEntry("messageId", name)
        .containsEntry("attempts", 1);
  }

  @Test
  void unavailableBeyondTheSdksOwnRetriesIsRetriedByTemporal() {
    // The SDK tries a 503 five times (backing off 0.5 s to 4 s) before it gives up.
    List<String> tokens = devices("phone");
    String name = fcm.failsThenAccepts(tokens.get(0), 5, FakeFcm.unavailable());
    UUID planId = reminderPlan();

    assertThat(runReminder(planId)).isEqualTo(PlanStatus.EXECUTED);

    assertThat(fcm.sent()).hasSize(6);
    assertThat(Devices.deliveries(planId).get(tokens.get(0)))
        .containsEntry("status", "sent")
        .containsEntry("messageId", name)
        .containsEntry("attempts", 2);
    assertThat(Devices.planAttempts(planId)).isEqualTo(2);
  }

  @Test
  void quotaExceededIsRetriedNoSoonerThanRetryAfter() {
    List<String> tokens = devices("phone");
    fcm.failsThenAccepts(tokens.get(0), 1, FakeFcm.quotaExceeded().withHeader("Retry-After", "3"));
    UUID planId = reminderPlan();

    assertThat(runReminder(planId)).isEqualTo(PlanStatus.EXECUTED);

    List<FakeFcm.Sent> sent = fcm.sent();
    assertThat(sent).hasSize(2);
    // Without Retry-After the activity's own backoff would retry after 1 s.
    assertThat(sent.get(1).atMillis() - sent.get(0).atMillis()).isGreaterThanOrEqualTo(3_000);
    assertThat(Devices.planAttempts(planId)).isEqualTo(2);
  }

  @Test
  void retryNeverSendsAgainToADeviceAlreadyReached() {
    List<String> tokens = devices("phone", "tablet");
    fcm.accepts(tokens.get(0));
    fcm.failsThenAccepts(tokens.get(1), 1, FakeFcm.internal());
    UUID planId = reminderPlan();

    assertThat(runReminder(planId)).isEqualTo(PlanStatus.EXECUTED);

    assertThat(fcm.sentTo(tokens.get(0))).hasSize(1);
    assertThat(fcm.sentTo(tokens.get(1))).hasSize(2);
    Map<String, Map<String, Object>> rows = Devices.deliveries(planId);
    assertThat(rows.get(tokens.get(0))).containsEntry("attempts", 1);
    assertThat(rows.get(tokens.get(1))).containsEntry("attempts", 2);
  }

  @Test
  void sendInDoubtAfterACrashIsSentAgainUnderTheSameCollapseKey() {
    // The previous attempt claimed the row and died before recording FCM's answer. FCM cannot be
    // asked whether it has the message; sending again under the same tag/collapse id replaces a
    // notification already shown instead of adding one, while a lost reminder would be worse.
    List<String> tokens = devices("phone");
    fcm.accepts(tokens.get(0));
    UUID planId = reminderPlan();
    Devices.claimInDoubt(planId, user, "notification", tokens.get(0));

    assertThat(runReminder(planId)).isEqualTo(PlanStatus.EXECUTED);

    assertThat(fcm.sentTo(tokens.get(0))).hasSize(1);
    assertThat(Devices.deliveries(planId).get(tokens.get(0))).containsEntry("status", "sent");
  }

  @Test
  void senderIdMismatchFailsThePlanAtOnceAndKeepsTheDevice() {
    List<String> tokens = devices("phone");
    fcm.fails(
        tokens.get(0),
        FakeFcm.error(403, "PERMISSION_DENIED", "SenderId mismatch", "SENDER_ID_MISMATCH"));
    UUID planId = reminderPlan();

    assertThat(runReminder(planId)).isEqualTo(PlanStatus.FAILED);

    assertThat(TestDatabase.lastError(planId)).endsWith("(SENDER_ID_MISMATCH)");
    assertThat(fcm.sent()).hasSize(1);
    assertThat(Devices.of(user)).containsExactly(tokens.get(0));
  }
}
