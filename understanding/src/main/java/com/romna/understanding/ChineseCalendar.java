package com.romna.understanding;

import java.time.LocalDate;

/**
 * The Chinese New Year, as Reingold and Dershowitz compute it ("Calendrical Calculations"): the second new
 * moon after the winter solstice, or the third when a leap month falls between, with days counted in
 * China's time (UTC+8).
 */
final class ChineseCalendar {
  private static final double CHINA = 8.0 / 24;
  /** Julian day of 1970-01-01 00:00 UTC. */
  private static final double UNIX_EPOCH = 2_440_587.5;

  private ChineseCalendar() {}

  /** The New Year in Gregorian year {@code year} (always between 21 January and 20 February). */
  static LocalDate newYear(int year) {
    LocalDate july = LocalDate.of(year, 7, 1);
    LocalDate ny = newYearInSui(july);
    return july.isBefore(ny) ? newYearInSui(july.minusDays(180)) : ny;
  }

  /** The New Year in the solar year (winter solstice to winter solstice) that holds {@code d}. */
  private static LocalDate newYearInSui(LocalDate d) {
    LocalDate s1 = winterSolsticeOnOrBefore(d);
    LocalDate s2 = winterSolsticeOnOrBefore(s1.plusDays(370));
    LocalDate m12 = newMoonOnOrAfter(s1.plusDays(1));
    LocalDate m13 = newMoonOnOrAfter(m12.plusDays(1));
    LocalDate nextM11 = day(Astronomy.newMoonBefore(midnight(s2.plusDays(1))));
    long months = Math.round((nextM11.toEpochDay() - m12.toEpochDay()) / Astronomy.MEAN_SYNODIC_MONTH);
    boolean leap = months == 12 && (noMajorTerm(m12) || noMajorTerm(m13)); // a leap month comes first
    return leap ? newMoonOnOrAfter(m13.plusDays(1)) : m13;
  }

  private static LocalDate winterSolsticeOnOrBefore(LocalDate d) {
    LocalDate s = solstice(d.getYear());
    return s.isAfter(d) ? solstice(d.getYear() - 1) : s;
  }

  /** The day in China on which the Sun reaches 270 degrees. */
  private static LocalDate solstice(int year) {
    LocalDate day = LocalDate.of(year, 12, 15);
    while (Astronomy.solarLongitude(midnight(day.plusDays(1))) < 270) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** A month with no major solar term (no multiple of 30 degrees passed) is a leap month. */
  private static boolean noMajorTerm(LocalDate monthStart) {
    LocalDate next = newMoonOnOrAfter(monthStart.plusDays(1));
    return majorTerm(monthStart) == majorTerm(next);
  }

  private static int majorTerm(LocalDate d) {
    return (int) Math.floor(Astronomy.solarLongitude(midnight(d)) / 30);
  }

  private static LocalDate newMoonOnOrAfter(LocalDate d) {
    return day(Astronomy.newMoonAtOrAfter(midnight(d)));
  }

  private static double midnight(LocalDate d) {
    return d.toEpochDay() + UNIX_EPOCH - CHINA;
  }

  private static LocalDate day(double jd) {
    return LocalDate.ofEpochDay((long) Math.floor(jd + CHINA - UNIX_EPOCH));
  }
}
