package com.romna.understanding;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The pieces of time a transcript mentions, before they are resolved against "now".
 *
 * @param offset relative time to add exactly ("in 2 hours"), or null
 * @param offsetDays calendar days to add along with {@code offset} ("in 3 days")
 * @param hour clock hour as said (0-23), or null
 * @param clockPart am/pm said with the clock time, or null
 * @param part a part of the day said as a word ("tonight", "الصبح"), or null
 * @param dayOffset 0 today, 1 tomorrow, 2 the day after, or null when no day was said
 * @param used which tokens the time expression took, so they stay out of titles
 * @param date a calendar day said otherwise ("next Friday", "٥ آذار"), found by {@link CalendarFinder}
 * @param at a whole time only the time grammar could read, already resolved, or null
 */
record TimeExpression(
    Duration offset,
    int offsetDays,
    Integer hour,
    int minute,
    DayPart clockPart,
    DayPart part,
    Integer dayOffset,
    boolean[] used,
    LocalDate date,
    Instant at) {

  TimeExpression(Duration offset, int offsetDays, Integer hour, int minute, DayPart clockPart, DayPart part,
      Integer dayOffset, boolean[] used) {
    this(offset, offsetDays, hour, minute, clockPart, part, dayOffset, used, null, null);
  }

  boolean isEmpty() {
    return offset == null && hour == null && part == null && dayOffset == null && date == null && at == null;
  }

  /** Nothing was read by the first pass. */
  boolean nothingSaid() {
    return offset == null && hour == null && part == null && dayOffset == null;
  }

  TimeExpression withDate(LocalDate d, boolean[] alsoUsed) {
    return new TimeExpression(offset, offsetDays, hour, minute, clockPart, part, dayOffset, or(alsoUsed), d, at);
  }

  TimeExpression withAt(Instant instant, boolean[] alsoUsed) {
    return new TimeExpression(offset, offsetDays, hour, minute, clockPart, part, dayOffset, or(alsoUsed), date,
        instant);
  }

  private boolean[] or(boolean[] other) {
    boolean[] out = used.clone();
    for (int i = 0; i < out.length && i < other.length; i++) {
      out[i] |= other[i];
    }
    return out;
  }

  boolean relative() {
    return offset != null;
  }

  /** am/pm said with the clock beats a part-of-day word elsewhere. */
  DayPart effectivePart() {
    return clockPart != null ? clockPart : part;
  }
}
