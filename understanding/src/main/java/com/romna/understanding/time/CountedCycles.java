package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.duration.DurationUnits;
import com.romna.understanding.numbers.NumberWords;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.TokenView;
import com.romna.understanding.text.Words;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Counted calendar units: "last 2 days" and "next 3 hours" (intervals of whole units next to the current
 * one), "upcoming 2 weeks" and "2 upcoming months" (the unit that far ahead), "آخر ٣ أيام".
 */
final class CountedCycles {
  static final Set<String> NEXT = Set.of("next", "following", "coming");
  static final Set<String> LAST = Words.set("last", "past", "previous", "آخر", "اخر");
  private static final Lexicon<Grain> UNITS = new Lexicon<Grain>(false)
      .put(Grain.SECOND, "second", "seconds", "sec", "secs", "ثواني", "ثانية")
      .put(Grain.MINUTE, "minute", "minutes", "min", "mins", "دقائق", "دقايق", "دقيقة")
      .put(Grain.HOUR, "hour", "hours", "hr", "hrs", "ساعات", "ساعة")
      .put(Grain.DAY, "day", "days", "أيام", "يوم")
      .put(Grain.WEEK, "week", "weeks", "wk", "wks", "أسابيع", "أسبوع")
      .put(Grain.MONTH, "month", "months", "أشهر", "شهور", "شهر")
      .put(Grain.QUARTER, "quarter", "quarters", "qtr", "qtrs")
      .put(Grain.YEAR, "year", "years", "yr", "yrs", "سنوات", "سنين", "سنة");

  private CountedCycles() {}

  static Piece at(TimeContext c, int i) {
    int k = c.is(i, "the") ? i + 1 : i;
    String w = c.w(k);
    boolean next = NEXT.contains(w);
    boolean last = LAST.contains(w);
    boolean upcoming = w.equals("upcoming");
    if (next || last || upcoming) {
      Lexicon.Hit<DurationUnits.Unit> dual = DurationUnits.at(c, k + 1, false);
      if (dual != null && dual.value().count() == 2 && !upcoming) { // "آخر يومين"
        return Piece.of(range(c.now, dual.value().grain(), 2, next), dual.next());
      }
      NumberWords.Num n = c.is(k + 1, "few") ? new NumberWords.Num(3, k + 2)
          : c.is(k + 1, "couple") ? new NumberWords.Num(2, c.is(k + 2, "of") ? k + 3 : k + 2)
          : NumberWords.parse(c.view(), k + 1, false);
      Lexicon.Hit<Grain> unit = n == null ? null : c.at(UNITS, n.next());
      if (unit == null || !n.whole() || n.value() < 1) {
        return null;
      }
      Grain g = unit.value();
      int count = (int) n.value();
      return upcoming ? ahead(c, g, count, unit.next()) : Piece.of(range(c.now, g, count, next), unit.next());
    }
    NumberWords.Num n = NumberWords.parse(c.view(), i, false);
    if (n == null || !n.whole() || n.value() < 1 || !c.is(n.next(), "upcoming")) {
      return null;
    }
    Lexicon.Hit<Grain> unit = c.at(UNITS, n.next() + 1);
    return unit == null ? null : ahead(c, unit.value(), (int) n.value(), unit.next());
  }

  private static Piece ahead(TimeContext c, Grain g, int count, int next) {
    return Piece.fix(Slot.of(g.plus(g.truncate(c.now), count), g), next);
  }

  /** The {@code count} whole units just after (or just before) the current one. */
  private static Term.Range range(ZonedDateTime now, Grain g, int count, boolean next) {
    ZonedDateTime current = g.truncate(now);
    ZonedDateTime from = next ? g.plus(current, 1) : g.plus(current, -count);
    ZonedDateTime to = g.plus(from, count);
    return new Term.Range(new Term.Fix(Slot.of(from, g)), new Term.Fix(new Slot(g.plus(to, -1), to, g)), g);
  }
}
