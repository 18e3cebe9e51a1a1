package com.romna.workflows;

import static com.romna.workflows.PlanStatus.CANCELLED;
import static com.romna.workflows.PlanStatus.EXECUTED;
import static com.romna.workflows.PlanStatus.FAILED;
import static com.romna.workflows.PlanStatus.SCHEDULED;
import static com.romna.workflows.PlanStatus.WAITING_APPROVAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.romna.workflows.delivery.ProviderReceipt;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.failure.CanceledFailure;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ExecutionWorkflowTests extends WorkflowTest {

  private ExecutionInput plan(IntentType type, Duration dueIn) {
    return TestPlans.input(type, plans.now(), dueIn);
  }

  @Test
  void reminderIsScheduledThenDeliveredExactlyAtItsTime() {
    ExecutionInput input = plan(IntentType.REMINDER, Duration.ofHours(2));
    ExecutionWorkflow workflow = plans.start(input);

    assertThat(workflow.admit().status()).isEqualTo(SCHEDULED);
    env.sleep(Duration.ofMinutes(119));
    assertThat(activities.sent).isEmpty();

    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.sent).singleElement().satisfies(sent -> {
      assertThat(sent.request().channel()).isEqualTo(ExecutionType.NOTIFICATION);
      assertThat(sent.request().idempotencyKey()).isEqualTo("plan/" + input.planId() + "/notification");
      assertThat(sent.at()).isBetween(input.scheduledFor(), input.scheduledFor().plusSeconds(5));
    });
    assertThat(activities.statuses()).containsExactly(SCHEDULED);
  }

  @Test
  void planAlreadyDueFiresAtOnce() {
    ExecutionInput input = plan(IntentType.ALARM, Duration.ofMinutes(-5));
    Instant started = plans.now();

    assertThat(plans.result(plans.start(input))).isEqualTo(EXECUTED);
    assertThat(activities.sent).singleElement()
        .satisfies(s -> assertThat(s.at()).isBefore(started.plusSeconds(5)));
    assertThat(activities.sent.get(0).request().channel()).isEqualTo(ExecutionType.ALARM);
  }

  @Test
  void alarmReDrivenPastItsWindowIsNotRungAndSaysWhy() {
    ExecutionInput input = plan(IntentType.ALARM, Duration.ofHours(-3));

    assertThat(plans.result(plans.start(input))).isEqualTo(FAILED);
    assertThat(activities.attempts).isEmpty();
    assertThat(activities.transitions.get(1).note()).startsWith("not delivered: it was due at");
  }

  @Test
  void emailWaitsForApprovalAndNeverLeavesWithoutIt() {
    ExecutionWorkflow workflow = plans.start(plan(IntentType.EMAIL, Duration.ZERO));

    assertThat(workflow.admit().status()).isEqualTo(WAITING_APPROVAL);
    env.sleep(Duration.ofDays(6));
    assertThat(activities.sent).isEmpty();
    assertThat(workflow.state().status()).isEqualTo(WAITING_APPROVAL);

    assertThat(plans.result(workflow)).isEqualTo(CANCELLED);
    assertThat(activities.attempts).isEmpty();
    assertThat(activities.statuses()).containsExactly(WAITING_APPROVAL, CANCELLED);
    assertThat(activities.transitions.get(1).note()).startsWith("approval expired");
  }

  @Test
  void approvedEmailIsSentAtItsScheduledTimeNotBefore() {
    ExecutionInput input = plan(IntentType.EMAIL, Duration.ofHours(3));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();

    PlanState approved = workflow.approvePlan();
    assertThat(approved.status()).isEqualTo(SCHEDULED);
    assertThat(approved.approved()).isTrue();
    assertThat(activities.sent).isEmpty();

    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.sent).singleElement()
        .satisfies(s -> assertThat(s.at()).isAfterOrEqualTo(input.scheduledFor()));
    assertThat(activities.statuses()).containsExactly(WAITING_APPROVAL, SCHEDULED);
  }

  @Test
  void approvingTwiceSendsOnce() {
    ExecutionWorkflow workflow = plans.start(plan(IntentType.WHATSAPP, Duration.ofHours(1)));
    workflow.admit();
    workflow.approvePlan();
    workflow.approve();
    assertThat(workflow.approvePlan().status()).isEqualTo(SCHEDULED);

    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.sent).singleElement()
        .satisfies(s -> assertThat(s.request().channel()).isEqualTo(ExecutionType.WHATSAPP));
  }

  @Test
  void cancelBeforeTheTimeEndsThePlanWithoutDelivery() {
    ExecutionWorkflow workflow = plans.start(plan(IntentType.REMINDER, Duration.ofHours(2)));
    workflow.admit();
    env.sleep(Duration.ofMinutes(30));

    PlanState cancelled = workflow.cancelPlan();

    assertThat(cancelled.status()).isEqualTo(CANCELLED);
    assertThat(cancelled.cancel()).isEqualTo(CancelOutcome.CANCELLED);
    env.sleep(Duration.ofHours(3));
    assertThat(plans.result(workflow)).isEqualTo(CANCELLED);
    assertThat(activities.attempts).isEmpty();
    assertThat(activities.statuses()).containsExactly(SCHEDULED, CANCELLED);
  }

  @Test
  void cancellingADraftAwaitingApprovalEndsIt() {
    ExecutionWorkflow workflow = plans.start(plan(IntentType.EMAIL, Duration.ZERO));
    workflow.admit();
    workflow.cancel();

    assertThat(plans.result(workflow)).isEqualTo(CANCELLED);
    assertThat(activities.attempts).isEmpty();
    assertThatThrownBy(workflow::approvePlan).isInstanceOf(WorkflowNotFoundException.class);
  }

  @Test
  void rejectedDeliveryFailsThePlanWithTheReasonAfterOneAttempt() {
    activities.deliveryFailure = () -> FakeActivities.rejected("the recipient's number is not valid");
    ExecutionWorkflow workflow = plans.start(plan(IntentType.REMINDER, Duration.ofMinutes(1)));

    assertThat(plans.result(workflow)).isEqualTo(FAILED);
    assertThat(activities.attempts).hasSize(1);
    assertThat(activities.statuses()).containsExactly(SCHEDULED, FAILED);
    assertThat(activities.transitions.get(1).note()).isEqualTo("the recipient's number is not valid");
    assertThat(workflow.state().lastError()).isEqualTo("the recipient's number is not valid");
  }

  @Test
  void outageIsRetriedByTemporalWithBackoffAndDeliveredOnce() {
    activities.deliveryFailure = () -> FakeActivities.unavailable("provider unavailable (HTTP 503)");
    activities.failures = 3;
    ExecutionWorkflow workflow = plans.start(plan(IntentType.REMINDER, Duration.ofMinutes(1)));

    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.attempts).extracting(FakeActivities.Attempt::attempt).containsExactly(1, 2, 3, 4);
    // 1 s, 2 s, 4 s between attempts: Temporal's backoff, not a loop in the workflow.
    assertThat(Duration.between(activities.attempts.get(0).at(), activities.attempts.get(3).at()))
        .isBetween(Duration.ofSeconds(7), Duration.ofSeconds(9));
    assertThat(activities.sent).singleElement().satisfies(s -> assertThat(s.attempt()).isEqualTo(4));
  }

  @Test
  void retryAfterFromTheProviderIsHonoured() {
    activities.deliveryFailure = () -> FakeActivities.rateLimited(Duration.ofSeconds(120));
    activities.failures = 1;
    ExecutionWorkflow workflow = plans.start(plan(IntentType.REMINDER, Duration.ofMinutes(1)));

    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    assertThat(Duration.between(activities.attempts.get(0).at(), activities.attempts.get(1).at()))
        .isBetween(Duration.ofSeconds(120), Duration.ofSeconds(122));
  }

  @Test
  void outageThatOutlastsTheAlarmsWindowGivesUp() {
    activities.deliveryFailure = () -> FakeActivities.unavailable("push provider unavailable");
    ExecutionInput input = plan(IntentType.ALARM, Duration.ofMinutes(1));
    ExecutionWorkflow workflow = plans.start(input);

    assertThat(plans.result(workflow)).isEqualTo(FAILED);
    assertThat(activities.attempts.get(activities.attempts.size() - 1).at())
        .isBefore(input.scheduledFor().plus(Duration.ofMinutes(15)));
    assertThat(workflow.state().lastError()).startsWith("gave up");
  }

  @Test
  void cancelDuringRetryBackoffStopsAtOnceAndNothingIsSent() {
    activities.deliveryFailure = () -> FakeActivities.unavailable("provider unavailable (HTTP 503)");
    ExecutionWorkflow workflow = plans.start(plan(IntentType.REMINDER, Duration.ofMinutes(1)));
    env.sleep(Duration.ofMinutes(2)); // due, and a few attempts have failed
    int tried = activities.attempts.size();
    assertThat(tried).isGreaterThanOrEqualTo(2);

    PlanState cancelled = workflow.cancelPlan();

    assertThat(cancelled.cancel()).isEqualTo(CancelOutcome.CANCELLED);
    assertThat(cancelled.status()).isEqualTo(CANCELLED);
    assertThat(plans.result(workflow)).isEqualTo(CANCELLED);
    env.sleep(Duration.ofHours(2));
    assertThat(activities.attempts).hasSize(tried);
    assertThat(activities.sent).isEmpty();
  }

  @Test
  void cancelWhileAnAttemptIsInFlightSaysSendingAndTheAttemptDecides() throws Exception {
    activities.holdAttempt = new CountDownLatch(1);
    ExecutionWorkflow workflow = plans.start(plan(IntentType.REMINDER, Duration.ofMinutes(1)));
    env.sleep(Duration.ofMinutes(1));
    activities.attemptStarted.await();

    PlanState cancelling = workflow.cancelPlan();
    activities.holdAttempt.countDown();

    assertThat(cancelling.cancel()).isEqualTo(CancelOutcome.SENDING);
    assertThat(cancelling.status()).isEqualTo(SCHEDULED);
    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.sent).hasSize(1);
    assertThat(activities.attempts).hasSize(1);
  }

  @Test
  void cancelWhileAnAttemptIsInFlightThatFailsEndsCancelledWithoutRetrying() throws Exception {
    activities.holdAttempt = new CountDownLatch(1);
    activities.deliveryFailure = () -> FakeActivities.unavailable("provider unavailable (HTTP 503)");
    ExecutionWorkflow workflow = plans.start(plan(IntentType.REMINDER, Duration.ofMinutes(1)));
    env.sleep(Duration.ofMinutes(1));
    activities.attemptStarted.await();

    PlanState cancelling = workflow.cancelPlan();
    activities.holdAttempt.countDown();

    assertThat(cancelling.cancel()).isEqualTo(CancelOutcome.SENDING);
    assertThat(plans.result(workflow)).isEqualTo(CANCELLED);
    env.sleep(Duration.ofHours(1));
    assertThat(activities.attempts).hasSize(1);
    assertThat(activities.sent).isEmpty();
    assertThat(activities.transitions.get(activities.transitions.size() - 1).note())
        .contains("did not get through");
  }

  @Test
  void cancelAfterTheMessageLeftSaysAlreadySent() {
    activities.receiptsExpected = true;
    ExecutionWorkflow workflow = plans.start(plan(IntentType.REMINDER, Duration.ofMinutes(1)));
    env.sleep(Duration.ofMinutes(2));

    PlanState late = workflow.cancelPlan();

    assertThat(late.cancel()).isEqualTo(CancelOutcome.ALREADY_SENT);
    assertThat(late.status()).isEqualTo(EXECUTED);
  }

  @Test
  void cancellingTheWorkflowFromTemporalRecordsTheCancellation() {
    ExecutionWorkflow workflow = plans.start(plan(IntentType.REMINDER, Duration.ofHours(2)));
    workflow.admit();
    WorkflowStub.fromTyped(workflow).cancel();

    assertClosedAsCancelled(workflow);
    assertThat(activities.statuses()).containsExactly(SCHEDULED, CANCELLED);
    assertThat(activities.transitions.get(1).note()).contains("operator");
    assertThat(activities.attempts).isEmpty();
  }

  @Test
  void cancellingTheWorkflowFromTemporalDuringBackoffStopsTheRetries() {
    activities.deliveryFailure = () -> FakeActivities.unavailable("provider unavailable (HTTP 503)");
    ExecutionInput input = plan(IntentType.REMINDER, Duration.ofMinutes(1));
    ExecutionWorkflow workflow = plans.start(input);
    env.sleep(Duration.ofMinutes(2));
    int tried = activities.attempts.size();

    WorkflowStub.fromTyped(workflow).cancel();

    assertClosedAsCancelled(workflow);
    env.sleep(Duration.ofHours(1));
    assertThat(activities.attempts).hasSize(tried);
    assertThat(activities.rows.get(input.planId())).isEqualTo(CANCELLED);
  }

  @Test
  void undeliveredReceiptInTheWindowFailsThePlan() {
    activities.receiptsExpected = true;
    ExecutionWorkflow workflow = plans.start(plan(IntentType.WHATSAPP, Duration.ofMinutes(1)));
    workflow.admit();
    workflow.approvePlan();
    env.sleep(Duration.ofHours(1));
    assertThat(workflow.state().status()).isEqualTo(EXECUTED);

    workflow.receipt(new ProviderReceipt(
        "twilio", "SM1", "undelivered", false, "the recipient's phone is unreachable (Twilio 30003)"));

    assertThat(plans.result(workflow)).isEqualTo(FAILED);
    assertThat(workflow.state().lastError()).contains("unreachable");
    assertThat(activities.receipts).hasSize(1);
  }

  @Test
  void withoutAReceiptTheWorkflowClosesAfterTheWindow() {
    activities.receiptsExpected = true;
    ExecutionInput input = plan(IntentType.REMINDER, Duration.ofMinutes(1));
    ExecutionWorkflow workflow = plans.start(input);

    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    assertThat(plans.now()).isAfter(input.scheduledFor().plus(TestPlans.RECEIPT_WINDOW));
    assertThat(activities.receipts).isEmpty();
  }

  @Test
  void reRunOfAPlanThatAlreadyFinishedEndsWithoutSending() {
    ExecutionInput input = plan(IntentType.REMINDER, Duration.ofMinutes(1));
    activities.rows.put(input.planId(), EXECUTED);

    assertThat(plans.result(plans.start(input))).isEqualTo(EXECUTED);
    assertThat(activities.attempts).isEmpty();
  }

  /** Temporal closes a workflow it was asked to cancel as Canceled; the plan's row tells the rest. */
  private void assertClosedAsCancelled(ExecutionWorkflow workflow) {
    assertThatThrownBy(() -> plans.result(workflow))
        .isInstanceOf(WorkflowFailedException.class)
        .hasCauseInstanceOf(CanceledFailure.class);
  }
}
