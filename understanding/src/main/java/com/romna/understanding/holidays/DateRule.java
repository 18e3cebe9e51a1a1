package com.romna.understanding.holidays;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Where a holiday falls in one year of its calendar: a Gregorian year for Thanksgiving and Easter, a Hijri
 * year for the Eids. Null when the calendar cannot say (a Hijri year outside
 * the Umm al-Qura table, a 30th day in a 29-day month).
 */
@FunctionalInterface
public interface DateRule {

  LocalDate in(int year);

  /** {@link #in}, with "cannot say" as null rather than an exception. */
  default LocalDate safely(int year) {
    try {
      return in(year);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  static DateRule fixed(int month, int day) {
    return y -> LocalDate.of(y, month, day);
  }

  /** The {@code n}-th such weekday of the month, or the last one when {@code n} is -1 ("last Monday of May"). */
  static DateRule nth(int n, DayOfWeek weekday, int month) {
    return y -> n < 0
        ? LocalDate.of(y, month, 1).with(TemporalAdjusters.lastInMonth(weekday))
        : LocalDate.of(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
  }

  default DateRule plus(int days) {
    return y -> {
      LocalDate d = in(y);
      return d == null ? null : d.plusDays(days);
    };
  }

  /** The last such weekday strictly before the day (Jumu'atul-Wida is the Friday before Eid al-Fitr). */
  default DateRule weekdayBefore(DayOfWeek weekday) {
    return y -> {
      LocalDate d = in(y);
      return d == null ? null : d.with(TemporalAdjusters.previous(weekday));
    };
  }

  /** The working day (Monday to Friday) closest to the day: Boss's Day moves off a weekend. */
  default DateRule closestWorkday() {
    return y -> {
      LocalDate d = in(y);
      if (d == null) {
        return null;
      }
      return switch (d.getDayOfWeek()) {
        case SATURDAY -> d.minusDays(1);
        case SUNDAY -> d.plusDays(1);
        default -> d;
      };
    };
  }

  /** The day, moved by {@code days} when it falls on {@code weekday} (King's Day is kept off a Sunday). */
  default DateRule unlessOn(DayOfWeek weekday, int days) {
    return y -> {
      LocalDate d = in(y);
      return d != null && d.getDayOfWeek() == weekday ? d.plusDays(days) : d;
    };
  }
}
