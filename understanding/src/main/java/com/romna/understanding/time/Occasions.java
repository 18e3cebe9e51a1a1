package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.holidays.Easter;
import com.romna.understanding.holidays.Holiday;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Which occurrence of a holiday the other pieces of an expression point at: the one starting inside a
 * stretch ("Thanksgiving in a year" is in 2014, "Thanksgiving 9 months from now" in November), in a year
 * ("Easter of 2014"), or else the one not over yet; a clock time or part of the day is then read inside it
 * ("Eid morning").
 */
final class Occasions {

  private Occasions() {}

  /**
   * Null when they contradict, and when a weekday, month or day is said with a holiday: "هدية العيد يوم
   * الخميس" is a gift for Eid due on Thursday, not an Eid that falls on a Thursday years away.
   */
  static Slot pick(Holiday h, Fields cal, Slot fix, Slot wide, ZonedDateTime now) {
    if (cal != null && (cal.month() != null || cal.day() != null || cal.weekday() != null
        || cal.quarter() != null)) {
      return null;
    }
    Integer year = cal == null ? null : cal.year();
    if (fix != null) {
      Slot s = h.startingIn(fix.start(), fix.end());
      s = s == null && wide != null ? h.startingIn(wide.start(), wide.end()) : s;
      return s != null && (year == null || s.start().getYear() == year) ? s : null;
    }
    if (year != null) {
      ZonedDateTime from = Grain.at(LocalDate.of(year, 1, 1), LocalTime.MIDNIGHT, now);
      return h.startingIn(from, Grain.YEAR.plus(from, 1));
    }
    return h.next(now);
  }
}
