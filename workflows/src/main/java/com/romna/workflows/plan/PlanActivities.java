package com.romna.workflows.plan;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** Records what the workflow does in Postgres, where users and the API read it. */
@ActivityInterface
public interface PlanActivities {

  /**
   * Sets {@code execution_plans.status} and appends a {@code plan_events} row, in one transaction.
   * Idempotent: recording the status a plan already has changes nothing, and a plan that has
   * reached a terminal status is never moved again. Moving from {@code waiting_approval} to {@code
   * scheduled} also stamps {@code approved_at}; {@code failed} stores the note as {@code
   * last_error}; {@code cancelled} also closes the plan's task.
   *
   * @throws io.temporal.failure.ApplicationFailure of type {@code PLAN_NOT_FOUND} (non-retryable)
   *     when the plan row does not exist
   */
  @ActivityMethod(name = "RecordTransition")
  void record(Transition transition);
}
