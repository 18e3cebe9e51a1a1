package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.holidays.Holiday;
import com.romna.understanding.text.Words;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The year said after a holiday: "Eid al-Fitr 1975" (any four digits: after a holiday they are a year),
 * "in 2014", "سنة ٢٠١٨", "two thousand ten", or a Hijri year for a Hijri holiday ("رمضان ١٤٤٥ هـ").
 */
final class HolidayYears {
  private static final Set<String> HIJRI_MARK = Words.set("هـ", "ه", "هجري", "هجرية", "للهجرة", "ah");

  private HolidayYears() {}

  /** A year said at {@code k}: {1 for Hijri or 0 for Gregorian, the year, next}, or null. */
  static int[] at(TimeContext c, int k, Holiday h) {
    int n = c.digits(k);
    if (h.calendar() == Holiday.Calendar.HIJRI && c.digitCount(k) == 4 && n >= 1300 && n <= 1600) {
      return new int[] {1, n, c.in(k + 1, HIJRI_MARK) ? k + 2 : k + 1};
    }
    if (c.digitCount(k) == 4 && n >= 1000 && n <= 2999 && !c.is(k + 1, ":")) {
      return new int[] {0, n, k + 1};
    }
    Piece y = Years.at(c, k);
    if (y != null && y.term() instanceof Term.Cal cal && cal.fields().year() != null) {
      return new int[] {0, cal.fields().year(), y.next()};
    }
    int[] spoken = SpokenYears.at(c, k);
    return spoken == null ? null : new int[] {0, spoken[0], spoken[1]};
  }

  /** The holiday in that year: the one starting in it, for a Gregorian year. Null when there is none. */
  static Term in(Holiday h, int[] year, ZonedDateTime now) {
    if (year[0] == 1) {
      Slot s = h.occurrence(year[1], now);
      return s == null ? null : new Term.Fix(s);
    }
    if (h.fixed() != null) {
      return new Term.Cal(h.fixed().withYear(year[1]));
    }
    ZonedDateTime from = Grain.at(LocalDate.of(year[1], 1, 1), LocalTime.MIDNIGHT, now);
    Slot s = h.startingIn(from, Grain.YEAR.plus(from, 1));
    return s == null ? null : new Term.Fix(s);
  }
}
