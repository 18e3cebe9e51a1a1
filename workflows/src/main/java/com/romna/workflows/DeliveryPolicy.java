package com.romna.workflows;

import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * The one retry policy of the engine, run by Temporal (server-side retries, each attempt visible as
 * the pending activity in the Web UI, Retry-After honoured through the failure's next retry delay).
 * Deliveries are bounded by attempts and by a give-up window counted from the plan's due time, so a
 * plan re-driven hours late does not ring an alarm nobody wants any more.
 */
public final class DeliveryPolicy {

  public static final int MAX_ATTEMPTS = 20;

  // One provider call must finish well inside this; the senders' own HTTP timeouts are shorter.
  private static final Duration ATTEMPT = Duration.ofSeconds(30);

  private static final String[] DO_NOT_RETRY = {
    FailureType.PLAN_NOT_FOUND.name(),
    FailureType.PLAN_CANCELLED.name(),
    FailureType.DELIVERY_REJECTED.name(),
    FailureType.DRAFT_CHANGED.name()
  };

  // A status write is one short transaction: retry long enough to ride out a database restart,
  // but give up on a plan whose row is gone.
  static final LocalActivityOptions RECORDING =
      LocalActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofSeconds(10))
          .setScheduleToCloseTimeout(Duration.ofHours(1))
          .setRetryOptions(retry(Duration.ofMinutes(1)))
          .build();

  private DeliveryPolicy() {}

  /**
   * How long after its due time a channel's message is still worth delivering: a notification an
   * hour late is still useful, a late alarm is not; email and WhatsApp stay well inside Resend's
   * 24-hour idempotency-key window.
   */
  public static Duration window(ExecutionType channel) {
    return switch (channel) {
      case NOTIFICATION -> Duration.ofHours(1);
      case ALARM -> Duration.ofMinutes(15);
      case EMAIL, WHATSAPP -> Duration.ofHours(12);
    };
  }

  /**
   * Options of one delivery activity that may keep trying for {@code left}: the rest of the
   * channel's window. An attempt may first be held by the worker for {@code hold} (until the due
   * instant); if that worker dies meanwhile, the attempt's timeout ends it and the retry sends. A
   * cancel waits for an attempt in flight to finish (it cannot be taken back once the provider has
   * it), so the workflow learns whether it got through.
   */
  static ActivityOptions delivery(ExecutionType channel, Duration left, Duration hold) {
    Duration attempt = ATTEMPT.plus(hold);
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(left.compareTo(attempt) < 0 ? left : attempt)
        .setScheduleToCloseTimeout(left)
        .setRetryOptions(retry(Duration.ofMinutes(5)))
        .setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED)
        .setSummary("deliver " + channel.wire() + " (up to " + MAX_ATTEMPTS + " attempts)")
        .build();
  }

  /**
   * Options of an approval reminder that may keep trying for {@code left} (until the draft
   * expires, at most a notification's window). A decision that comes first abandons it at once
   * (try-cancel): a reminder must never hold up the approval it reminds of.
   */
  static ActivityOptions reminder(Duration left) {
    Duration window = window(ExecutionType.NOTIFICATION);
    return ActivityOptions.newBuilder(
        delivery(ExecutionType.NOTIFICATION, left.compareTo(window) < 0 ? left : window, Duration.ZERO))
        .setCancellationType(ActivityCancellationType.TRY_CANCEL)
        .setSummary("remind the user to approve the draft (up to " + MAX_ATTEMPTS + " attempts)")
        .build();
  }

  private static RetryOptions retry(Duration maximumInterval) {
    return RetryOptions.newBuilder()
        .setInitialInterval(Duration.ofSeconds(1))
        .setBackoffCoefficient(2.0)
        .setMaximumInterval(maximumInterval)
        .setMaximumAttempts(MAX_ATTEMPTS)
        .setDoNotRetry(DO_NOT_RETRY)
        .build();
  }
}
