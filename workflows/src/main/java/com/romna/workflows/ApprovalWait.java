package com.romna.workflows;

import com.romna.workflows.delivery.ApprovalReminderRequest;
import com.romna.workflows.delivery.DeliveryReceipt;
import com.romna.workflows.delivery.NotificationActivities;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Functions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;

/**
 * A draft waiting for its user's decision until the approval expires, with one reminder on the way
 * ({@link ExecutionInput#approvalReminder()} before the expiry). The reminder runs beside the wait:
 * an approval or cancel never waits for it, and abandons it when it is still trying. It never moves
 * the plan's status; a reminder that fails is noted in the plan's history and the draft waits on.
 */
final class ApprovalWait {

  /** The shortest lead a user can choose: less time than that before the expiry is no use to them. */
  private static final Duration LAST_USEFUL = Duration.ofMinutes(1);

  private final ExecutionInput input;
  private final PlanBook book;
  private final Functions.Func<Boolean> decided;
  private Promise<DeliveryReceipt> sent;

  /** @param decided true once the user approved or cancelled */
  ApprovalWait(ExecutionInput input, PlanBook book, Functions.Func<Boolean> decided) {
    this.input = input;
    this.book = book;
    this.decided = decided;
  }

  /** Waits until the user decides or the draft expires; true when they decided. */
  boolean await() {
    Instant expires = input.approvalExpiresAt();
    Instant remindAt = remindAt();
    // Past already (the service was down at the time): reminded late rather than never, unless the
    // draft expires before a reminder could be of use.
    if (remindAt != null && !ExecutionWorkflowImpl.awaitUntil(remindAt, decided)
        && ExecutionWorkflowImpl.now().isBefore(expires.minus(LAST_USEFUL))) {
      remind(expires);
    }
    return ExecutionWorkflowImpl.awaitUntil(expires, decided);
  }

  /** When to remind, or null: none asked for, or a history recorded before reminders existed. */
  private Instant remindAt() {
    Duration lead = input.approvalReminder();
    if (lead == null || lead.isNegative() || lead.isZero()
        || Workflow.getVersion("approval-reminder", Workflow.DEFAULT_VERSION, 1) == Workflow.DEFAULT_VERSION) {
      return null;
    }
    return input.approvalExpiresAt().minus(lead);
  }

  private void remind(Instant expires) {
    NotificationActivities push = Workflow.newActivityStub(NotificationActivities.class,
        DeliveryPolicy.reminder(Duration.between(ExecutionWorkflowImpl.now(), expires)));
    ApprovalReminderRequest request = new ApprovalReminderRequest(input.planId(), expires);
    CancellationScope reminding =
        Workflow.newCancellationScope(() -> { sent = Async.function(push::sendApprovalReminder, request); });
    reminding.run();
    ExecutionWorkflowImpl.awaitUntil(expires, () -> decided.apply() || sent.isCompleted());
    if (!sent.isCompleted()) { // decided or expired first: the reminder has nothing left to say
      reminding.cancel();
      return;
    }
    String expiry = PlanSummaries.local(expires, input.timezone());
    try {
      DeliveryReceipt receipt = sent.get();
      if (!receipt.repeated()) { // a re-driven run finds the earlier reminder: noted back then
        book.note("approval reminder sent via " + receipt.provider() + "; the draft expires " + expiry);
      }
    } catch (ActivityFailure e) {
      if (e.getCause() instanceof CanceledFailure temporalCancel) {
        throw temporalCancel; // the whole plan was cancelled from Temporal
      }
      if (!(e.getCause() instanceof ApplicationFailure app
          && FailureType.PLAN_CANCELLED.name().equals(app.getType()))) { // else the draft moved on
        book.note("approval reminder not delivered (" + PlanBook.reason(e) + "); the draft still waits until "
            + expiry);
      }
    }
  }
}
