package com.romna.workflows;

import static com.romna.workflows.PlanStatus.CANCELLED;
import static com.romna.workflows.PlanStatus.EXECUTED;
import static com.romna.workflows.PlanStatus.SCHEDULED;
import static com.romna.workflows.PlanStatus.WAITING_APPROVAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.romna.workflows.plan.PlanNote;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A draft waiting for approval reminds its user once, the chosen lead before it expires, while it
 * is still waiting; the reminder never moves the plan, never sends the draft, and never holds up a
 * decision.
 */
class ApprovalReminderWorkflowTests extends WorkflowTest {

  private static final Duration HOUR = Duration.ofHours(1);

  private ExecutionInput draft(IntentType type, Duration lead) {
    return TestPlans.reminded(TestPlans.input(type, plans.now(), Duration.ofHours(2)), lead);
  }

  private Instant remindAt(ExecutionInput input) {
    return input.approvalExpiresAt().minus(input.approvalReminder());
  }

  @Test
  void remindsOnceTheLeadBeforeTheExpiryAndTheDraftStillExpires() {
    ExecutionInput input = draft(IntentType.EMAIL, HOUR);
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();

    env.sleep(Duration.between(plans.now(), remindAt(input)).minusMinutes(1));
    assertThat(activities.reminderAttempts).isEmpty();
    env.sleep(Duration.ofMinutes(2));

    assertThat(activities.reminders).singleElement().satisfies(r -> {
      assertThat(r.at()).isBetween(remindAt(input), remindAt(input).plusSeconds(5));
      assertThat(r.request().expiresAt()).isEqualTo(input.approvalExpiresAt());
      assertThat(r.request().idempotencyKey()).isEqualTo("plan/" + input.planId() + "/approval-reminder");
    });
    assertThat(activities.notes).singleElement().extracting(PlanNote::note).asString()
        .startsWith("approval reminder sent via fake; the draft expires ")
        .endsWith("Asia/Riyadh");
    assertThat(workflow.state().status()).isEqualTo(WAITING_APPROVAL);
    assertThat(activities.statuses()).containsExactly(WAITING_APPROVAL);

    assertThat(plans.result(workflow)).isEqualTo(CANCELLED);
    assertThat(activities.transitions.get(1).note()).startsWith("approval expired at ");
    assertThat(activities.sent).isEmpty();
    assertThat(activities.reminders).hasSize(1);
  }

  @Test
  void aUserWhoTurnedRemindersOffGetsNone() {
    ExecutionInput input = draft(IntentType.WHATSAPP, null);
    ExecutionWorkflow workflow = plans.start(input);

    assertThat(plans.result(workflow)).isEqualTo(CANCELLED);
    assertThat(activities.reminderAttempts).isEmpty();
    assertThat(activities.notes).isEmpty();
  }

  @Test
  void aDraftApprovedOrCancelledBeforeTheReminderIsNotReminded() {
    ExecutionInput approved = draft(IntentType.EMAIL, HOUR);
    ExecutionWorkflow first = plans.start(approved);
    first.admit();
    env.sleep(Duration.ofDays(3));
    assertThat(first.approvePlan().status()).isEqualTo(SCHEDULED);
    assertThat(plans.result(first)).isEqualTo(EXECUTED);

    ExecutionWorkflow second = plans.start(draft(IntentType.WHATSAPP, HOUR));
    second.admit();
    second.cancelPlan();
    assertThat(plans.result(second)).isEqualTo(CANCELLED);

    env.sleep(Duration.ofDays(8));
    assertThat(activities.reminderAttempts).isEmpty();
    assertThat(activities.notes).isEmpty();
  }

  @Test
  void anApprovalDoesNotWaitForAReminderThatKeepsFailing() {
    activities.reminderFailure = () -> FakeActivities.unavailable("FCM unavailable (HTTP 503)");
    ExecutionInput input = draft(IntentType.EMAIL, HOUR);
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();
    env.sleep(Duration.between(plans.now(), remindAt(input)).plusMinutes(2));
    assertThat(activities.reminderAttempts).hasSizeGreaterThan(1);

    assertThat(workflow.approvePlan().status()).isEqualTo(SCHEDULED);
    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    int tried = activities.reminderAttempts.size();
    env.sleep(Duration.ofHours(2));
    assertThat(activities.reminderAttempts).hasSize(tried); // abandoned once decided
    assertThat(activities.reminders).isEmpty();
    assertThat(activities.sent).singleElement()
        .satisfies(s -> assertThat(s.request().channel()).isEqualTo(ExecutionType.EMAIL));
  }

