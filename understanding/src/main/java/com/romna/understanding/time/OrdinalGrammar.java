package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.holidays.Holiday;
import com.romna.understanding.holidays.Holidays;
import com.romna.understanding.numbers.Ordinals;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.TokenView;
import com.romna.understanding.text.Words;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Counting inside a stretch: "the first Monday of March", "third last week of 2018", "the 5th last day
 * of May", "last Friday in October", "the closest Monday to Oct 5th", "the week of October 7th",
 * "ثالث ثلاثاء في أيلول"، "الثلاثاء الأولى من أكتوبر"، "اليوم الأخير من شهر عشرة"، "آخر اثنين من الشهر القادم".
 */
final class OrdinalGrammar {
  private static final Set<String> OF = Words.set("of", "in", "من", "في");
  private static final Set<String> AFTER = Words.set("after", "بعد");
  private static final int MAX_DEPTH = 3;

  private OrdinalGrammar() {}

  static Piece at(TimeContext c, int i) {
    if (c.depth >= MAX_DEPTH) {
      return null;
    }
    int k = c.is(i, "the") ? i + 1 : i;
    if (c.is(k, "week") && c.is(k + 1, "of")) { // "the week of October 7th"
      Piece y = inner(c, k + 2);
      return y == null ? null : Piece.fix(Slot.of(Grain.WEEK.truncate(slot(y, c).start()), Grain.WEEK), y.next());
    }
    if (c.is(k, "closest")) {
      return c.is(k + 2, "to") && Holidays.at(c, k + 1) == null ? closest(c, k + 1, 1) : closestHoliday(c, k + 1, 1);
    }
    if (c.is(k + 1, "closest") && c.is(k + 2, "to")) { // "the Monday closest to Oct 5th"
      OrdinalTarget x = OrdinalTarget.at(c, k);
      return x == null || x.next() != k + 1 ? null : closest(c, k, 1, k + 3);
    }
    Lexicon.Hit<Integer> ord = Ordinals.at(c, k);
    boolean last = ord == null && Ordinals.last(c, k);
    int n = ord != null ? ord.value() : 1;
    k = ord != null ? ord.next() : last ? k + 1 : -1;
    if (k < 0) {
      return arabicAfter(c, i);
    }
    if (!last && Ordinals.last(c, k)) { // "third last"
      last = true;
      k++;
    }
    if (c.is(k, "closest")) {
      return c.is(k + 2, "to") && Holidays.at(c, k + 1) == null ? closest(c, k + 1, n) : closestHoliday(c, k + 1, n);
    }
    OrdinalTarget x = OrdinalTarget.at(c, k);
    return x == null ? null : count(c, x, n, last, x.next());
  }

  /** Arabic says the ordinal after what it counts: "الثلاثاء الأولى من أكتوبر"، "الأسبوع الأخير في". */
  private static Piece arabicAfter(TimeContext c, int i) {
    OrdinalTarget x = OrdinalTarget.at(c, i);
    if (x == null) {
      return null;
    }
    Lexicon.Hit<Integer> ord = Ordinals.at(c, x.next());
    boolean last = ord == null && Ordinals.last(c, x.next());
    if (ord == null && !last || ord != null && x.weekday() != null && ord.value() > 5) {
      return null; // "السبت السادس عشر" is a day of the month
    }
    return count(c, x, ord == null ? 1 : ord.value(), last, ord == null ? x.next() + 1 : ord.next());
  }

  private static Piece count(TimeContext c, OrdinalTarget x, int n, boolean last, int k) {
    if (c.in(k, AFTER)) {
      Piece y = inner(c, k + 1);
      Slot s = y == null || last ? null : x.after(slot(y, c), n);
      return s == null ? null : Piece.fix(s, y.next());
    }
    if (!c.in(k, OF)) {
      return null;
    }
    Piece y = inner(c, k + 1);
    if (y == null) {
      return null;
    }
    List<Slot> all = x.within(slot(y, c));
    int at = last ? all.size() - n : n - 1;
    return at < 0 || at >= all.size() ? null : Piece.fix(all.get(at), y.next());
  }

  private static Piece closest(TimeContext c, int k, int n) {
    return closest(c, k, n, k + 2);
  }

  /** The {@code n}-th closest weekday at {@code k} to the time at {@code to}. */
  private static Piece closest(TimeContext c, int k, int n, int to) {
    OrdinalTarget x = OrdinalTarget.at(c, k);
    Piece y = x == null || x.weekday() == null ? null : inner(c, to);
    if (y == null) {
      return null;
    }
    java.time.ZonedDateTime d = slot(y, c).start();
    java.time.ZonedDateTime after = d.with(java.time.temporal.TemporalAdjusters.nextOrSame(x.weekday()));
    java.time.ZonedDateTime before = d.with(java.time.temporal.TemporalAdjusters.previousOrSame(x.weekday()));
    boolean afterFirst = ChronoUnit.DAYS.between(d, after) <= ChronoUnit.DAYS.between(before, d);
    java.time.ZonedDateTime nearest = afterFirst ? after : before;
    java.time.ZonedDateTime other = afterFirst ? before : after;
    java.time.ZonedDateTime pick = n == 1 ? nearest : n == 2 ? other : null;
    return pick == null ? null : Piece.fix(Slot.of(pick, Grain.DAY), y.next());
  }

  /** "the closest Christmas to today", "the 3rd closest xmas to today": counted by days either way. */
  private static Piece closestHoliday(TimeContext c, int k, int n) {
    Lexicon.Hit<Holiday> h = Holidays.at(c, k);
    Piece y = h == null || !c.is(h.next(), "to") ? null : inner(c, h.next() + 1);
    Slot s = y == null ? null : h.value().closest(slot(y, c).start(), n);
    return s == null ? null : Piece.fix(s, y.next());
  }

  /** The stretch named after "of": any expression that resolves. */
  private static Piece inner(TimeContext c, int k) {
    Piece p = TimeGrammar.seq(c.deeper(), k);
    return p == null || TermResolver.slot(p.term(), c) == null ? null : p;
  }

  private static Slot slot(Piece p, TimeContext c) {
    return TermResolver.slot(p.term(), c);
  }
}
