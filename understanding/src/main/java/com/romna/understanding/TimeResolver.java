package com.romna.understanding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Turns a {@link TimeExpression} into an instant, in the user's zone (ZonedDateTime, so a DST
 * change lands on the intended wall-clock time). Returns null when there is no usable time:
 * nothing said, or a time that has already passed.
 */
final class TimeResolver {
  /**
   * "Remind me tomorrow" names a day but no time: 09:00 is the hour people expect a reminder for
   * the day to arrive, early enough to act on it.
   */
  static final LocalTime DAY_ONLY_TIME = LocalTime.of(9, 0);

  private TimeResolver() {}

  /** @param dayOnlyAllowed false for alarms: "wake me up tomorrow" does not say when */
  static Instant resolve(TimeExpression e, ZonedDateTime now, boolean dayOnlyAllowed) {
    if (e.relative()) {
      return now.plusDays(e.offsetDays()).plus(e.offset()).toInstant();
    }
    if (e.at() != null) {
      return e.at();
    }
    LocalDate today = now.toLocalDate();
    LocalDate day = day(e, today);
    if (e.hour() != null) {
      return clock(e, now, today, day);
    }
    ZonedDateTime at;
    if (e.part() != null) {
      at = at(now, day == null ? today : day, e.part().defaultHour(), 0);
      at = day == null && !at.isAfter(now) ? at.plusDays(1) : at;
    } else if (day != null && dayOnlyAllowed) {
      at = at(now, day, DAY_ONLY_TIME.getHour(), DAY_ONLY_TIME.getMinute());
    } else {
      return null;
    }
    return at.isAfter(now) ? at.toInstant() : null;
  }

  /** The day said: "tomorrow", or a date the time grammar read ("next Friday"); null when none. */
  private static LocalDate day(TimeExpression e, LocalDate today) {
    if (e.date() != null) {
      return e.date();
    }
    return e.dayOffset() == null ? null : today.plusDays(e.dayOffset());
  }

  private static Instant clock(TimeExpression e, ZonedDateTime now, LocalDate today, LocalDate day) {
    DayPart part = e.effectivePart();
    int hour = part != null ? part.to24h(e.hour()) : e.hour();
    boolean twelveHour = part == null && e.hour() >= 1 && e.hour() <= 12;
    if (day != null) {
      // an explicit day takes the hour literally ("tomorrow at 6" is 06:00) ...
      ZonedDateTime at = at(now, day, hour, e.minute());
      if (twelveHour && day.equals(today) && !at.isAfter(now) && hour < 12) {
        at = at(now, today, hour + 12, e.minute()); // ... but "today at 6" said at 17:00 means 18:00
      }
      return at.isAfter(now) ? at.toInstant() : null;
    }
    // without a day: the soonest future reading, of h and h+12 when am/pm is not said
    ZonedDateTime best = null;
    for (int ahead = 0; ahead <= 1; ahead++) {
      for (int h : twelveHour ? new int[] {hour % 12, hour % 12 + 12} : new int[] {hour}) {
        ZonedDateTime at = at(now, today.plusDays(ahead), h, e.minute());
        if (at.isAfter(now) && (best == null || at.isBefore(best))) {
          best = at;
        }
      }
    }
    return best == null ? null : best.toInstant();
  }

  private static ZonedDateTime at(ZonedDateTime now, LocalDate date, int hour, int minute) {
    return ZonedDateTime.of(date, LocalTime.of(hour, minute), now.getZone());
  }
}
