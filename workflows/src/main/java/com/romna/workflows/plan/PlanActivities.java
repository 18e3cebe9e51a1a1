package com.romna.workflows.plan;

import com.romna.workflows.CancelOutcome;
import com.romna.workflows.PlanStatus;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Records what the workflow decides in Postgres, where users and the API read it. Run as local
 * activities: bookkeeping, one short transaction each. Together with the delivery activities'
 * {@code executed}, these are the only writes of a plan's status, and only the plan's workflow
 * calls them.
 *
 * <p>Every method throws a non-retryable {@code PLAN_NOT_FOUND} when the plan row does not exist.
 */
@ActivityInterface
public interface PlanActivities {

  /**
   * Sets {@code execution_plans.status} and appends a {@code plan_events} row, in one transaction.
   * Idempotent: recording the status a plan already has changes nothing, and a plan that has
   * reached a terminal status is never moved again. Moving from {@code waiting_approval} to {@code
   * scheduled} also stamps {@code approved_at}; {@code failed} stores the note as {@code
   * last_error}; {@code cancelled} also closes the plan's task.
   *
   * @return the status the plan has now (a terminal one it already had wins)
   */
  @ActivityMethod(name = "RecordTransition")
  PlanStatus record(Transition transition);

  /**
   * Raises the plan's cancel fence, after which no delivery attempt may claim a send, and tells
   * what the cancel achieved, in one transaction: {@code ALREADY_SENT} when the ledger shows a
   * message handed to the provider (the plan is then recorded {@code executed} if it is not yet);
   * {@code SENDING} when an attempt holds a claim whose outcome is not known yet; otherwise the
   * plan is recorded {@code cancelled} with the transition's note and the answer is {@code
   * CANCELLED}. Idempotent.
   */
  @ActivityMethod(name = "StopDelivery")
  CancelOutcome stopDelivery(Transition cancelled);

  /**
   * Records a provider's final word on an executed plan: {@code delivered} as a {@code
   * plan_events} row, a message that will never arrive as the plan's move to {@code failed} with
   * the reason. Idempotent.
   *
   * @return the status the plan has now
   */
  @ActivityMethod(name = "RecordReceipt")
  PlanStatus recordReceipt(Receipt receipt);

  /**
   * Records a plan's new due time: {@code scheduled_for}, its task's due time and a {@code
   * plan_events} row, in one statement. An open plan keeps its status; with {@link NewTime#again()}
   * an {@code executed} plan goes back to {@code scheduled} and its count of earlier deliveries
   * grows by one. A plan that finished otherwise is left as it is. Idempotent for the same time.
   *
   * @return the status the plan has now
   */
  @ActivityMethod(name = "RecordNewTime")
  PlanStatus recordNewTime(NewTime time);

  /**
   * Appends a {@code plan_events} row with the plan's current status and the note, leaving the
   * plan as it is (e.g. "approval reminder sent"). Not idempotent by itself: the workflow records
   * each note once (a local activity's result is kept in its history).
   */
  @ActivityMethod(name = "RecordNote")
  void recordNote(PlanNote note);
}
