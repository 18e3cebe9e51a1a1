package com.romna.workflows;

import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * Timeouts and bounded retry policies of the activities the workflow calls. The per-channel
 * delivery options with SDK retries serve workflows started before version 1 of
 * ExecutionWorkflowImpl's "ops-visibility" change, which retries deliveries itself.
 */
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

  // One try per call: the workflow runs the delivery retries itself (DeliveryRetry), so each one
  // is visible to ops and Retry-After is honoured to the second.
  static final LocalActivityOptions DELIVERY_ONCE =
      LocalActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofSeconds(30))
          .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
          .build();

  /** The channel's options with SDK retries (workflows before "ops-visibility" deliver with them). */
  static LocalActivityOptions withRetries(ExecutionType channel) {
    return switch (channel) {
      case NOTIFICATION -> NOTIFICATION;
      case ALARM -> ALARM;
      case EMAIL, WHATSAPP -> MESSAGE;
    };
  }

  /** How long after its first attempt each channel's message is still worth delivering. */
  static Duration giveUpAfter(ExecutionType channel) {
    return withRetries(channel).getScheduleToCloseTimeout();
  }

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
