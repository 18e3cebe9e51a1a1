package com.romna.understanding.time;

/**
 * Which half of the day a bare hour means when it is not today's ("tomorrow at 3", "on Friday at 8", "every day
 * at 10"). Duckling's reading, the first occurrence, is the morning's, and people mean the morning for 6 to 11
 * ("every day at 8 to take my pills", "on the 15th at 10 to renew my iqama"); 12 is noon. For 1 to 5 the literal
 * reading is the night (03:00), which a reminder rarely means, and the afternoon is a guess: a wrong time is worse
 * than a refusal, so the time is refused as ambiguous and the user asked to say morning or afternoon. An alarm
 * wakes someone up: its bare hour is the morning's. Said with am/pm or a part of the day ("3 in the afternoon",
 * "٣ العصر", "٣ الفجر") the hour is what was said; said for today, it is its next occurrence ("at 3" at noon:
 * 15:00), except before the day has begun (before 07:00), when "today at 3" and "tomorrow at 3" (the coming
 * daytime) are the day ahead's and read by the same rule.
 */
public final class BareHours {
  /** An hour whose half of the day the rule will not guess. */
  public static final int UNDECIDED = -1;
  private static final int LAST_NIGHT_HOUR = 5;
  private static final int DAY_BEGINS = 7;

  private BareHours() {}

  /** The hour (0..23) meant by a 12-hour clock {@code hour} (1..12) said without am/pm, or {@link #UNDECIDED}. */
  public static int meant(int hour, boolean wakeUp) {
    int h = hour % 12;
    if (h == 0) {
      return 12;
    }
    return !wakeUp && h <= LAST_NIGHT_HOUR ? UNDECIDED : h;
  }

  /** Whether "now" is still the night before the waking hours of today. */
  static boolean beforeTheDay(java.time.ZonedDateTime now) {
    return now.getHour() < DAY_BEGINS;
  }

  /**
   * {@code f} with an open am/pm closed by {@link #meant}; unchanged when am/pm or a part of the day was said. An
   * {@link #UNDECIDED} hour is read as the afternoon's here, so the grammar still reads the whole phrase ("on the
   * 15th at 4", not "at 4" alone), and {@link RequestTime} refuses it ({@link #undecided}).
   */
  static Fields narrowed(Fields f, boolean wakeUp) {
    if (!open(f)) {
      return f;
    }
    int low = Integer.numberOfTrailingZeros(f.hours());
    int hour = meant(low == 0 ? 12 : low, wakeUp);
    return f.withHours(1 << (hour == UNDECIDED ? low + 12 : hour));
  }

  /** Whether a time read for a request that is no alarm may be an {@link #UNDECIDED} hour's afternoon reading. */
  static boolean mayBeUndecided(java.time.ZonedDateTime at, boolean wakeUp) {
    return !wakeUp && at.getHour() > 12 && at.getHour() <= 12 + LAST_NIGHT_HOUR;
  }

  /** A clock whose half of the day nothing said: two hours 12 apart, no part of the day. */
  static boolean open(Fields f) {
    return f != null && Integer.bitCount(f.hours()) == 2 && f.partFrom() < 0;
  }
}
