package com.romna.understanding;

import java.time.ZonedDateTime;

/**
 * A resolved time expression. A single time ("3pm") has {@code from} and {@code to} one grain apart;
 * an interval ("from 3 to 4 pm") runs from {@code from} to the exclusive {@code to}. An open interval
 * lacks one end: "after 2014" has no {@code to}, "until 2pm" no {@code from}.
 *
 * @param grain how precisely {@code from} (or, when it is missing, {@code to}) was said
 */
public record TimeValue(ZonedDateTime from, ZonedDateTime to, Grain grain, boolean interval) {

  /** When a plan would fire: the start, or the end of an interval that only has one. */
  public ZonedDateTime instant() {
    return from != null ? from : to;
  }
}
