package com.romna.activities.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.activities.TestDatabase;
import com.romna.activities.plan.PlanRecorder;
import com.romna.workflows.CancelOutcome;
import com.romna.workflows.ExecutionType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.PlanStatus;
import com.romna.workflows.delivery.ProviderReceipt;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The cancel fence against the ledger, on a real PostgreSQL: a claim and a cancel never pass. */
class CancelFenceTests {

  private final Clock clock = Clock.systemUTC();
  private final PlanRecorder plans = new PlanRecorder(TestDatabase.jdbc(), clock);
  private final DeliveryLedger ledger = new DeliveryLedger(TestDatabase.jdbc(), plans, clock);
  private final CancelFence fence =
      new CancelFence(TestDatabase.jdbc(), TestDatabase.transactions(), plans, ledger, clock);
  private final UUID planId =
      TestDatabase.insertPlan("u-" + UUID.randomUUID(), "reminder", "{\"title\":\"tea\"}", Instant.now());
  private final Delivery delivery =
      new Delivery(planId, "u", ExecutionType.NOTIFICATION, PlanPayload.reminder("tea"), Instant.now(), "UTC", "en");

  @Test
  void withNothingClaimedTheCancelIsRecordedAndNoLaterClaimPasses() {
    assertThat(fence.stop(planId, "cancelled by the user")).isEqualTo(CancelOutcome.CANCELLED);

    assertThat(TestDatabase.planStatus(planId)).isEqualTo("cancelled");
    assertThat(ledger.claim(delivery, "k-" + planId, "fcm", "token", 1)).isFalse();
    assertThat(TestDatabase.deliveryRows(planId)).isZero();
    assertThat(fence.stop(planId, "again")).isEqualTo(CancelOutcome.CANCELLED);
  }

  @Test
  void aClaimInFlightMakesTheCancelSayingSendingAndLeavesThePlanOpen() {
    assertThat(ledger.claim(delivery, "k-" + planId, "fcm", "token", 1)).isTrue();

    assertThat(fence.stop(planId, "cancelled by the user")).isEqualTo(CancelOutcome.SENDING);
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("scheduled");
    assertThat(ledger.claim(delivery, "k2-" + planId, "fcm", "other-device", 1)).isFalse();
    assertThat(ledger.fenced(planId)).isTrue();
  }

  @Test
  void aMessageAlreadyHandedOverMakesItAlreadySentAndThePlanExecuted() {
    ledger.claim(delivery, "k-" + planId, "fcm", "token", 1);
    ledger.settle("k-" + planId, new SentMessage("fcm", "m-1", "sent", "token", java.util.Map.of()));

    assertThat(fence.stop(planId, "cancelled by the user")).isEqualTo(CancelOutcome.ALREADY_SENT);
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("executed");
  }

  @Test
  void anAttemptWhoseProviderDidNotAnswerIsNoLongerInFlight() {
    ledger.claim(delivery, "k-" + planId, "fcm", "token", 1);
    ledger.unconfirmed("k-" + planId, "FCM unavailable (HTTP 503)");

    assertThat(fence.stop(planId, "cancelled during the backoff")).isEqualTo(CancelOutcome.CANCELLED);
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("cancelled");
  }

  @Test
  void aCancelWaitsForAClaimInProgressAndThenSeesIt() throws Exception {
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    CompletableFuture<Boolean> claim = CompletableFuture.supplyAsync(() ->
        TestDatabase.transactions().execute(tx -> {
          boolean ok = ledger.claim(delivery, "k-" + planId, "fcm", "token", 1);
          claimed.countDown();
          await(commit);
          return ok;
        }));
    claimed.await(10, TimeUnit.SECONDS);

    CompletableFuture<CancelOutcome> cancel =
        CompletableFuture.supplyAsync(() -> fence.stop(planId, "cancelled by the user"));
    Thread.sleep(300); // the fence is now waiting for the claim's lock
    assertThat(cancel).isNotDone();
    commit.countDown();

    assertThat(claim.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(cancel.get(10, TimeUnit.SECONDS)).isEqualTo(CancelOutcome.SENDING);
  }

  @Test
  void aReceiptOfAnUndeliveredMessageFailsTheExecutedPlanOnce() {
    ledger.markExecuted(planId, 1, "delivered via twilio");
    ProviderReceipt undelivered =
        new ProviderReceipt("twilio", "SM1", "undelivered", false, "the phone is unreachable (Twilio 30003)");

    assertThat(plans.receipt(planId, undelivered)).isEqualTo(PlanStatus.FAILED);
    assertThat(plans.receipt(planId, undelivered)).isEqualTo(PlanStatus.FAILED);

    assertThat(TestDatabase.lastError(planId)).isEqualTo("the phone is unreachable (Twilio 30003)");
    assertThat(TestDatabase.jdbc().queryForObject(
            "SELECT count(*) FROM plan_events WHERE plan_id = :id AND status = 'failed'",
            new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("id", planId),
            Integer.class))
        .isEqualTo(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
