package com.romna.api.understanding;

import java.time.Duration;

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
 */
record TimeExpression(
    Duration offset,
    int offsetDays,
    Integer hour,
    int minute,
    DayPart clockPart,
    DayPart part,
    Integer dayOffset,
    boolean[] used) {

  boolean isEmpty() {
    return offset == null && hour == null && part == null && dayOffset == null;
  }

  boolean relative() {
    return offset != null;
  }

  /** am/pm said with the clock beats a part-of-day word elsewhere. */
  DayPart effectivePart() {
    return clockPart != null ? clockPart : part;
  }
}
