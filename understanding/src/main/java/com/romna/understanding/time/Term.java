package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.Prayer;
import com.romna.understanding.holidays.Easter;
import com.romna.understanding.holidays.Holiday;
import java.time.ZoneOffset;

/** What a piece of a time expression means before it meets "now"; pieces said together intersect. */
public sealed interface Term permits Term.Cal, Term.Fix, Term.Range, Term.Zone, Term.Occasion, Term.PrayerTime {

  /** Calendar constraints ("Friday", "3pm", "the 15th of March"): their next occurrence. */
  record Cal(Fields fields) implements Term {}

  /**
   * A stretch already pinned down ("tomorrow", "next week", "in 3 days"). {@code wide}, when not null,
   * is where to look when the slot is too narrow for what is said with it: "in 7 days at 5pm".
   * {@code loose}, when not null, is what a clock time said with it means instead: Duckling reads "this
   * morning at 3" as the next 3am of a morning, not as one already gone. {@code exact}, when not null, is the
   * precise instant a request means when nothing else is said with it ("in 2 days": now, two days on).
   */
  record Fix(Slot slot, Slot wide, Fields loose, java.time.ZonedDateTime exact) implements Term {
    Fix(Slot slot) {
      this(slot, null, null, null);
    }

    Fix(Slot slot, Slot wide) {
      this(slot, wide, null, null);
    }

    Fix(Slot slot, Slot wide, Fields loose) {
      this(slot, wide, loose, null);
    }
  }

  /** An interval; a null end is open. {@code grain}, when not null, is the grain to report. */
  record Range(Term from, Term to, Grain grain) implements Term {}

  /** "GMT", "PST", "بتوقيت GMT": the clock said is read in that offset. */
  record Zone(ZoneOffset offset) implements Term {}

  /** A holiday that moves ("Eid", "Easter", "Thanksgiving"): its occurrence not over yet, or the one said with it. */
  record Occasion(Holiday holiday) implements Term {}

  /** A prayer's time moved by {@code minutes} ("بعد المغرب": +20, "قبل الفجر بربع ساعة": -15): on a day said with it, else the next. */
  record PrayerTime(Prayer prayer, int minutes) implements Term {}
}
