package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.duration.Quantity;
import java.time.ZonedDateTime;

/**
 * "In 3 days", "2 weeks ago": now moved by a duration and reported one grain finer than the unit, as
 * Duckling does ("in 2 days" is an hour, "in 3 weeks" a day). Calendar units keep the wall-clock time
 * across DST; hours and minutes are exact.
 */
final class Shift {

  private Shift() {}

  /** The pinned slot, and the whole unit around it for what is said with it ("in 7 days at 5pm"). */
  static Term.Fix of(ZonedDateTime from, Quantity q, int sign) {
    long[] whole = q.whole();
    Grain unit = Grain.values()[(int) whole[1]];
    ZonedDateTime t = unit.plus(from, sign * whole[0]);
    Grain g = unit.lower();
    return new Term.Fix(Slot.of(g.truncate(t), g), Slot.of(unit.truncate(t), unit));
  }

  /**
   * For a request: also the exact instant, to the second ("remind me in 2 days" is at this time of day, not at
   * the top of the hour), for when nothing else is said with it.
   */
  static Term.Fix exactly(ZonedDateTime from, Quantity q, int sign) {
    long[] whole = q.whole();
    Grain unit = Grain.values()[(int) whole[1]];
    ZonedDateTime t = unit.plus(from, sign * whole[0]);
    Term.Fix duckling = of(from, q, sign);
    return new Term.Fix(duckling.slot(), duckling.wide(), null, Grain.SECOND.truncate(t));
  }

  /** "3 years from today": a day moved by whole units stays a day. */
  static Term.Fix of(Slot anchor, Quantity q, int sign) {
    long[] whole = q.whole();
    Grain unit = Grain.values()[(int) whole[1]];
    ZonedDateTime t = unit.plus(anchor.start(), sign * whole[0]);
    return new Term.Fix(Slot.of(t, anchor.grain()));
  }

  static ZonedDateTime plus(ZonedDateTime from, Quantity q) {
    long[] whole = q.whole();
    return Grain.values()[(int) whole[1]].plus(from, whole[0]);
  }
}
