package com.romna.workflows;

import com.romna.workflows.delivery.ProviderReceipt;
import com.romna.workflows.series.SeriesChange;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The single executor of a plan. One workflow per plan, id {@code plan-<planId>} on task queue
 * {@code romna-execution}.
 *
 * <p>Reminders and alarms sleep on a durable timer until {@code scheduledFor}, then deliver. A
 * repeating plan ({@link ExecutionInput#series()}) delivers each occurrence of its rule on its own,
 * continuing as new every few occurrences. Email
 * and WhatsApp first wait for approval; a cancel or the approval expiry ends them as {@code
 * cancelled}; once approved they wait for the scheduled time if it is still ahead. While a draft
 * waits, its user is reminded once {@link ExecutionInput#approvalReminder()} before the expiry (a
 * push beside the wait, noted in the plan's history; it moves nothing). Delivery is one
 * regular activity under Temporal's retry policy ({@link DeliveryPolicy}). Every wait (approval, due
 * time, retry backoff) gives way to a cancel at once. Every transition is written to Postgres by an
 * activity before the workflow moves on, so the plan row always tells the truth; this workflow is
 * the only writer of the plan's status. After a send whose provider reports the message's fate
 * (WhatsApp through Twilio), the workflow stays open for the receipt window and records the
 * provider's final word itself. Cancelling the workflow from Temporal (e.g. the Web UI) is a cancel
 * like any other.
 *
 * <p>The API uses the updates, which answer once the outcome is recorded; operators can send the
 * equivalent signals from the Temporal Web UI. Input and arguments carry identifiers only.
 */
@WorkflowInterface
public interface ExecutionWorkflow {

  /**
   * Runs the plan to its end.
   *
   * @return the final status: {@code executed}, {@code failed} or {@code cancelled}
   */
  @WorkflowMethod(name = "ExecutionWorkflow")
  PlanStatus execute(ExecutionInput input);

  /**
   * Answers once the plan's first status ({@code scheduled} or {@code waiting_approval}) is
   * recorded in Postgres. Sent with the start (update-with-start), so intake is one round trip
   * and the API reports the truth.
   */
  @UpdateMethod
  PlanState admit();

  /**
   * Approves an email/WhatsApp draft and answers once the approval is recorded (the plan is then
   * {@code scheduled}, or already further). Idempotent; reminders and alarms answer at once.
   */
  @UpdateMethod
  PlanState approvePlan();

  /**
   * Approves the draft version the user saw and answers once the approval is recorded. The
   * delivery then sends that version or nothing. Idempotent for the approved version.
   */
  @UpdateMethod
  PlanState approveVersion(Approval approval);

  /**
   * Rejects, leaving no event: a version that is not the draft's current one ({@code
   * DRAFT_CHANGED}), a plan that is finished or needs no approval ({@code PLAN_FINISHED}, {@code
   * NOT_A_DRAFT}).
   */
  @UpdateValidatorMethod(updateName = "approveVersion")
  void validateApproval(Approval approval);

  /**
   * Takes note of an edited draft (the API wrote its text to the plan's row): the draft's version
   * becomes the edit's, and a new time moves the timer as a reschedule does, recorded the same way.
   */
  @UpdateMethod
  PlanState edit(DraftEdit edit);

  /**
   * Rejects, leaving no event: a plan that is not a draft waiting for approval ({@code
   * NOT_A_DRAFT}, {@code PLAN_FINISHED}), an older version than the current one ({@code
   * DRAFT_CHANGED}), a time not ahead ({@code TIME_NOT_AHEAD}).
   */
  @UpdateValidatorMethod(updateName = "edit")
  void validateEdit(DraftEdit edit);

  /**
   * Cancels the plan and says what that achieved ({@link PlanState#cancel()}): {@code cancelled}
   * once recorded; {@code already_sent} when the message had left; {@code sending} when an attempt
   * was in flight (no further attempt starts; the plan then ends {@code executed} or {@code
   * cancelled} by that attempt's fate). A failed plan answers with its status and no outcome.
   * Idempotent.
   */
  @UpdateMethod
  PlanState cancelPlan();

  /**
   * Moves the plan's due time (the durable timer follows at once) and answers once the new time is
   * recorded: {@code scheduled_for}, the plan's history and {@code RomnaScheduledFor}. A reschedule
   * names the instant; a snooze puts the plan's time off by that long (a plan that has fired: that
   * long from now). A reminder or alarm that has fired can still be
   * snoozed for the snooze window after it fired: it is {@code scheduled} again and its next ring
   * is a delivery of its own. A plan's time moves while it waits (for approval or for its time);
   * the answer's {@code scheduledFor} is the time it will fire.
   */
  @UpdateMethod
  PlanState reschedule(TimeChange change);

  /**
   * Rejects, before anything is written to history, a move the plan cannot take: a finished plan
   * ({@code PLAN_FINISHED}), a delivery in flight ({@code PLAN_SENDING}), a time not ahead or a
   * snooze out of range ({@code TIME_NOT_AHEAD}).
   */
  @UpdateValidatorMethod(updateName = "reschedule")
  void validateReschedule(TimeChange change);

  /**
   * Pauses a repeating plan (nothing fires until it is resumed), resumes it (at its first
   * occurrence still ahead: the ones missed while paused are not made up), or skips its next
   * occurrence; answers once recorded. Cancel the series with {@link #cancelPlan()}.
   */
  @UpdateMethod
  PlanState changeSeries(SeriesChange change);

  /**
   * Rejects, leaving no event: a plan that does not repeat ({@code NOT_A_SERIES}), a series that
   * has ended ({@code PLAN_FINISHED}), a skip of the occurrence being sent ({@code PLAN_SENDING}).
   */
  @UpdateValidatorMethod(updateName = "changeSeries")
  void validateSeries(SeriesChange change);

  /** Operator's approval (Web UI): same effect as {@link #approvePlan()}, without an answer. */
  @SignalMethod
  void approve();

  /** Operator's cancel (Web UI): same effect as {@link #cancelPlan()}, without an answer. */
  @SignalMethod
  void cancel();

  /** A provider's final word on the message (from its status callback), during the receipt window. */
  @SignalMethod
  void receipt(ProviderReceipt receipt);

  @QueryMethod
  PlanState state();
}
