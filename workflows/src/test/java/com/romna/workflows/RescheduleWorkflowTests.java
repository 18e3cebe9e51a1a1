package com.romna.workflows;

import static com.romna.workflows.PlanStatus.EXECUTED;
import static com.romna.workflows.PlanStatus.SCHEDULED;
import static com.romna.workflows.PlanStatus.WAITING_APPROVAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Snooze and reschedule move the live workflow's timer; the plan fires once, when the user was last told. */
class RescheduleWorkflowTests extends WorkflowTest {

  private ExecutionInput plan(IntentType type, Duration dueIn) {
    return TestPlans.snoozable(TestPlans.input(type, plans.now(), dueIn));
  }

  @Test
  void rescheduleLaterMovesTheTimerAndTheSearchAttribute() {
    ExecutionInput input = plan(IntentType.REMINDER, Duration.ofHours(2));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();
    Instant later = input.scheduledFor().plus(Duration.ofHours(3));

    PlanState moved = workflow.reschedule(TimeChange.to(later));

    assertThat(moved.scheduledFor()).isEqualTo(later);
    assertThat(moved.status()).isEqualTo(SCHEDULED);
    assertThat(activities.times).singleElement().satisfies(t -> {
      assertThat(t.scheduledFor()).isEqualTo(later);
      assertThat(t.again()).isFalse();
      assertThat(t.note()).startsWith("rescheduled to ");
    });
    assertThat(WorkflowStub.fromTyped(workflow).describe().getTypedSearchAttributes()
        .get(PlanSearchAttributes.SCHEDULED_FOR).toInstant()).isEqualTo(later);
    env.sleep(Duration.ofHours(4));
    assertThat(activities.sent).isEmpty();

    env.sleep(Duration.ofHours(1).plusSeconds(5));
    assertThat(activities.sent).singleElement()
        .satisfies(s -> assertThat(s.at()).isBetween(later, later.plusSeconds(5)));
  }

  @Test
  void rescheduleEarlierFiresAtTheNewTime() {
    ExecutionInput input = plan(IntentType.ALARM, Duration.ofHours(5));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();
    Instant sooner = plans.now().plus(Duration.ofHours(1));

    workflow.reschedule(TimeChange.to(sooner));
    env.sleep(Duration.ofHours(1).plusSeconds(5));

    assertThat(activities.sent).singleElement()
        .satisfies(s -> assertThat(s.at()).isBetween(sooner, sooner.plusSeconds(5)));
    assertThat(activities.sent.get(0).request().idempotencyKey()).isEqualTo("plan/" + input.planId() + "/alarm");
  }

  @Test
  void snoozeBeforeFiringPutsThePlanOffByThatLong() {
    ExecutionInput input = plan(IntentType.REMINDER, Duration.ofHours(1));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();

    PlanState snoozed = workflow.reschedule(TimeChange.snoozeFor(Duration.ofMinutes(15)));

    Instant expected = input.scheduledFor().plus(Duration.ofMinutes(15));
    assertThat(snoozed.scheduledFor()).isEqualTo(expected);
    env.sleep(Duration.ofHours(1).plusMinutes(16));
    assertThat(activities.sent).singleElement()
        .satisfies(s -> assertThat(s.at()).isBetween(expected, expected.plusSeconds(5)));
  }

