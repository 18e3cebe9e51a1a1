package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.holidays.Holiday;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Intersects the pieces of one expression: calendar constraints merge ("Friday" + "3pm"), pinned
 * stretches overlap ("today" + "in one hour"), constraints are looked for inside a stretch ("tomorrow"
 * + "5pm" is the first 5pm of tomorrow), and an interval takes what is said around it on both ends
 * ("Thursday from 9 to 11"). Null when the pieces contradict each other.
 */
final class TimeCombiner {

  private TimeCombiner() {}

  static Term combine(List<Term> terms, TimeContext c) {
    Fields cal = null;
    Slot fix = null;
    Slot wide = null;
    Fields loose = null;
    int fixes = 0;
    Term.Range range = null;
    ZoneOffset zone = null;
    Holiday occasion = null;
    Term.PrayerTime prayer = null;
    for (Term t : terms) {
      if (t instanceof Term.Cal x) {
        cal = cal == null ? x.fields() : cal.merge(x.fields());
        if (cal == null) {
          return null;
        }
      } else if (t instanceof Term.Fix x) {
        Slot both = fix == null ? x.slot() : fix.overlap(x.slot());
        if (both == null) {
          return null;
        }
        fix = both;
        wide = fix == x.slot() ? x.wide() : wide;
        loose = x.loose();
        fixes++;
      } else if (t instanceof Term.Range x) {
        if (range != null) {
          return null;
        }
        range = x;
      } else if (t instanceof Term.Zone x) {
        if (zone != null) {
          return null;
        }
        zone = x.offset();
      } else if (t instanceof Term.Occasion x) {
        if (occasion != null) {
          return null;
        }
        occasion = x.holiday();
      } else if (t instanceof Term.PrayerTime x) {
        if (prayer != null) {
          return null;
        }
        prayer = x;
      }
    }
    if (prayer != null) {
      return range != null || zone != null || occasion != null ? null : Prayers.on(prayer, cal, fix, c);
    }
    if (occasion != null) { // the holiday becomes the stretch the rest is read in
      if (cal == null && fix == null && range == null && zone == null) {
        return new Term.Occasion(occasion);
      }
      fix = Occasions.pick(occasion, cal, fix, wide, c.now);
      if (fix == null) {
        return null;
      }
      cal = cal == null ? null : cal.withoutDate();
      wide = null;
      loose = null;
    }
    if (range != null) {
      return distribute(range, cal, fix, zone, c);
    }
    if (fixes == 1 && loose != null && cal != null && cal.hasClock() && !cal.hasDate()) {
      return loosely(cal, loose, zone, c);
    }
    return single(cal, fix, wide, zone, c, fixes == 1 && terms.size() == 1 && terms.get(0) instanceof Term.Fix f
        ? f.exact() : null);
  }

  private static Term single(Fields cal, Slot fix, Slot wide, ZoneOffset zone, TimeContext c) {
    return single(cal, fix, wide, zone, c, null);
  }

  private static Term single(Fields cal, Slot fix, Slot wide, ZoneOffset zone, TimeContext c,
      java.time.ZonedDateTime exact) {
    if (zone != null) {
      if (cal == null || fix != null) {
        return null;
      }
      Slot s = TermResolver.next(cal, c.at(c.now.withZoneSameInstant(zone)));
      if (s == null) {
        return null;
      }
      Grain g = Grain.finer(s.grain(), Grain.MINUTE); // Duckling reports a zoned time to the minute
      ZonedDateTime start = s.start().withZoneSameInstant(c.now.getZone());
      return new Term.Fix(g == s.grain() ? new Slot(start, s.end().withZoneSameInstant(c.now.getZone()), g)
          : Slot.of(start, g));
    }
    if (fix == null) {
      return cal == null ? null : new Term.Cal(cal);
    }
    if (cal == null) {
      return new Term.Fix(fix, wide, null, exact);
    }
    // the product never looks back: "today at 6" said at 17:00 is 18:00, not this morning's
    // only when am/pm is open: "today at 3am" said at noon is past, not 15:00
    boolean running = c.product && fix.start().isBefore(c.now) && fix.end().isAfter(c.now)
        && Integer.bitCount(cal.hours()) == 2;
    Slot s = null;
    // "tomorrow at 3": 15:00; also said at 01:30, when "tomorrow" is the coming daytime
    if (c.product && BareHours.open(cal) && (running ? BareHours.beforeTheDay(c.now) : fix.start().isAfter(c.now))) {
      s = FieldSearch.first(BareHours.narrowed(cal, c.wakeUp), running ? c.now : fix.start(), fix.end(), c.now);
    }
    s = s != null ? s : FieldSearch.first(cal, running ? c.now : fix.start(), fix.end(), c.now);
    if (s == null && cal.partFrom() >= 0 && !cal.hasClock() && !cal.hasDate()) {
      s = fix.overlap(new Slot(fix.start(), fix.end(), Grain.HOUR));
    }
    if (s == null && wide != null) {
      s = FieldSearch.first(cal, wide.start(), wide.end(), c.now);
    }
    return s == null ? null : new Term.Fix(s);
  }

  /**
   * "this morning at 3", "tonight at 11": the part of the day as a constraint, resolved like any clock
   * time; a bare 12 with it is the coming midnight (Duckling: "this evening at 12").
   */
  private static Term loosely(Fields cal, Fields part, ZoneOffset zone, TimeContext c) {
    Fields twelve = cal.hours() == ((1 << 12) | 1) ? cal.withHours(1) : cal;
    Fields both = twelve.merge(part);
    if (both == null) {
      return null;
    }
    return zone == null ? new Term.Cal(both) : single(both, null, null, zone, c);
  }

  /** "Thursday from 9:30 to 11:00": Thursday applies to both ends. */
  private static Term distribute(Term.Range r, Fields cal, Slot fix, ZoneOffset zone, TimeContext c) {
    if (cal == null && fix == null && zone == null) {
      return r;
    }
    Term from = r.from() == null ? null : with(r.from(), cal, fix, zone, c);
    Term to = r.to() == null ? null : with(r.to(), cal, fix, zone, c);
    if ((r.from() != null && from == null) || (r.to() != null && to == null)) {
      return null;
    }
    return new Term.Range(from, to, r.grain());
  }

  private static Term with(Term end, Fields cal, Slot fix, ZoneOffset zone, TimeContext c) {
    java.util.List<Term> parts = new java.util.ArrayList<>(4);
    parts.add(end);
    if (cal != null) {
      parts.add(new Term.Cal(cal));
    }
    if (fix != null) {
      parts.add(new Term.Fix(fix));
    }
    if (zone != null) {
      parts.add(new Term.Zone(zone));
    }
    return combine(parts, c);
  }
}
