package com.romna.understanding;

import java.util.List;
import java.util.Set;

/**
 * A part of the day, said as a word ("in the evening", "الصبح") or as am/pm. It turns a 12-hour
 * clock reading into 24 hours, and gives the hour to use when no clock time is said at all.
 */
enum DayPart {
  MORNING(9),
  NOON(12),
  AFTERNOON(15),
  EVENING(18),
  NIGHT(21);

  /** Spoken only right after a clock time, so they are safe to read as am/pm anywhere. */
  static final Set<String> AM = Words.set("am", "a.m", "ص", "صباحا", "صباحاً");
  static final Set<String> PM = Words.set("pm", "p.m", "م", "مساء", "مساءً", "مساءا");

  /** Words that name a part of the day wherever they appear. */
  static final Set<String> SAFE = Words.set("صباحا", "ظهرا", "عصرا", "مساء", "مساءا", "ليلا", "بالليل");

  /** Words that also have other meanings ("المغرب" is a prayer and a country), trusted only next to a time. */
  static final Set<String> NEAR_TIME = Words.set("morning", "afternoon", "evening", "night",
      "الصبح", "الصباح", "بالصبح", "بالصباح", "الظهر", "العصر", "المسا", "المساء", "بالمساء", "المغرب",
      "الليل");

  private static final List<Set<String>> WORDS = List.of(
      Words.set("morning", "صباحا", "الصبح", "الصباح", "بالصبح", "بالصباح"),
      Words.set("noon", "ظهرا", "الظهر"),
      Words.set("afternoon", "العصر", "عصرا"),
      Words.set("evening", "مساء", "مساءا", "المسا", "المساء", "بالمساء", "المغرب"),
      Words.set("night", "tonight", "ليلا", "بالليل", "الليل", "الليلة"));

  private final int defaultHour;

  DayPart(int defaultHour) {
    this.defaultHour = defaultHour;
  }

  int defaultHour() {
    return defaultHour;
  }

  static DayPart of(String word) {
    if (AM.contains(word)) {
      return MORNING;
    }
    if (PM.contains(word)) {
      return EVENING;
    }
    for (int i = 0; i < WORDS.size(); i++) {
      if (WORDS.get(i).contains(word)) {
        return values()[i];
      }
    }
    return null;
  }

  /** True when the word can qualify a bare number as a clock time ("٦ الصبح", "6 pm"). */
  static boolean qualifies(String word) {
    return of(word) != null;
  }

  int to24h(int hour) {
    if (hour > 12) {
      return hour;
    }
    return switch (this) {
      case MORNING -> hour == 12 ? 0 : hour;
      case NOON -> hour >= 11 ? hour : hour + 12; // "١١ الظهر" is late morning, "١ الظهر" is 13:00
      default -> hour == 12 ? 12 : hour + 12;
    };
  }
}