  @Test
  void aReminderThatCannotBeDeliveredIsNotedAndTheDraftWaitsOn() {
    activities.reminderFailure = () -> FakeActivities.rejected("no device is registered for this user");
    ExecutionInput input = draft(IntentType.WHATSAPP, Duration.ofMinutes(30));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();
    env.sleep(Duration.between(plans.now(), remindAt(input)).plusMinutes(1));

    assertThat(activities.notes).singleElement().extracting(PlanNote::note).asString()
        .startsWith("approval reminder not delivered (no device is registered for this user)");
    assertThat(workflow.state().status()).isEqualTo(WAITING_APPROVAL);
    assertThat(workflow.approvePlan().status()).isEqualTo(SCHEDULED);
    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
  }

  @Test
  void anEditedDraftIsNotRemindedTwiceForTheSameExpiry() {
    ExecutionInput input = draft(IntentType.EMAIL, HOUR);
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();
    workflow.edit(new DraftEdit(2, plans.now().plus(Duration.ofDays(1))));
    env.sleep(Duration.between(plans.now(), remindAt(input)).plusMinutes(1));
    workflow.edit(new DraftEdit(3, null));

    assertThat(plans.result(workflow)).isEqualTo(CANCELLED);
    assertThat(activities.reminders).hasSize(1);
    assertThat(activities.reminderAttempts).hasSize(1);
  }

  @Test
  void aDraftRedrivenAfterItsReminderTimeIsRemindedLateButNotInItsLastMinute() {
    ExecutionInput late = TestPlans.reminded(new ExecutionInput(java.util.UUID.randomUUID(), "user-1",
        IntentType.EMAIL, plans.now().plus(HOUR), "UTC", plans.now().plus(Duration.ofMinutes(20)), null,
        TestPlans.RECEIPT_WINDOW), HOUR); // the service was down when it was due to remind
    ExecutionWorkflow workflow = plans.start(late);
    workflow.admit();
    env.sleep(Duration.ofMinutes(1));
    assertThat(activities.reminders).singleElement()
        .satisfies(r -> assertThat(r.request().planId()).isEqualTo(late.planId()));

    ExecutionInput tooLate = TestPlans.reminded(new ExecutionInput(java.util.UUID.randomUUID(), "user-1",
        IntentType.WHATSAPP, plans.now().plus(HOUR), "UTC", plans.now().plus(Duration.ofSeconds(30)), null,
        TestPlans.RECEIPT_WINDOW), HOUR);
    assertThat(plans.result(plans.start(tooLate))).isEqualTo(CANCELLED);
    assertThat(activities.reminders).hasSize(1);
    assertThat(plans.result(workflow)).isEqualTo(CANCELLED);
  }

  @Test
  void aRestartedWorkflowDoesNotRemindTwiceAndItsHistoryReplays() throws Exception {
    ExecutionInput input = draft(IntentType.EMAIL, HOUR);
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();
    env.sleep(Duration.between(plans.now(), remindAt(input)).plusMinutes(1));
    assertThat(activities.reminders).hasSize(1);
    WorkflowExecutionHistory history = client.fetchHistory(ExecutionIds.workflowId(input.planId()));
    WorkflowReplayer.replayWorkflowExecution(history, ExecutionWorkflowImpl.class);

    // As the start-up re-drive does after the engine lost it: a new run of the same plan.
    WorkflowStub.fromTyped(workflow).terminate("engine lost");
    ExecutionWorkflow again = plans.startAgain(input);

    assertThat(plans.result(again)).isEqualTo(CANCELLED);
    assertThat(activities.reminders).hasSize(1);
    assertThat(activities.reminderAttempts).hasSize(2); // the second run found it in the ledger
    assertThat(activities.notes).hasSize(1);
  }
}
