package com.romna.activities.delivery;

import com.romna.workflows.FailureType;
import io.temporal.failure.ApplicationFailure;

/**
 * The cancel fence stopped an attempt before it claimed anything: the fence then moved the plan to
 * cancelled and the workflow requests the cancel of this very attempt. Its report must not reach
 * Temporal before that request does (see {@link AttemptReports#onceCancelRequested}).
 */
final class StoppedByFence extends RuntimeException {

  StoppedByFence(String why) {
    super(why, null, false, false);
  }

  /** What Temporal records: non-retryable, nothing was sent. */
  ApplicationFailure toTemporal() {
    return ApplicationFailure.newNonRetryableFailure(getMessage(), FailureType.PLAN_CANCELLED.name());
  }
}
