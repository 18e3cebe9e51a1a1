package com.romna.understanding.time;

import com.romna.understanding.Grain;

/**
 * Makes the two ends of "from A to B" agree: what is said once applies to both ("from 3 to 4 pm",
 * "July 13 to 15", "from the 13th to the 15th of July"), and a bare number takes its meaning from the
 * other end (an hour next to a clock time, a day next to a date).
 */
final class RangeEnds {

  private RangeEnds() {}

  /** A bare number as the kind of thing the other end is, or null. */
  static Term bare(int n, Term other) {
    if (!(other instanceof Term.Cal cal) || n < 0) {
      return null;
    }
    Fields o = cal.fields();
    if (o.hasClock() && n <= 24) {
      return new Term.Cal(Fields.clock(Fields.hourMask(n, true), null, null));
    }
    if ((o.day() != null) && n >= 1 && n <= 31) {
      return new Term.Cal(Fields.day(n));
    }
    return null;
  }

  /** {from, to} with the shared parts copied across. */
  static Term[] align(Term a, Term b, TimeContext c) {
    if (a instanceof Term.Cal ca && b instanceof Term.Cal cb) {
      Fields x = ca.fields();
      Fields y = cb.fields();
      Fields x2 = borrow(x, y);
      Fields y2 = borrow(y, x);
      return new Term[] {new Term.Cal(half(x2, y2)), new Term.Cal(y2)};
    }
    if (a instanceof Term.Cal ca && b instanceof Term.Fix fb && !ca.fields().hasDate()) {
      Slot day = Slot.of(Grain.DAY.truncate(fb.slot().start()), Grain.DAY); // "1pm to 2pm tomorrow"
      Slot s = FieldSearch.first(ca.fields(), day.start(), day.end(), c.now);
      return new Term[] {s == null ? a : new Term.Fix(s), b};
    }
    return new Term[] {a, b};
  }

  /** Date parts, and a part of the day, said only at the other end. */
  private static Fields borrow(Fields to, Fields from) {
    Integer year = to.year() != null ? to.year() : from.year();
    Integer month = to.month();
    Integer day = to.day();
    java.time.DayOfWeek weekday = to.weekday();
    if (!to.hasDate()) {
      month = from.month();
      day = from.day();
      weekday = from.weekday();
    } else if (to.day() != null && to.month() == null) {
      month = from.month();
    }
    int pf = to.partFrom() >= 0 ? to.partFrom() : from.partFrom();
    int pt = to.partFrom() >= 0 ? to.partTo() : from.partTo();
    Integer y = to.hasDate() && to.month() != null ? to.year() : year;
    int allowed = to.allowed() != 0 ? to.allowed() : from.allowed();
    return new Fields(y, to.quarter(), month, day, weekday, to.hours(), to.minute(), to.second(), pf, pt, allowed)
        .applyPart();
  }

  /** "from 3 to 4 pm": an ambiguous start takes the reading at or before the end's hour. */
  private static Fields half(Fields a, Fields b) {
    if (Integer.bitCount(a.hours()) != 2 || Integer.bitCount(b.hours()) != 1) {
      return a;
    }
    int end = Integer.numberOfTrailingZeros(b.hours());
    int late = 31 - Integer.numberOfLeadingZeros(a.hours());
    int early = Integer.numberOfTrailingZeros(a.hours());
    return a.withHours(1 << (late <= end ? late : early));
  }
}
