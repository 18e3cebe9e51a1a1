package com.romna.workflows;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The single executor of a plan. One workflow per plan, id {@code plan-<planId>} on task queue
 * {@code romna-execution}.
 *
 * <p>Reminders and alarms sleep on a durable timer until {@code scheduledFor}, then deliver. Email
 * and WhatsApp first wait for approval; a cancel or the approval expiry ends them as {@code
 * cancelled}; once approved they wait for the scheduled time if it is still ahead. Every
 * transition is written to Postgres by an activity before the workflow moves on, so the plan row
 * always tells the truth. Cancelling the workflow from Temporal (e.g. the Web UI) also ends the plan
 * as {@code cancelled}.
 *
 * <p>The API uses the updates, which answer once the outcome is recorded; operators can send the
 * equivalent signals from the Temporal Web UI.
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
   * recorded in Postgres. Sent with the start (update-with-start) so the API reports the truth.
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
   * Cancels the plan and answers with its final state: {@code cancelled}, or {@code executed} /
   * {@code failed} when the delivery had already started. Idempotent.
   */
  @UpdateMethod
  PlanState cancelPlan();

  /** Operator's approval (Web UI): same effect as {@link #approvePlan()}, without an answer. */
  @SignalMethod
  void approve();

  /** Operator's cancel (Web UI): same effect as {@link #cancelPlan()}, without an answer. */
  @SignalMethod
  void cancel();

  @QueryMethod
  PlanState state();
}
