package com.romna.understanding.time;

import com.romna.understanding.Grain;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * Finds the first slot that satisfies some {@link Fields}, like a cron "next run": it jumps a whole
 * year, month or week at a time when a coarse field does not match, so even "Friday 18 July" (a few
 * years away) or an impossible "30 February" costs a few hundred steps at most.
 */
final class FieldSearch {
  private static final int MAX_YEARS = 40;

  private FieldSearch() {}

  /**
   * The first slot starting at or after {@code lo} (any time when null) and ending by {@code hi}
   * (unbounded when null); {@code zone} gives the time zone. Null when there is none.
   */
  static Slot first(Fields f, ZonedDateTime lo, ZonedDateTime hi, ZonedDateTime zone) {
    Grain g = f.grain();
    LocalDate d = lo != null ? lo.toLocalDate() : LocalDate.of(f.year() != null ? f.year() : 1970, 1, 1);
    if (f.year() != null && lo != null && d.getYear() < f.year()) {
      d = LocalDate.of(f.year(), 1, 1);
    }
    LocalDate stop = d.plusYears(MAX_YEARS);
    while (d.isBefore(stop)) {
      if (f.year() != null && d.getYear() != f.year()) {
        return null; // years only move forward
      }
      if (!monthMatches(f, d)) {
        d = d.with(TemporalAdjusters.firstDayOfNextMonth());
        continue;
      }
      if (g.compareTo(Grain.DAY) > 0) {
        LocalDate first = g.truncate(d.atStartOfDay(zone.getZone())).toLocalDate();
        Slot s = Slot.of(Grain.at(first, LocalTime.MIDNIGHT, zone), g);
        if (fits(s, lo, hi)) {
          return s;
        }
        if (hi != null && !s.start().isBefore(hi)) {
          return null;
        }
        d = g.plus(s.start(), 1).toLocalDate();
        continue;
      }
      if (f.day() != null && d.getDayOfMonth() != f.day()) {
        d = f.day() > d.getDayOfMonth() && f.day() <= d.lengthOfMonth()
            ? d.withDayOfMonth(f.day()) : d.with(TemporalAdjusters.firstDayOfNextMonth());
        continue;
      }
      if (f.weekday() != null && d.getDayOfWeek() != f.weekday()) {
        d = d.with(TemporalAdjusters.next(f.weekday()));
        continue;
      }
      Slot s = inDay(f, d, lo, zone);
      if (s != null && fits(s, lo, hi)) {
        return s;
      }
      if (hi != null && !Grain.at(d, LocalTime.MIDNIGHT, zone).isBefore(hi)) {
        return null;
      }
      d = d.plusDays(1);
    }
    return null;
  }

  private static boolean monthMatches(Fields f, LocalDate d) {
    if (f.month() != null && d.getMonthValue() != f.month()) {
      return false;
    }
    return f.quarter() == null || (d.getMonthValue() - 1) / 3 + 1 == f.quarter();
  }

  private static boolean fits(Slot s, ZonedDateTime lo, ZonedDateTime hi) {
    return (lo == null || !s.start().isBefore(lo)) && (hi == null || !s.end().isAfter(hi));
  }

  /** The first time within day {@code d} at or after {@code lo}; a whole day when no clock was said. */
  private static Slot inDay(Fields f, LocalDate d, ZonedDateTime lo, ZonedDateTime zone) {
    ZonedDateTime midnight = Grain.at(d, LocalTime.MIDNIGHT, zone);
    if (f.hours() == 0 && f.partFrom() < 0) {
      return Slot.of(midnight, Grain.DAY);
    }
    if (f.hours() == 0) {
      ZonedDateTime from = Grain.at(d, LocalTime.of(f.partFrom(), 0), zone);
      ZonedDateTime to = f.partTo() >= 24 ? Grain.at(d.plusDays(1), LocalTime.MIDNIGHT, zone)
          : Grain.at(d, LocalTime.of(f.partTo(), 0), zone);
      return new Slot(from, to, Grain.HOUR);
    }
    Grain g = f.grain();
    for (int h = 0; h < 24; h++) {
      if ((f.hours() & (1 << h)) == 0) {
        continue;
      }
      LocalTime time = LocalTime.of(h, f.minute() == null ? 0 : f.minute(), f.second() == null ? 0 : f.second());
      Slot s = Slot.of(Grain.at(d, time, zone), g);
      if (lo == null || !s.start().isBefore(lo)) {
        return s;
      }
    }
    return null;
  }
}
