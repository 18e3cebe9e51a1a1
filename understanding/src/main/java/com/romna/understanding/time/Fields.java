package com.romna.understanding.time;

import com.romna.understanding.Grain;
import java.time.DayOfWeek;
import java.util.Objects;

/**
 * Calendar constraints said in a time expression, any of them absent: "Friday 3pm" is a weekday and an
 * hour; "the 15th of February" a month and a day. {@code hours} is a bit set of the hours a clock may
 * mean (6 is 06:00 or 18:00 until am/pm or a part of the day says which); {@code partFrom}..{@code partTo}
 * is a part of the day ("evening" is 18..24), -1 when none was said; {@code allowed} the hours a clock
 * time said with it may have (Arabic "مساءً" names the evening but "٣ مساءً" is 15:00), 0 for any.
 */
public record Fields(Integer year, Integer quarter, Integer month, Integer day, DayOfWeek weekday, int hours,
    Integer minute, Integer second, int partFrom, int partTo, int allowed) {

  Fields(Integer year, Integer quarter, Integer month, Integer day, DayOfWeek weekday, int hours,
      Integer minute, Integer second, int partFrom, int partTo) {
    this(year, quarter, month, day, weekday, hours, minute, second, partFrom, partTo, range(partFrom, partTo));
  }

  static Fields year(int y) {
    return new Fields(y, null, null, null, null, 0, null, null, -1, -1);
  }

  static Fields quarter(int q) {
    return new Fields(null, q, null, null, null, 0, null, null, -1, -1);
  }

  static Fields month(int m) {
    return new Fields(null, null, m, null, null, 0, null, null, -1, -1);
  }

  static Fields day(int d) {
    return new Fields(null, null, null, d, null, 0, null, null, -1, -1);
  }

  static Fields weekday(DayOfWeek w) {
    return new Fields(null, null, null, null, w, 0, null, null, -1, -1);
  }

  static Fields clock(int hourMask, Integer minute, Integer second) {
    return new Fields(null, null, null, null, null, hourMask, minute, second, -1, -1);
  }

  /** A date: a month with an optional year and day ("2014-10", "March 5th 2014"). */
  public static Fields date(Integer year, int month, Integer day) {
    return new Fields(year, null, month, day, null, 0, null, null, -1, -1);
  }

  /** A part of the day; {@code clock} the hours a clock time said with it may have. */
  static Fields part(int from, int to, int clock) {
    return new Fields(null, null, null, null, null, 0, null, null, from, to, clock);
  }

  /** The hours [from, to) as a bit set; 0 when no range is given. */
  static int range(int from, int to) {
    int mask = 0;
    for (int h = Math.max(from, 0); h < Math.min(to, 24); h++) {
      mask |= 1 << h;
    }
    return mask;
  }

  /** 1..12 said without am/pm may be either half of the day; 0 and 13..23 are unambiguous. */
  static int hourMask(int hour, boolean twelveHour) {
    if (!twelveHour || hour == 0 || hour > 12) {
      return 1 << hour;
    }
    return (1 << (hour % 12)) | (1 << (hour % 12 + 12));
  }

  boolean hasDate() {
    return year != null || quarter != null || month != null || day != null || weekday != null;
  }

  boolean hasClock() {
    return hours != 0;
  }

  boolean onlyWeekday() {
    return weekday != null && year == null && quarter == null && month == null && day == null
        && hours == 0 && partFrom < 0;
  }

  /** The finest thing said: the grain of the answer. */
  Grain grain() {
    if (second != null) {
      return Grain.SECOND;
    }
    if (minute != null) {
      return Grain.MINUTE;
    }
    if (hours != 0 || partFrom >= 0) {
      return Grain.HOUR;
    }
    if (day != null || weekday != null) {
      return Grain.DAY;
    }
    if (month != null) {
      return Grain.MONTH;
    }
    return quarter != null ? Grain.QUARTER : Grain.YEAR;
  }

  /** The coarsest thing said: whose current unit still counts as "the future" (Duckling's reading). */
  Grain coarsest() {
    if (year != null) {
      return Grain.YEAR;
    }
    if (quarter != null) {
      return Grain.QUARTER;
    }
    if (month != null) {
      return Grain.MONTH;
    }
    return day != null || weekday != null ? Grain.DAY : Grain.HOUR;
  }

  /** Both sets of constraints at once, or null when they contradict ("Monday the 12th" is fine, "3pm 4pm" not). */
  Fields merge(Fields o) {
    int h = hours == 0 ? o.hours : o.hours == 0 ? hours : hours & o.hours;
    boolean clash = !same(year, o.year) || !same(quarter, o.quarter) || !same(month, o.month)
        || !same(day, o.day) || !same(weekday, o.weekday) || !same(minute, o.minute)
        || !same(second, o.second) || (hours != 0 && o.hours != 0 && h == 0)
        || (partFrom >= 0 && o.partFrom >= 0 && (partFrom != o.partFrom || partTo != o.partTo));
    if (clash) {
      return null;
    }
    Fields f = new Fields(or(year, o.year), or(quarter, o.quarter), or(month, o.month), or(day, o.day),
        or(weekday, o.weekday), h, or(minute, o.minute), or(second, o.second),
        partFrom >= 0 ? partFrom : o.partFrom, partFrom >= 0 ? partTo : o.partTo,
        allowed != 0 ? allowed : o.allowed);
    return f.applyPart();
  }

  /** A part of the day picks the half of an ambiguous clock ("8 in the evening" is 20:00). */
  Fields applyPart() {
    if (hours == 0 || allowed == 0) {
      return this;
    }
    int kept = hours & allowed;
    return kept == 0 ? this : withHours(kept);
  }

  /** The clock time and part of the day said, without the date; null when only a date was said. */
  Fields withoutDate() {
    Fields f = new Fields(null, null, null, null, null, hours, minute, second, partFrom, partTo, allowed);
    return f.hasClock() || partFrom >= 0 || minute != null ? f : null;
  }

  Fields withYear(int y) {
    return new Fields(y, quarter, month, day, weekday, hours, minute, second, partFrom, partTo, allowed);
  }

  Fields withHours(int mask) {
    return new Fields(year, quarter, month, day, weekday, mask, minute, second, partFrom, partTo, allowed);
  }

  private static boolean same(Object a, Object b) {
    return a == null || b == null || Objects.equals(a, b);
  }

  private static <T> T or(T a, T b) {
    return a != null ? a : b;
  }
}
