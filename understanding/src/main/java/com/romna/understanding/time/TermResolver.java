package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.TimeValue;
import com.romna.understanding.holidays.Holiday;
import java.time.ZonedDateTime;

/**
 * Resolves a combined {@link Term} against "now" the way Duckling does, so the corpus can be scored:
 * calendar constraints take the first occurrence whose coarsest named unit has not ended ("4:23am" at
 * 04:30 is today, its hour is still running; "Sunday, Feb 10" is this February's), a weekday alone is
 * never today, and intervals keep their exclusive end.
 */
public final class TermResolver {

  private TermResolver() {}

  public static TimeValue resolve(Term t, TimeContext c) {
    if (t instanceof Term.Range r) {
      return range(r, c);
    }
    Slot s = slot(t, c);
    return s == null ? null : new TimeValue(s.start(), s.end(), s.grain(), s.grain() != spanGrain(s));
  }

  /** True intervals ("this evening": 18:00 to midnight at hour grain) are longer than one grain. */
  private static Grain spanGrain(Slot s) {
    return s.end().equals(s.grain().plus(s.start(), 1)) ? s.grain() : null;
  }

  static Slot slot(Term t, TimeContext c) {
    if (t instanceof Term.Fix f) {
      return f.slot();
    }
    if (t instanceof Term.Cal cal) {
      return next(cal.fields(), c);
    }
    return t instanceof Term.Occasion o ? o.holiday().next(c.now) : null;
  }

  /** The occurrence of {@code f} that Duckling would name, relative to {@code c.now}. */
  static Slot next(Fields f, TimeContext c) {
    ZonedDateTime now = c.now;
    if (!f.hasDate() && !f.hasClock() && f.partFrom() >= 0) { // "evening": today's unless it is over
      Slot s = FieldSearch.first(f, Grain.DAY.truncate(now), null, now);
      return s != null && !s.end().isAfter(now) ? FieldSearch.first(f, s.end(), null, now) : s;
    }
    if (c.arabic && f.hasClock() && f.partFrom() >= 0 && !f.hasDate()) { // "الساعة ٣ الصبح" is this morning's
      Slot today = Slot.of(Grain.DAY.truncate(now), Grain.DAY);
      Slot s = FieldSearch.first(f, today.start(), today.end(), now);
      if (s != null) {
        return s;
      }
    }
    ZonedDateTime lo = f.year() != null ? null : f.coarsest().truncate(now);
    Slot s = FieldSearch.first(f, lo, null, now);
    if (c.product && s != null && f.hasDate() && BareHours.open(f) && s.start().isAfter(now)
        && !s.start().toLocalDate().equals(now.toLocalDate())) { // "Friday at 3", not today: 15:00 that Friday
      ZonedDateTime day = Grain.DAY.truncate(s.start());
      Slot meant = FieldSearch.first(BareHours.narrowed(f, c.wakeUp), day, Grain.DAY.plus(day, 1), now);
      s = meant != null ? meant : s;
    }
    if (s != null && f.onlyWeekday() && s.contains(now)) {
      s = FieldSearch.first(f, s.end(), null, now);
    }
    return s;
  }

  private static boolean clockOnly(Term t) {
    return t instanceof Term.Cal cal && cal.fields().hasClock() && !cal.fields().hasDate();
  }

  private static TimeValue range(Term.Range r, TimeContext c) {
    Slot from = r.from() == null ? null : slot(r.from(), c);
    if (r.from() != null && from == null) {
      return null;
    }
    Slot to = null;
    if (r.to() instanceof Term.Cal cal && from != null) {
      to = FieldSearch.first(cal.fields(), from.start(), null, c.now);
    } else if (r.to() != null) {
      to = slot(r.to(), c);
    }
    if (r.to() != null && (to == null || (from != null && !to.end().isAfter(from.start())))) {
      return null;
    }
    if (from != null && to != null && clockOnly(r.from()) && clockOnly(r.to())
        && to.start().isAfter(from.start().plusHours(12))) {
      return null; // "20 to 6 pm" is 17:40, not from 20:00 to 18:00 the next day
    }
    if (from == null) {
      return new TimeValue(null, to.start(), r.grain() != null ? r.grain() : to.grain(), true);
    }
    Grain g = r.grain() != null ? r.grain() : to == null ? from.grain() : Grain.finer(from.grain(), to.grain());
    return new TimeValue(from.start(), to == null ? null : to.end(), g, true);
  }
}
