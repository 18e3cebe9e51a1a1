package com.romna.understanding.time;

import com.romna.understanding.Grain;
import java.time.ZonedDateTime;

/** A stretch of time [start, end) and the grain it was named at: "tomorrow" is one day-grain slot. */
public record Slot(ZonedDateTime start, ZonedDateTime end, Grain grain) {

  static Slot of(ZonedDateTime start, Grain grain) {
    return new Slot(start, grain.plus(start, 1), grain);
  }

  boolean contains(ZonedDateTime t) {
    return !t.isBefore(start) && t.isBefore(end);
  }

  boolean within(Slot outer) {
    return !start.isBefore(outer.start) && !end.isAfter(outer.end);
  }

  /** The common part of two slots at the finer grain, or null when they do not meet. */
  Slot overlap(Slot o) {
    ZonedDateTime s = start.isAfter(o.start) ? start : o.start;
    ZonedDateTime e = end.isBefore(o.end) ? end : o.end;
    return s.isBefore(e) ? new Slot(s, e, Grain.finer(grain, o.grain)) : null;
  }

  Slot withGrain(Grain g) {
    return new Slot(start, end, g);
  }
}
