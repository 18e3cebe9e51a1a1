package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.TimeValue;
import com.romna.understanding.holidays.Holiday;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The product's reading of a time the grammar resolved Duckling's way. A plan fires at one instant, never
 * in the past:
 * <ul>
 *   <li>a day without a clock time is due at {@link #DAY_ONLY_TIME} (09:00) that day;</li>
 *   <li>a longer stretch ("next week", "in March", "this year") at the first 09:00 inside it not yet past;</li>
 *   <li>a part of the day or a range ("tomorrow morning", "from 3 to 5") at its usual hour, or its start;</li>
 *   <li>a clock time already past today means its next occurrence ("at 4:23am" said at 04:30).</li>
 * </ul>
 * Null when no future time can be meant.
 */
final class ProductTime {
  /**
   * "Remind me tomorrow" names a day but no time: 09:00 is the hour people expect a reminder for the day
   * to arrive, early enough to act on it.
   */
  static final LocalTime DAY_ONLY_TIME = LocalTime.of(9, 0);
  /** Noon last: "tomorrow afternoon" is 15:00, only "at lunch" or "الظهر" (12 to 14) is 12:00. */
  private static final DayPart[] USUAL = {DayPart.MORNING, DayPart.AFTERNOON, DayPart.EVENING, DayPart.NIGHT,
      DayPart.NOON};

  private ProductTime() {}

  /**
   * @param dayOnlyAllowed false for alarms: a day alone does not say when to ring
   * @param usual the hour the part of the day said is usually meant at ("tonight": 21), or -1
   */
  static Instant resolve(TimeMatch m, ZonedDateTime now, boolean dayOnlyAllowed, int usual) {
    Instant at = resolve(m.value(), m.term(), now, dayOnlyAllowed, usual);
    if (at == null && m.term() instanceof Term.Occasion o) { // "on Eid" said on Eid at noon: the next one
      Slot next = o.holiday().after(now, 1);
      return next == null ? null : resolve(value(next), m.term(), now, dayOnlyAllowed, usual);
    }
    return at;
  }

  private static TimeValue value(Slot s) {
    return new TimeValue(s.start(), s.end(), s.grain(), !s.end().equals(s.grain().plus(s.start(), 1)));
  }

  private static Instant resolve(TimeValue v, Term term, ZonedDateTime now, boolean dayOnlyAllowed,
      int usual) {
    ZonedDateTime at = v.instant();
    if (term instanceof Term.Fix f && f.exact() != null) { // "in 2 days": at this time of day
      return f.exact().isAfter(now) ? f.exact().toInstant() : null;
    }
    if (at == null || v.from() == null) {
      return null; // "until 5pm", "before Friday": a deadline says when it is too late, not when to act
    }
    if (v.grain().compareTo(Grain.DAY) >= 0) {
      if (!dayOnlyAllowed) {
        return null;
      }
      ZonedDateTime end = v.to() != null ? v.to() : v.grain().plus(at, 1);
      return firstMorning(at, end, now);
    }
    if (term instanceof Term.Range r) { // "from 3 to 5pm": when it starts; "asap": now
      boolean fromNow = !at.isAfter(now) && !at.isBefore(Grain.SECOND.truncate(now));
      return at.isAfter(now) ? at.toInstant() : fromNow && r.to() == null ? now.toInstant() : null;
    }
    if (v.grain() == Grain.SECOND && at.equals(Grain.SECOND.truncate(now)) && term instanceof Term.Fix) {
      return now.toInstant(); // "now", "right now"
    }
    if (v.interval() && v.to() != null) { // "thursday morning": 09:00; "this evening" said at 19:00: 21:00
      ZonedDateTime from = at.isAfter(now) ? at : now;
      ZonedDateTime when = usualHour(from, v.to(), usual);
      return when != null && when.isAfter(now) ? when.toInstant() : null;
    }
    if (at.isAfter(now)) {
      return at.toInstant();
    }
    if (term instanceof Term.Cal cal) { // "4:23am" said at 04:30: tomorrow's
      Slot next = FieldSearch.first(cal.fields(), now.plusSeconds(1), null, now);
      return next == null ? null : next.start().toInstant();
    }
    return null;
  }

  /** The first 09:00 in [from, to) that is still ahead; null when the stretch has none left. */
  private static Instant firstMorning(ZonedDateTime from, ZonedDateTime to, ZonedDateTime now) {
    // a day before today has no morning still ahead: start at the later of the two
    ZonedDateTime first = Grain.DAY.truncate(from.isAfter(now) ? from : now);
    for (ZonedDateTime day = first; day.isBefore(to); day = Grain.DAY.plus(day, 1)) {
      ZonedDateTime morning = Grain.at(day.toLocalDate(), DAY_ONLY_TIME, now);
      if (morning.isAfter(now) && !morning.isBefore(from) && morning.isBefore(to)) {
        return morning.toInstant();
      }
      if (day.isAfter(now.plusYears(2))) {
        break;
      }
    }
    return null;
  }

  /** The first usual hour of a part of the day ({@link DayPart}) inside [from, to), else its start; or null. */
  private static ZonedDateTime usualHour(ZonedDateTime from, ZonedDateTime to, int said) {
    for (ZonedDateTime day = Grain.DAY.truncate(from); day.isBefore(to); day = Grain.DAY.plus(day, 1)) {
      if (said >= 0) {
        ZonedDateTime at = Grain.at(day.toLocalDate(), LocalTime.of(said, 0), from);
        if (!at.isBefore(from) && at.isBefore(to)) {
          return at;
        }
      }
      for (DayPart p : USUAL) {
        ZonedDateTime at = Grain.at(day.toLocalDate(), LocalTime.of(p.defaultHour(), 0), from);
        if (!at.isBefore(from) && at.isBefore(to)) {
          return at;
        }
      }
      if (day.isAfter(from.plusDays(2))) {
        break;
      }
    }
    ZonedDateTime start = Grain.MINUTE.truncate(from);
    return start.isBefore(to) ? start : null;
  }
}
