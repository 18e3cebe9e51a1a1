package com.romna.understanding;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * The product's reading of a time the grammar resolved Duckling's way: a day without a clock time is
 * due at {@link TimeResolver#DAY_ONLY_TIME} (09:00), and a clock time already past today means its next
 * occurrence, so a reminder never lands in the past. Null when no future time can be meant.
 */
final class ProductTime {

  private ProductTime() {}

  /** The part of the day's usual hour ({@link DayPart}) inside [from, to), or its start. */
  private static ZonedDateTime usualHour(ZonedDateTime from, ZonedDateTime to) {
    for (DayPart p : new DayPart[] {DayPart.MORNING, DayPart.AFTERNOON, DayPart.EVENING, DayPart.NIGHT,
        DayPart.NOON}) {
      ZonedDateTime at = Grain.at(from.toLocalDate(), java.time.LocalTime.of(p.defaultHour(), 0), from);
      if (!at.isBefore(from) && at.isBefore(to)) {
        return at;
      }
    }
    return from;
  }

  /** @param dayOnlyAllowed false for alarms: a day alone does not say when to ring */
  static Instant resolve(TimeMatch m, ZonedDateTime now, boolean dayOnlyAllowed) {
    Instant at = resolve(m.value(), m.term(), now, dayOnlyAllowed);
    if (at == null && m.term() instanceof Term.Occasion o) { // "on Eid" said on Eid at noon: the next one
      Slot next = o.holiday().after(now, 1);
      return next == null ? null : resolve(value(next), m.term(), now, dayOnlyAllowed);
    }
    return at;
  }

  private static TimeValue value(Slot s) {
    return new TimeValue(s.start(), s.end(), s.grain(), !s.end().equals(s.grain().plus(s.start(), 1)));
  }

  private static Instant resolve(TimeValue v, Term term, ZonedDateTime now, boolean dayOnlyAllowed) {
    ZonedDateTime at = v.instant();
    if (at == null) {
      return null;
    }
    if (v.grain().compareTo(Grain.DAY) >= 0) {
      if (!dayOnlyAllowed) {
        return null;
      }
      ZonedDateTime morning = Grain.at(at.toLocalDate(), TimeResolver.DAY_ONLY_TIME, now);
      return morning.isAfter(now) ? morning.toInstant() : null;
    }
    if (v.interval() && v.grain() == Grain.HOUR && v.to() != null) { // "thursday morning": 09:00
      at = usualHour(at, v.to());
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
}
