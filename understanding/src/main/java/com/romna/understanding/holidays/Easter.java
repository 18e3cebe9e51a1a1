package com.romna.understanding.holidays;

import java.time.LocalDate;

/**
 * Easter Sunday by the computus: the Gregorian one (the anonymous algorithm of Meeus, Jones and Butcher)
 * and the Orthodox one (the Julian computus, moved onto the Gregorian calendar).
 */
public final class Easter {

  private Easter() {}

  public static LocalDate western(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }

  public static LocalDate orthodox(int y) {
    int d = (19 * (y % 19) + 15) % 30;
    int e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
    int month = (d + e + 114) / 31;
    int day = (d + e + 114) % 31 + 1;
    // a Julian date; the calendars drift apart by a day in each century year not divisible by 400
    int drift = y / 100 - y / 400 - 2;
    return LocalDate.of(y, month, day).plusDays(drift);
  }
}
