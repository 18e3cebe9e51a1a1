package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.Place;
import com.romna.understanding.Prayer;
import com.romna.understanding.prayer.PrayerRules;
import com.romna.understanding.prayer.PrayerTimes;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** A prayer-relative time on the day the rest of the expression names ("بكرة الفجر", "Friday after asr"). */
final class Prayers {
  private static final int MAX_DAYS = 400;

  private Prayers() {}

  /**
   * The first such time not yet past, on a day that fits {@code cal} (a weekday or date) and lies in
   * {@code fix} ("tomorrow"); null when a clock time is said with it ("٨ بعد المغرب" is a part of the day).
   */
  static Term on(Term.PrayerTime p, Fields cal, Slot fix, TimeContext c) {
    if (cal != null && (cal.hasClock() || cal.partFrom() >= 0 || cal.minute() != null)) {
      return null;
    }
    LocalDate day = fix != null && fix.start().isAfter(c.now) ? fix.start().toLocalDate() : c.now.toLocalDate();
    for (int n = 0; n < MAX_DAYS; n++, day = day.plusDays(1)) {
      if (fix != null && !Grain.at(day, java.time.LocalTime.MIDNIGHT, c.now).isBefore(fix.end())) {
        return null;
      }
      if (cal != null && FieldSearch.first(cal, Grain.at(day, java.time.LocalTime.MIDNIGHT, c.now),
          Grain.at(day.plusDays(1), java.time.LocalTime.MIDNIGHT, c.now), c.now) == null) {
        continue;
      }
      ZonedDateTime t = PrayerTimes.of(p.prayer(), day, c.prayers.place(), c.now.getZone()).plusMinutes(p.minutes());
      t = Grain.MINUTE.truncate(t);
      boolean inFix = fix == null || fix.contains(t) || fix.grain().compareTo(Grain.DAY) >= 0;
      if (t.isAfter(c.now) && inFix) {
        return new Term.Fix(Slot.of(t, Grain.MINUTE));
      }
    }
    return null;
  }
}
