package com.romna.understanding.prayer;

import com.batoulapps.adhan.CalculationMethod;
import com.batoulapps.adhan.CalculationParameters;
import com.batoulapps.adhan.Coordinates;
import com.batoulapps.adhan.Madhab;
import com.batoulapps.adhan.data.DateComponents;
import com.romna.understanding.Place;
import com.romna.understanding.Prayer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

/**
 * Prayer times for a place and a day, computed by the adhan library with the method the country uses: Umm
 * al-Qura in Saudi Arabia, the Dubai, Kuwait and Qatar methods in their countries, the Egyptian General Authority
 * in Egypt and Sudan, Karachi in Pakistan, ISNA in North America, the Muslim World League elsewhere.
 */
public final class PrayerTimes {
  private static final Set<String> UMM_AL_QURA = Set.of("Asia/Riyadh", "Asia/Bahrain", "Asia/Aden");
  private static final Set<String> EGYPTIAN = Set.of("Africa/Cairo", "Egypt", "Africa/Khartoum", "Asia/Amman",
      "Asia/Damascus", "Asia/Beirut", "Asia/Baghdad", "Asia/Gaza", "Asia/Hebron");

  /**
   * Umm al-Qura calls isha 90 minutes after maghrib, 120 in Ramadan; adhan leaves that adjustment to its callers.
   */
  private static final int RAMADAN_ISHA_INTERVAL = 120;
  private static final int RAMADAN = 9;

  private PrayerTimes() {}

  /** Java's Hijrah calendar is the Umm al-Qura one. */
  private static boolean ramadan(LocalDate day) {
    return java.time.chrono.HijrahDate.from(day).get(java.time.temporal.ChronoField.MONTH_OF_YEAR) == RAMADAN;
  }

  /** When {@code prayer} falls on {@code day} at {@code place}, in {@code zone}. */
  public static ZonedDateTime of(Prayer prayer, LocalDate day, Place place, ZoneId zone) {
    CalculationMethod method = method(zone);
    CalculationParameters params = method.getParameters();
    if (method == CalculationMethod.UMM_AL_QURA && ramadan(day)) {
      params.ishaInterval = RAMADAN_ISHA_INTERVAL;
    }
    params.madhab = Madhab.SHAFI; // the majority reckoning of asr in the Gulf and the Levant
    com.batoulapps.adhan.PrayerTimes times = new com.batoulapps.adhan.PrayerTimes(
        new Coordinates(place.latitude(), place.longitude()),
        new DateComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), params);
    Date at = switch (prayer) {
      case FAJR -> times.fajr;
      case DHUHR -> times.dhuhr;
      case ASR -> times.asr;
      case MAGHRIB -> times.maghrib;
      case ISHA -> times.isha;
    };
    // adhan rounds to the minute but keeps the milliseconds of the clock it ran at: drop them, so the same
    // request always means the same instant
    return at.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).atZone(zone);
  }

  /** The calculation method of the country the zone lies in. */
  public static CalculationMethod method(ZoneId zone) {
    String id = zone == null ? "" : zone.getId();
    if (UMM_AL_QURA.contains(id)) {
      return CalculationMethod.UMM_AL_QURA;
    }
    if (EGYPTIAN.contains(id)) {
      return CalculationMethod.EGYPTIAN;
    }
    return switch (id) {
      case "Asia/Dubai", "Asia/Muscat" -> CalculationMethod.DUBAI;
      case "Asia/Kuwait" -> CalculationMethod.KUWAIT;
      case "Asia/Qatar" -> CalculationMethod.QATAR;
      case "Asia/Karachi" -> CalculationMethod.KARACHI;
      case "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Jakarta" -> CalculationMethod.SINGAPORE;
      default -> id.startsWith("America/") ? CalculationMethod.NORTH_AMERICA : CalculationMethod.MUSLIM_WORLD_LEAGUE;
    };
  }
}
