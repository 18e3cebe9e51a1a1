package com.romna.understanding;

/**
 * The Sun's apparent longitude and the moments of new moon, from Meeus' "Astronomical Algorithms"
 * (chapters 25 and 49, without the planetary terms): within a minute or two over 1900-2100, which is what
 * a calendar needs to know on which day a new moon falls. Times are Julian days, universal time.
 */
final class Astronomy {
  static final double MEAN_SYNODIC_MONTH = 29.530588861;
  /** Terrestrial minus universal time, about a minute around 2000 (the decades apart matter less than that). */
  private static final double DELTA_T_DAYS = 66.0 / 86_400;

  private Astronomy() {}

  /** The Sun's apparent longitude in degrees [0, 360) at Julian day {@code jd}. */
  static double solarLongitude(double jd) {
    double t = (jd + DELTA_T_DAYS - 2_451_545.0) / 36_525;
    double l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t;
    double m = Math.toRadians(357.52911 + 35_999.05029 * t - 0.0001537 * t * t);
    double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
        + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
    double omega = Math.toRadians(125.04 - 1934.136 * t);
    double l = (l0 + c - 0.00569 - 0.00478 * Math.sin(omega)) % 360;
    return l < 0 ? l + 360 : l;
  }

  /** The first new moon at or after Julian day {@code jd}. */
  static double newMoonAtOrAfter(double jd) {
    int k = (int) Math.floor((jd - 2_451_550.09766) / MEAN_SYNODIC_MONTH);
    while (newMoon(k) < jd) {
      k++;
    }
    while (newMoon(k - 1) >= jd) {
      k--;
    }
    return newMoon(k);
  }

  /** The last new moon before Julian day {@code jd}. */
  static double newMoonBefore(double jd) {
    int k = (int) Math.floor((jd - 2_451_550.09766) / MEAN_SYNODIC_MONTH) + 1;
    while (newMoon(k) >= jd) {
      k--;
    }
    while (newMoon(k + 1) < jd) {
      k++;
    }
    return newMoon(k);
  }

  /** New moon number {@code k} (0 is that of 6 January 2000). */
  static double newMoon(int k) {
    double t = k / 1236.85;
    double jde = 2_451_550.09766 + MEAN_SYNODIC_MONTH * k + 0.00015437 * t * t - 0.000000150 * t * t * t
        + 0.00000000073 * t * t * t * t;
    double e = 1 - 0.002516 * t - 0.0000074 * t * t;
    double m = Math.toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t * t * t);
    double mp = Math.toRadians(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t
        - 0.000000058 * t * t * t * t);
    double f = Math.toRadians(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t
        + 0.000000011 * t * t * t * t);
    double om = Math.toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t * t * t);
    double c = -0.40720 * Math.sin(mp) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mp)
        + 0.01039 * Math.sin(2 * f) + 0.00739 * e * Math.sin(mp - m) - 0.00514 * e * Math.sin(mp + m)
        + 0.00208 * e * e * Math.sin(2 * m) - 0.00111 * Math.sin(mp - 2 * f) - 0.00057 * Math.sin(mp + 2 * f)
        + 0.00056 * e * Math.sin(2 * mp + m) - 0.00042 * Math.sin(3 * mp) + 0.00042 * e * Math.sin(m + 2 * f)
        + 0.00038 * e * Math.sin(m - 2 * f) - 0.00024 * e * Math.sin(2 * mp - m) - 0.00017 * Math.sin(om)
        - 0.00007 * Math.sin(mp + 2 * m) + 0.00004 * Math.sin(2 * mp - 2 * f) + 0.00004 * Math.sin(3 * m)
        + 0.00003 * Math.sin(mp + m - 2 * f) + 0.00003 * Math.sin(2 * mp + 2 * f)
        - 0.00003 * Math.sin(mp + m + 2 * f) + 0.00003 * Math.sin(mp - m + 2 * f)
        - 0.00002 * Math.sin(mp - m - 2 * f) - 0.00002 * Math.sin(3 * mp + m) + 0.00002 * Math.sin(4 * mp);
    return jde + c - DELTA_T_DAYS;
  }
}
