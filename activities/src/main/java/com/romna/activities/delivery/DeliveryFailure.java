package com.romna.activities.delivery;

import java.time.Duration;

/**
 * A provider error, classified once in the sender so the retry decision is the same everywhere.
 * The message is what the user reads as the plan's {@code last_error}: plain and specific.
 */
public class DeliveryFailure extends RuntimeException {

  public enum Kind {
    /** The provider will never accept this message (validation, bad recipient): do not retry. */
    REJECTED,
    /** This recipient is gone for good (an unregistered device): drop it, keep the others. */
    RECIPIENT_GONE,
    /** Worth retrying (rate limit, outage, timeout), after {@link #retryAfter()} when known. */
    UNAVAILABLE
  }

  private final Kind kind;
  private final Duration retryAfter;

  private DeliveryFailure(Kind kind, String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  public static DeliveryFailure rejected(String message, Throwable cause) {
    return new DeliveryFailure(Kind.REJECTED, message, null, cause);
  }

  public static DeliveryFailure recipientGone(String message, Throwable cause) {
    return new DeliveryFailure(Kind.RECIPIENT_GONE, message, null, cause);
  }

  public static DeliveryFailure unavailable(String message, Duration retryAfter, Throwable cause) {
    return new DeliveryFailure(Kind.UNAVAILABLE, message, retryAfter, cause);
  }

  public Kind kind() {
    return kind;
  }

  /** The provider's Retry-After, or null to use the activity's backoff. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
