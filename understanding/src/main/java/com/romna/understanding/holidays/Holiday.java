package com.romna.understanding.holidays;

import com.romna.understanding.Grain;
import com.romna.understanding.time.Fields;
import com.romna.understanding.time.Slot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A holiday as a rule: where it falls in each year of its calendar ({@link DateRule}) and how long it lasts.
 * "Eid" is either Eid ({@code or}), whichever comes first. A holiday on a fixed Gregorian date keeps its
 * {@code fixed} fields, so it reads like any other date ("the third Tuesday after Christmas").
 */
public record Holiday(Calendar calendar, DateRule first, DateRule end, Shape shape, Fields fixed, Holiday or) {
  /** A holiday said in the sequence of words always lies within a few calendar years of the one asked for. */
  private static final int MARGIN = 2;

  /**
   * The calendar whose years the rule counts; UNREAD for a holiday known by name whose dates are not computed
   * here (the Hebrew and Chinese calendars): its name is read, so that it is refused rather than misread.
   */
  public enum Calendar {
    GREGORIAN, HIJRI, UNREAD;

    /** A year of this calendar that overlaps Gregorian {@code year}. */
    int near(int year) {
      return this == HIJRI ? HijriCalendar.near(year) : year;
    }
  }

  /**
   * Whole days from the first to {@code end} (one day when there is none); the long weekend before a
   * Monday holiday (Friday 18:00 to Tuesday, as Duckling has "Labor Day weekend"); an hour in the evening
   * (Earth Hour, 20:30 to 21:30 at minute grain); the evening before ("ليلة العيد").
   */
  public enum Shape { DAYS, LONG_WEEKEND, EVENING_HOUR, EVENING_BEFORE }

  static Holiday on(Calendar calendar, DateRule first) {
    return new Holiday(calendar, first, null, Shape.DAYS, null, null);
  }

  /** A holiday known by name only: it never has a date, so a request that names it as its time is refused. */
  static Holiday namedOnly() {
    return new Holiday(Calendar.UNREAD, y -> null, null, Shape.DAYS, null, null);
  }

  /** False for a holiday known by name only. */
  public boolean computed() {
    return calendar != Calendar.UNREAD;
  }

  static Holiday fixed(int month, int day) {
    return new Holiday(Calendar.GREGORIAN, DateRule.fixed(month, day), null, Shape.DAYS,
        Fields.date(null, month, day), null);
  }

  /** Whichever of the two comes first: "Eid" is al-Fitr or al-Adha. */
  public static Holiday either(Holiday a, Holiday b) {
    return new Holiday(a.calendar, a.first, a.end, a.shape, null, b);
  }

  public Holiday until(DateRule last) {
    return new Holiday(calendar, first, last, shape, null, or);
  }

  Holiday lasting(int days) {
    return until(first.plus(days));
  }

  public Holiday shaped(Shape s) {
    return new Holiday(calendar, first, end, s, null, or == null ? null : or.shaped(s));
  }

  /** The single day {@code days} after the first ("the second day of Eid", "Eid eve"). */
  public Holiday dayAfterStart(int days) {
    return new Holiday(calendar, first.plus(days), null, Shape.DAYS, null, or == null ? null : or.dayAfterStart(days));
  }

  /** The occurrence in year {@code year} of the calendar, or null when the calendar cannot say. */
  public Slot occurrence(int year, ZonedDateTime zone) {
    LocalDate d = first.safely(year);
    if (d == null) {
      return null;
    }
    return switch (shape) {
      case DAYS -> {
        LocalDate e = end == null ? d.plusDays(1) : end.safely(year);
        yield e == null || !e.isAfter(d) ? null : new Slot(at(d, 0, 0, zone), at(e, 0, 0, zone), Grain.DAY);
      }
      case LONG_WEEKEND -> new Slot(at(d.minusDays(3), 18, 0, zone), at(d.plusDays(1), 0, 0, zone), Grain.HOUR);
      case EVENING_HOUR -> new Slot(at(d, 20, 30, zone), at(d, 21, 31, zone), Grain.MINUTE);
      case EVENING_BEFORE -> new Slot(at(d.minusDays(1), 18, 0, zone), at(d, 0, 0, zone), Grain.HOUR);
    };
  }

  /** The occurrence that has not ended by {@code t} (the one under way, or the next). */
  public Slot next(ZonedDateTime t) {
    return all(t, t).stream().filter(s -> s.end().isAfter(t)).findFirst().orElse(null);
  }

  /** The {@code n}-th occurrence starting after {@code t} ("next Eid" is never the one under way). */
  public Slot after(ZonedDateTime t, int n) {
    List<Slot> later = all(t, t.plusYears(n)).stream().filter(s -> s.start().isAfter(t)).toList();
    return later.size() < n ? null : later.get(n - 1);
  }

  /** The {@code n}-th occurrence, counting back, that was over by {@code t}. */
  public Slot before(ZonedDateTime t, int n) {
    List<Slot> earlier = all(t.minusYears(n), t).stream().filter(s -> !s.end().isAfter(t)).toList();
    return earlier.size() < n ? null : earlier.get(earlier.size() - n);
  }

  /** The first occurrence starting in [from, to), or null. */
  public Slot startingIn(ZonedDateTime from, ZonedDateTime to) {
    return all(from, to).stream().filter(s -> !s.start().isBefore(from) && s.start().isBefore(to))
        .findFirst().orElse(null);
  }

  /** The {@code n}-th closest occurrence to {@code t}, by the days between their starts. */
  public Slot closest(ZonedDateTime t, int n) {
    List<Slot> near = new ArrayList<>(all(t.minusYears(n), t.plusYears(n)));
    near.sort(Comparator.comparingLong(s -> Math.abs(java.time.Duration.between(t, s.start()).toHours())));
    return near.size() < n ? null : near.get(n - 1);
  }

  /** Every occurrence for the calendar years around [from, to], in time order. */
  private List<Slot> all(ZonedDateTime from, ZonedDateTime to) {
    List<Slot> out = new ArrayList<>();
    int lo = calendar.near(from.getYear()) - MARGIN;
    int hi = Math.min(calendar.near(to.getYear()) + MARGIN, lo + 400);
    for (int y = lo; y <= hi; y++) {
      Slot s = occurrence(y, from);
      if (s != null) {
        out.add(s);
      }
    }
    if (or != null) {
      out.addAll(or.all(from, to));
      out.sort(Comparator.comparing(Slot::start));
    }
    return out;
  }

  private static ZonedDateTime at(LocalDate d, int hour, int minute, ZonedDateTime zone) {
    return Grain.at(d, LocalTime.of(hour, minute), zone);
  }
}
