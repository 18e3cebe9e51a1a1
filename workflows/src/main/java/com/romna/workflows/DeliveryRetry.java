package com.romna.workflows;

import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.Set;

/**
 * The delivery retry policy, run by the workflow itself so that each retry is visible in the Web
 * UI ("sending, attempt 2 of 20, last error …") and a provider's Retry-After is honoured exactly.
 * Bounded by attempts and by how long the message is still worth sending.
 */
final class DeliveryRetry {

  static final int MAX_ATTEMPTS = 20;
  private static final Duration INITIAL = Duration.ofSeconds(1);
  private static final Duration MAX_INTERVAL = Duration.ofMinutes(5);
  private static final Set<String> DO_NOT_RETRY =
      Set.of(FailureType.PLAN_NOT_FOUND.name(), FailureType.DELIVERY_REJECTED.name());

  private DeliveryRetry() {}

  /**
   * How long to wait before attempt {@code attempt + 1}, or null to give up.
   *
   * @param elapsed time since the first attempt started
   * @param giveUpAfter how long after its first attempt a delivery is still worth making
   */
  static Duration nextDelay(ActivityFailure failure, int attempt, Duration elapsed, Duration giveUpAfter) {
    if (!retryable(failure) || attempt >= MAX_ATTEMPTS) {
      return null;
    }
    Duration delay = providerDelay(failure);
    if (delay == null) {
      delay = backoff(attempt);
    }
    return elapsed.plus(delay).compareTo(giveUpAfter) > 0 ? null : delay;
  }

  static boolean retryable(ActivityFailure failure) {
    if (failure.getCause() instanceof ApplicationFailure app) {
      return !app.isNonRetryable() && !DO_NOT_RETRY.contains(app.getType());
    }
    return true; // timeouts and worker failures are worth another try
  }

  private static Duration providerDelay(ActivityFailure failure) {
    if (failure.getCause() instanceof ApplicationFailure app) {
      Duration retryAfter = app.getNextRetryDelay();
      return retryAfter == null || retryAfter.isZero() || retryAfter.isNegative() ? null : retryAfter;
    }
    return null;
  }

  private static Duration backoff(int attempt) {
    Duration delay = INITIAL.multipliedBy(1L << Math.min(attempt - 1, 20));
    return delay.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : delay;
  }
}