  @Test
  void aReminderThatFiredCanBeSnoozedAndRingsAgainOnItsOwnKey() {
    ExecutionInput input = plan(IntentType.REMINDER, Duration.ofMinutes(10));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();
    env.sleep(Duration.ofMinutes(11));
    assertThat(activities.sent).hasSize(1);
    assertThat(workflow.state().status()).isEqualTo(EXECUTED);

    PlanState again = workflow.reschedule(TimeChange.snoozeFor(Duration.ofMinutes(10)));

    assertThat(again.status()).isEqualTo(SCHEDULED);
    Instant ring = again.scheduledFor();
    assertThat(ring).isBetween(plans.now().plus(Duration.ofMinutes(10)).minusSeconds(2),
        plans.now().plus(Duration.ofMinutes(10)));
    assertThat(activities.times).singleElement().satisfies(t -> assertThat(t.again()).isTrue());
    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.sent).hasSize(2);
    assertThat(activities.sent.get(1).request().idempotencyKey())
        .isEqualTo("plan/" + input.planId() + "/notification/" + ring)
        .isNotEqualTo(activities.sent.get(0).request().idempotencyKey());
    assertThat(activities.sent.get(1).at()).isBetween(ring, ring.plusSeconds(5));
  }

  @Test
  void afterTheSnoozeWindowTheWorkflowClosesAndNothingMoves() {
    ExecutionInput input = plan(IntentType.ALARM, Duration.ofMinutes(1));
    ExecutionWorkflow workflow = plans.start(input);

    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.sent).hasSize(1);
    assertThat(plans.now()).isAfterOrEqualTo(input.scheduledFor().plus(input.snoozeWindow()));
  }

  @Test
  void aMoveRacingTheDueTimeFiresOnceAtTheTimeTheUserWasLastTold() {
    ExecutionInput input = plan(IntentType.REMINDER, Duration.ofHours(1));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();
    env.sleep(Duration.ofMinutes(59).plusSeconds(59));
    Instant told = plans.now().plus(Duration.ofMinutes(30));

    workflow.reschedule(TimeChange.to(told));
    env.sleep(Duration.ofMinutes(31));

    assertThat(activities.sent).singleElement()
        .satisfies(s -> assertThat(s.at()).isBetween(told, told.plusSeconds(5)));
  }

  @Test
  void aMoveWhileTheMessageIsBeingSentIsRejectedAndLeavesNoEvent() throws Exception {
    activities.holdAttempt = new CountDownLatch(1);
    ExecutionInput input = plan(IntentType.REMINDER, Duration.ofMinutes(5));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();
    env.sleep(Duration.ofMinutes(5));
    activities.attemptStarted.await();

    assertThatThrownBy(() -> workflow.reschedule(TimeChange.snoozeFor(Duration.ofMinutes(10))))
        .isInstanceOf(WorkflowUpdateException.class)
        .satisfies(e -> assertThat(rejection(e)).isEqualTo("PLAN_SENDING"));
    activities.holdAttempt.countDown();

    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.sent).singleElement()
        .satisfies(s -> assertThat(s.at()).isBetween(input.scheduledFor(), input.scheduledFor().plusSeconds(5)));
    assertThat(updateEvents(input, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)).isEqualTo(1); // admit
  }

  @Test
  void aPastTimeOrAFinishedPlanIsRejectedByTheValidator() {
    ExecutionInput input = plan(IntentType.REMINDER, Duration.ofHours(1));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();

    assertThatThrownBy(() -> workflow.reschedule(TimeChange.to(plans.now().minusSeconds(60))))
        .satisfies(e -> assertThat(rejection(e)).isEqualTo("TIME_NOT_AHEAD"));
    assertThatThrownBy(() -> workflow.reschedule(TimeChange.snoozeFor(Duration.ofSeconds(5))))
        .satisfies(e -> assertThat(rejection(e)).isEqualTo("TIME_NOT_AHEAD"));
    assertThat(activities.times).isEmpty();
    assertThat(updateEvents(input, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)).isEqualTo(1);
  }

  @Test
  void aMessageThatLeftCannotBeMovedWhileItsWorkflowWaitsForTheReceipt() {
    activities.receiptsExpected = true;
    ExecutionInput input = plan(IntentType.WHATSAPP, Duration.ofMinutes(5));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.approvePlan();
    env.sleep(Duration.ofMinutes(6));
    assertThat(workflow.state().status()).isEqualTo(EXECUTED);

    assertThatThrownBy(() -> workflow.reschedule(TimeChange.snoozeFor(Duration.ofMinutes(5))))
        .satisfies(e -> assertThat(rejection(e)).isEqualTo("PLAN_FINISHED"));
    assertThat(activities.times).isEmpty();
    assertThat(activities.sent).hasSize(1);
  }

  @Test
  void aDraftWaitingForApprovalCanBeMovedAndLeavesAtTheNewTimeOnceApproved() {
    ExecutionInput input = plan(IntentType.EMAIL, Duration.ofHours(3));
    ExecutionWorkflow workflow = plans.start(input);
    assertThat(workflow.admit().status()).isEqualTo(WAITING_APPROVAL);
    Instant later = input.scheduledFor().plus(Duration.ofHours(2));

    assertThat(workflow.reschedule(TimeChange.to(later)).status()).isEqualTo(WAITING_APPROVAL);
    workflow.approvePlan();

    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.sent).singleElement()
        .satisfies(s -> assertThat(s.at()).isBetween(later, later.plusSeconds(5)));
  }

  private long updateEvents(ExecutionInput input, EventType type) {
    return client.fetchHistory(ExecutionIds.workflowId(input.planId())).getEvents().stream()
        .filter(e -> e.getEventType() == type).count();
  }

  private static String rejection(Throwable e) {
    return UpdateRejection.in(e).map(r -> r.type().name()).orElse(null);
  }
}
