package com.romna.understanding.holidays;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;

/**
 * Hijri dates from the JDK's Umm al-Qura calendar (Saudi Arabia's official one). It covers the Hijri years
 * 1300 to 1600 (1882 to 2174); outside them a date is unknown (null), never a guess. Countries that follow
 * the moon sighting may celebrate a day earlier or later.
 */
public final class HijriCalendar {
  static final int MUHARRAM = 1;
  static final int RABI_AL_AWWAL = 3;
  static final int RAJAB = 7;
  static final int SHABAN = 8;
  static final int RAMADAN = 9;
  static final int SHAWWAL = 10;
  static final int DHU_AL_HIJJAH = 12;

  private HijriCalendar() {}

  public static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A Hijri year that overlaps Gregorian {@code year} (a Hijri year is 11 days shorter). */
  static int near(int gregorianYear) {
    return (int) Math.floor((gregorianYear - 622) * 33 / 32.0);
  }
}
