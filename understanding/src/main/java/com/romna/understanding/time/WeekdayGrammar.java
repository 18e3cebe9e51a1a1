package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.numbers.NumberWords;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Words;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * Weekdays: "friday", "this Monday", "next Wednesday" (the one in next week), "last Sunday", "friday after
 * next", "three fridays from now", "2 thursdays ago", "الجمعة"، "الجمعة الجاية"، "الأحد الماضي".
 */
final class WeekdayGrammar {

  private WeekdayGrammar() {}

  static Piece at(TimeContext c, int i) {
    Piece counted = counted(c, i);
    if (counted != null) {
      return counted;
    }
    Integer mod = Modifiers.before(c, i);
    int k = mod == null ? i : i + Modifiers.beforeLength(c, i);
    if (mod != null && mod == 0 && (c.is(k, "coming") || c.is(k, "upcoming"))) { // "this coming Monday"
      k++;
    }
    if (mod != null && mod == 1 && (c.is(k - 1, "coming") || c.is(k - 1, "upcoming"))) {
      mod = 0; // "the coming Sunday" is the next Sunday, not next week's
    }
    Lexicon.Hit<DayOfWeek> d = CalendarWords.weekday(c, k, !c.strict || mod != null);
    if (d == null) {
      return null;
    }
    k = d.next();
    if (mod == null) {
      Lexicon.Hit<Integer> after = c.at(Modifiers.AFTER, k);
      if (after != null && after.value() != 0) {
        mod = after.value();
        k = after.next();
      } else if (after != null) {
        k = after.next();
      }
    }
    DayOfWeek day = d.value();
    if (c.is(k, "after") && c.is(k + 1, "next")) {
      return Piece.fix(Slot.of(upcoming(c.now, day).plusWeeks(1), Grain.DAY), k + 2);
    }
    Lexicon.Hit<Integer> afterNext = c.is(k, NormalisedText.fold("بعد")) ? c.at(Modifiers.AFTER, k + 1) : null;
    if (afterNext != null && afterNext.value() == 1) { // "الجمعة بعد الجاية"
      return Piece.fix(Slot.of(upcoming(c.now, day).plusWeeks(1), Grain.DAY), afterNext.next());
    }
    if (c.is(k, "before") && c.is(k + 1, "last")) {
      return Piece.fix(Slot.of(previous(c.now, day).minusWeeks(1), Grain.DAY), k + 2);
    }
    if (mod == null || mod == 0) {
      int comma = c.is(k, ",") ? k + 1 : k;
      int n = c.digitCount(comma) <= 2 ? c.digits(comma) : -1;
      if (n >= 13 && n <= 31 && NamedDates.day(c, comma) != null && !c.is(comma + 1, ":")) { // "Tuesday 19"
        return Piece.cal(Fields.weekday(day).merge(Fields.day(n)), comma + 1);
      }
      return Piece.cal(Fields.weekday(day), k);
    }
    if (mod > 0 && c.strict && Words.arabic(c.w(k - 1))) { // "الجمعة الجاية" in a request: the coming Friday
      return Piece.fix(Slot.of(upcoming(c.now, day), Grain.DAY), k);
    }
    if (mod > 0) { // Duckling: "next Wednesday" is next week's, even said on a Monday
      ZonedDateTime week = Grain.WEEK.plus(Grain.WEEK.truncate(c.now), 1);
      return Piece.fix(Slot.of(Grain.DAY.plus(week, day.getValue() - 1), Grain.DAY), k);
    }
    return Piece.fix(Slot.of(previous(c.now, day), Grain.DAY), k);
  }

  /** "three fridays from now", "2 thursdays ago". */
  private static Piece counted(TimeContext c, int i) {
    NumberWords.Num n = NumberWords.parse(c.view(), i, false);
    if (n == null || !n.whole() || n.value() < 1 || n.value() > 52) {
      return null;
    }
    Lexicon.Hit<DayOfWeek> d = CalendarWords.weekday(c, n.next(), true);
    if (d == null || !c.w(n.next()).endsWith("s")) {
      return null;
    }
    int k = d.next();
    long extra = (long) n.value() - 1;
    if (c.is(k, "from") && c.is(k + 1, "now")) {
      return Piece.fix(Slot.of(upcoming(c.now, d.value()).plusWeeks(extra), Grain.DAY), k + 2);
    }
    if (c.is(k, "ago") || c.is(k, "back")) {
      return Piece.fix(Slot.of(previous(c.now, d.value()).minusWeeks(extra), Grain.DAY), k + 1);
    }
    return null;
  }

  /** The next such day after today. */
  static ZonedDateTime upcoming(ZonedDateTime now, DayOfWeek day) {
    return Grain.DAY.truncate(now).with(TemporalAdjusters.next(day));
  }

  /** The last such day before today. */
  static ZonedDateTime previous(ZonedDateTime now, DayOfWeek day) {
    return Grain.DAY.truncate(now).with(TemporalAdjusters.previous(day));
  }
}
