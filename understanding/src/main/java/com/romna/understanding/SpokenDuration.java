package com.romna.understanding;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * A duration as said, split into whole calendar days and an exact remainder: "in 2 days" should
 * land at the same wall-clock time even across a DST change, while "in 6 hours" is exactly 6 hours.
 */
final class SpokenDuration {
  private static final long SECONDS_PER_DAY = 86_400;

  private double days;
  private double seconds;
  private ChronoUnit lastUnit;
  private int next;

  int add(ChronoUnit unit, double amount, int next) {
    add(unit, amount);
    return next;
  }

  void add(ChronoUnit unit, double amount) {
    switch (unit) {
      case WEEKS -> days += amount * 7;
      case DAYS -> days += amount;
      default -> seconds += amount * unit.getDuration().getSeconds();
    }
    lastUnit = unit;
  }

  int wholeDays() {
    return (int) Math.floor(days);
  }

  Duration exact() {
    double rest = seconds + (days - Math.floor(days)) * SECONDS_PER_DAY;
    return Duration.ofSeconds(Math.round(rest));
  }

  /** The unit "ونص" or "and a half" is a fraction of. */
  ChronoUnit lastUnit() {
    return lastUnit;
  }

  SpokenDuration endingAt(int next) {
    this.next = next;
    return this;
  }

  /** The token after the duration. */
  int next() {
    return next;
  }
}
