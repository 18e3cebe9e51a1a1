package com.romna.workflows;

import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/** Timeouts and bounded retry policies of the activities the workflow calls. */
final class ActivityPolicies {

  private ActivityPolicies() {}

  // A status write is one short transaction; retry long enough to ride out a database restart,
  // but give up on a plan whose row is gone.
  static final LocalActivityOptions RECORDING =
      LocalActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofSeconds(10))
          .setScheduleToCloseTimeout(Duration.ofHours(1))
          .setRetryOptions(retry(Duration.ofMinutes(1)))
          .build();

  // A notification that arrives an hour late is still worth having; after that it is noise.
  static final LocalActivityOptions NOTIFICATION = delivery(Duration.ofHours(1));

  // A late alarm is useless: stop trying after fifteen minutes.
  static final LocalActivityOptions ALARM = delivery(Duration.ofMinutes(15));

  // Email and WhatsApp stay well inside Resend's 24-hour idempotency-key window.
  static final LocalActivityOptions MESSAGE = delivery(Duration.ofHours(12));

  private static LocalActivityOptions delivery(Duration giveUpAfter) {
    return LocalActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setScheduleToCloseTimeout(giveUpAfter)
        .setRetryOptions(retry(Duration.ofMinutes(5)))
        .build();
  }

  private static RetryOptions retry(Duration maximumInterval) {
    return RetryOptions.newBuilder()
        .setInitialInterval(Duration.ofSeconds(1))
        .setBackoffCoefficient(2.0)
        .setMaximumInterval(maximumInterval)
        .setMaximumAttempts(20)
        .setDoNotRetry(FailureType.PLAN_NOT_FOUND.name(), FailureType.DELIVERY_REJECTED.name())
        .build();
  }
}
