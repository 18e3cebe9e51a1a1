package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import java.util.Map;
import java.util.Set;

/**
 * "this week", "next month", "last year", "the following week", "this week-end", "next season", "this
 * summer", "last 2 days", "next 3 hours", "upcoming 2 weeks", "all week", "الأسبوع القادم"، "هذا الشهر"،
 * "الشهر الماضي"، "هالسنة"، "السنة الحالية"، "اليوم الماضي" (yesterday).
 */
final class CycleGrammar {
  static final Map<String, Integer> SEASONS = Map.of("spring", 0, "summer", 1, "fall", 2, "autumn", 2,
      "winter", 3, NormalisedText.fold("الربيع"), 0, NormalisedText.fold("الصيف"), 1,
      NormalisedText.fold("الخريف"), 2, NormalisedText.fold("الشتاء"), 3, NormalisedText.fold("الشتا"), 3);
  private static final String HAL = NormalisedText.fold("هال");

  private CycleGrammar() {}

  static Piece at(TimeContext c, int i) {
    Piece counted = CountedCycles.at(c, i);
    if (counted != null) {
      return counted;
    }
    Integer mod = Modifiers.before(c, i);
    int k = mod == null ? (c.is(i, "the") ? i + 1 : i) : i + Modifiers.beforeLength(c, i);
    boolean hal = mod == null && c.w(i).startsWith(HAL) && c.w(i).length() > 4; // "هالأسبوع"
    if (hal) {
      mod = 0;
    }
    Integer season = season(c, k, hal);
    if (season != null) {
      int n = after(c, k + 1, mod);
      int next = n == Integer.MIN_VALUE ? k + 1 : afterEnd(c, k + 1);
      int which = n == Integer.MIN_VALUE ? (mod == null ? 0 : mod) : n;
      Slot s = Cycles.namedSeason(c.now, season, which);
      return s == null ? null : Piece.fix(s, next);
    }
    Lexicon.Hit<Cycles.Unit> unit = hal ? halUnit(c, i) : c.at(Cycles.UNITS, k);
    if (unit == null) {
      return allWeek(c, i);
    }
    if (c.is(unit.next(), "after") && c.is(unit.next() + 1, "next") && (mod == null || mod == 1)) {
      Slot s = Cycles.nth(unit.value(), 2, c.now); // "the week after next"
      return s == null ? null : Piece.fix(s, unit.next() + 2);
    }
    int n = after(c, unit.next(), mod);
    int next = n == Integer.MIN_VALUE ? unit.next() : afterEnd(c, unit.next());
    if (n == Integer.MIN_VALUE) {
      n = mod == null ? Integer.MIN_VALUE : mod;
    }
    if (n == Integer.MIN_VALUE) {
      return theUnit(c, i, unit);
    }
    if (unit.value() == Cycles.Unit.DAY && n == 0 && mod != null && !hal) {
      return null; // "this day" is not a way to say today
    }
    Slot s = Cycles.nth(unit.value(), n, c.now);
    return s == null ? null : Piece.fix(s, next);
  }

  /** "the week", "the month": this one, latent (Duckling) for the week. */
  private static Piece theUnit(TimeContext c, int i, Lexicon.Hit<Cycles.Unit> unit) {
    if (unit.value() == Cycles.Unit.WEEKEND) { // "the weekend", "weekend": this one
      return Piece.fix(Cycles.nth(unit.value(), 0, c.now), unit.next());
    }
    boolean article = c.is(i, "the") || Words.arabic(c.w(i)) && c.w(i).startsWith("ال");
    if (!article || unit.value() == Cycles.Unit.DAY || unit.value() == Cycles.Unit.SEASON) {
      return null;
    }
    Slot s = Cycles.nth(unit.value(), 0, c.now); // "of the month", "من الشهر": this one, latent alone
    return new Piece(new Term.Fix(s), unit.next(), true);
  }

  /** "all week": the days of this week. */
  private static Piece allWeek(TimeContext c, int i) {
    if (!c.is(i, "all") || !c.is(i + 1, "week")) {
      return null;
    }
    Slot week = Cycles.nth(Cycles.Unit.WEEK, 0, c.now);
    return Piece.fix(week.withGrain(Grain.DAY), i + 2);
  }

  private static Lexicon.Hit<Cycles.Unit> halUnit(TimeContext c, int i) {
    String rest = "ال" + c.w(i).substring(HAL.length());
    Lexicon.Hit<Cycles.Unit> hit = Cycles.UNITS.at(java.util.List.of(new Token(rest, 0, 0, Token.Kind.WORD)), 0);
    return hit == null ? null : new Lexicon.Hit<>(hit.value(), i + 1);
  }

  private static Integer season(TimeContext c, int k, boolean hal) {
    String w = hal ? "ال" + c.w(k).substring(HAL.length()) : c.w(k);
    return SEASONS.get(w);
  }

  /** An Arabic modifier after the unit, or MIN_VALUE when there is none. */
  private static int after(TimeContext c, int k, Integer before) {
    Lexicon.Hit<Integer> hit = c.at(Modifiers.AFTER, k);
    return hit == null || before != null && before != 0 && before != (int) hit.value()
        ? Integer.MIN_VALUE : hit.value();
  }

  private static int afterEnd(TimeContext c, int k) {
    Lexicon.Hit<Integer> hit = c.at(Modifiers.AFTER, k);
    return hit == null ? k : hit.next();
  }
}
