package com.romna.understanding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How precisely a time was said: "3pm" is an hour, "3:15pm" a minute, "next week" a week. Calendar
 * arithmetic works on the local date-time and is re-zoned afterwards, so DST never shifts a wall clock.
 */
public enum Grain {
  SECOND(1),
  MINUTE(60),
  HOUR(3_600),
  DAY(86_400),
  WEEK(604_800),
  MONTH(2_592_000),
  QUARTER(7_776_000),
  YEAR(31_536_000);

  private final long seconds;

  Grain(long seconds) {
    this.seconds = seconds;
  }

  /** Nominal length (a month is 30 days, a year 365), as durations are normalised. */
  public long seconds() {
    return seconds;
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Grain ofWire(String wire) {
    return valueOf(wire.toUpperCase(Locale.ROOT));
  }

  /** The finer of two grains. */
  public static Grain finer(Grain a, Grain b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  /** The grain a shifted instant is reported in: "in 2 days" is an hour, "in 3 weeks" a day. */
  public Grain lower() {
    return switch (this) {
      case SECOND, MINUTE -> SECOND;
      case HOUR -> MINUTE;
      case DAY -> HOUR;
      case WEEK, MONTH -> DAY;
      case QUARTER, YEAR -> MONTH;
    };
  }

  public ZonedDateTime truncate(ZonedDateTime t) {
    LocalDateTime l = t.toLocalDateTime();
    LocalDate d = l.toLocalDate();
    LocalDateTime out = switch (this) {
      case SECOND -> l.withNano(0);
      case MINUTE -> l.withSecond(0).withNano(0);
      case HOUR -> l.withMinute(0).withSecond(0).withNano(0);
      case DAY -> d.atStartOfDay();
      case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
      case MONTH -> d.withDayOfMonth(1).atStartOfDay();
      case QUARTER -> d.withDayOfMonth(1).withMonth((d.getMonthValue() - 1) / 3 * 3 + 1).atStartOfDay();
      case YEAR -> d.withDayOfYear(1).atStartOfDay();
    };
    return ZonedDateTime.ofLocal(out, t.getZone(), t.getOffset());
  }

  public ZonedDateTime plus(ZonedDateTime t, long n) {
    LocalDateTime l = t.toLocalDateTime();
    LocalDateTime out = switch (this) {
      case SECOND -> null;
      case MINUTE -> null;
      case HOUR -> null;
      case DAY -> l.plusDays(n);
      case WEEK -> l.plusWeeks(n);
      case MONTH -> l.plusMonths(n);
      case QUARTER -> l.plusMonths(3 * n);
      case YEAR -> l.plusYears(n);
    };
    // sub-day units are exact durations; calendar units keep the wall-clock time
    return out == null ? t.plusSeconds(n * seconds) : ZonedDateTime.ofLocal(out, t.getZone(), t.getOffset());
  }

  public static ZonedDateTime at(LocalDate date, LocalTime time, ZonedDateTime zoneOf) {
    return ZonedDateTime.ofLocal(date.atTime(time), zoneOf.getZone(), null);
  }
}
