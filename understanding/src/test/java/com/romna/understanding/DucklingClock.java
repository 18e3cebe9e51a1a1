package com.romna.understanding;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Duckling's test clock, Tuesday 2013-02-12 04:30 at -02:00, and helpers to read times against it. */
final class DucklingClock {
  static final ZonedDateTime NOW = OffsetDateTime.parse("2013-02-12T04:30:00-02:00").toZonedDateTime();

  private DucklingClock() {}

  static Optional<TimeValue> en(String text) {
    return TimeExpressions.parse(text, "en", NOW);
  }

  static Optional<TimeValue> ar(String text) {
    return TimeExpressions.parse(text, "ar", NOW);
  }

  /** "2013-02-13T03:00 hour": the local instant and grain, as the tests state them. */
  static String show(Optional<TimeValue> v) {
    return v.map(t -> LocalDateTime.from(t.instant()) + " " + t.grain().wire()).orElse("nothing");
  }
}
