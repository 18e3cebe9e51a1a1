package com.romna.workflows;

import java.time.Instant;

/**
 * The live state of a plan's workflow, returned by its updates and {@link ExecutionWorkflow#state()}.
 *
 * @param cancel what the cancel achieved when this answers a cancel, otherwise null
 * @param paused true while a series is paused
 */
public record PlanState(
    PlanStatus status,
    boolean approved,
    Instant scheduledFor,
    Instant approvalExpiresAt,
    String lastError,
    CancelOutcome cancel,
    boolean paused) {

  public PlanState(PlanStatus status, boolean approved, Instant scheduledFor, Instant approvalExpiresAt,
      String lastError, CancelOutcome cancel) {
    this(status, approved, scheduledFor, approvalExpiresAt, lastError, cancel, false);
  }
}
