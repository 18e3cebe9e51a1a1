package com.romna.understanding;

import java.time.LocalDate;

/**
 * The Hebrew calendar by its arithmetic (the molad of Tishri and the four postponements), as Reingold and
 * Dershowitz give it in "Calendrical Calculations". Months are numbered from Nisan (1) as the Torah counts
 * them; the year starts in Tishri (7); a leap year adds Adar II (13).
 */
final class HebrewCalendar {
  static final int NISAN = 1;
  static final int IYYAR = 2;
  static final int SIVAN = 3;
  static final int AV = 5;
  static final int TISHRI = 7;
  static final int KISLEV = 9;
  static final int SHEVAT = 11;
  static final int ADAR = 12;
  static final int ADAR_II = 13;
  /** Day number (counted from 1 January of year 1, Gregorian) of 1 Tishri, year 1. */
  private static final long EPOCH = -1_373_427;
  /** Day number of 1970-01-01, where {@link LocalDate#ofEpochDay} counts from. */
  private static final long UNIX_EPOCH = 719_163;

  private HebrewCalendar() {}

  static boolean leap(int year) {
    return Math.floorMod(7L * year + 1, 19) < 7;
  }

  /** Adar in a common year, Adar II in a leap year: Purim's month. */
  static int lastAdar(int year) {
    return leap(year) ? ADAR_II : ADAR;
  }

  static LocalDate date(int year, int month, int day) {
    long n = newYear(year) + day - 1;
    if (month < TISHRI) {
      for (int m = TISHRI; m <= (leap(year) ? ADAR_II : ADAR); m++) {
        n += monthLength(year, m);
      }
      for (int m = NISAN; m < month; m++) {
        n += monthLength(year, m);
      }
    } else {
      for (int m = TISHRI; m < month; m++) {
        n += monthLength(year, m);
      }
    }
    return LocalDate.ofEpochDay(n - UNIX_EPOCH);
  }

  private static long newYear(int year) {
    return EPOCH + elapsedDays(year) + delay(year);
  }

  /** Days from the epoch to the molad of Tishri, postponed when the molad falls on Sunday, Wednesday or Friday. */
  private static long elapsedDays(int year) {
    long months = Math.floorDiv(235L * year - 234, 19);
    long parts = 12_084 + 13_753 * months;
    long day = 29 * months + Math.floorDiv(parts, 25_920);
    return Math.floorMod(3 * (day + 1), 7) < 3 ? day + 1 : day;
  }

  /** The postponements that keep a year's length legal (353-355 or 383-385 days). */
  private static int delay(int year) {
    long before = elapsedDays(year - 1);
    long now = elapsedDays(year);
    long after = elapsedDays(year + 1);
    if (after - now == 356) {
      return 2;
    }
    return now - before == 382 ? 1 : 0;
  }

  private static int monthLength(int year, int month) {
    long days = newYear(year + 1) - newYear(year);
    return switch (month) {
      case 2, 4, 6, 10, 13 -> 29;
      case ADAR -> leap(year) ? 30 : 29;
      case 8 -> days % 10 == 5 ? 30 : 29; // Heshvan is long in a complete year
      case KISLEV -> days % 10 == 3 ? 29 : 30; // and Kislev short in a deficient one
      default -> 30;
    };
  }
}
