package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.text.Lexicon;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * What "the third ___ of" counts: a weekday, days, weeks (whole ones, Monday to Sunday) or weekends,
 * and the instances of it inside a stretch of time.
 */
record OrdinalTarget(DayOfWeek weekday, Cycles.Unit unit, int next) {

  static final Lexicon<Cycles.Unit> UNITS = new Lexicon<Cycles.Unit>()
      .put(Cycles.Unit.DAY, "day", "يوم", "اليوم")
      .put(Cycles.Unit.WEEK, "week", "أسبوع", "الأسبوع")
      .put(Cycles.Unit.WEEKEND, "weekend", "week-end", "wkend", "week end", "الويكند", "عطلة نهاية الأسبوع");

  static OrdinalTarget at(TimeContext c, int i) {
    Lexicon.Hit<DayOfWeek> day = CalendarWords.weekday(c, i, true);
    if (day != null) {
      return new OrdinalTarget(day.value(), null, day.next());
    }
    Lexicon.Hit<Cycles.Unit> unit = c.at(UNITS, i);
    return unit == null ? null : new OrdinalTarget(null, unit.value(), unit.next());
  }

  Grain grain() {
    return unit == Cycles.Unit.WEEK ? Grain.WEEK : unit == Cycles.Unit.WEEKEND ? Grain.HOUR : Grain.DAY;
  }

  /** Instances wholly inside {@code y}, in order (at most a year's worth of weeks). */
  List<Slot> within(Slot y) {
    List<Slot> out = new ArrayList<>();
    if (unit == Cycles.Unit.WEEKEND) {
      return Cycles.weekends(y);
    }
    ZonedDateTime zone = y.start();
    LocalDate d = y.start().toLocalDate();
    LocalDate end = y.end().toLocalDate();
    if (weekday != null) {
      d = d.with(TemporalAdjusters.nextOrSame(weekday));
    } else if (unit == Cycles.Unit.WEEK) {
      d = d.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }
    int step = unit == Cycles.Unit.DAY ? 1 : 7;
    Grain g = grain();
    for (int n = 0; n < 400 && d.isBefore(end); n++, d = d.plusDays(step)) {
      Slot s = Slot.of(Grain.at(d, LocalTime.MIDNIGHT, zone), g);
      if (s.within(y)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The {@code n}-th instance starting after {@code y} ends (1-based). */
  Slot after(Slot y, int n) {
    LocalDate d = y.end().toLocalDate();
    for (int found = 0, step = 0; step < 400; step++, d = d.plusDays(1)) {
      boolean match = weekday != null ? d.getDayOfWeek() == weekday
          : unit != Cycles.Unit.WEEK || d.getDayOfWeek() == DayOfWeek.MONDAY;
      if (match && ++found == n) {
        return Slot.of(Grain.at(d, LocalTime.MIDNIGHT, y.start()), grain());
      }
    }
    return null;
  }
}
