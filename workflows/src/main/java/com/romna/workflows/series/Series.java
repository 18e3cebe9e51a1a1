package com.romna.workflows.series;

import java.time.Instant;

/**
 * What makes a plan repeat: identifiers and times only.
 *
 * @param rule the RFC 5545 RRULE ("FREQ=DAILY;BYHOUR=8;BYMINUTE=0")
 * @param start the first occurrence (DTSTART), which COUNT and UNTIL count from
 * @param paused true while the user has paused the series: nothing fires until it is resumed
 */
public record Series(String rule, Instant start, boolean paused) {

  public Series paused(boolean now) {
    return new Series(rule, start, now);
  }
}
