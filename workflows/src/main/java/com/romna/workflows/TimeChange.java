package com.romna.workflows;

import java.time.Duration;
import java.time.Instant;

/**
 * A new time for a plan, as the user asked for it: a reschedule names the instant, a snooze how long
 * from now (the workflow's now, so the answer and the timer agree). Exactly one is set.
 */
public record TimeChange(Instant at, Duration snooze) {

  /** The longest snooze: beyond that, a reschedule says what is meant. */
  public static final Duration LONGEST_SNOOZE = Duration.ofDays(7);

  public static TimeChange to(Instant at) {
    return new TimeChange(at, null);
  }

  public static TimeChange snoozeFor(Duration snooze) {
    return new TimeChange(null, snooze);
  }

  public boolean bySnooze() {
    return snooze != null;
  }
}
