package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.duration.DurationUnits;
import com.romna.understanding.numbers.NumberWords;
import com.romna.understanding.numbers.Ordinals;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.TokenView;
import com.romna.understanding.text.Words;
import java.util.Set;

/**
 * Dates with a month name: "the 1st of March", "15th february", "March 3rd 2015", "february the 15th",
 * "14april 2015", "Oct 1974", "الأول من شباط"، "١٨ شباط"، "١٤ شهر شباط"، "تموز ١٣"، "شهر ٣"، "الشهر التاسع".
 * Also a day of a month said otherwise ("20 of next month", "third day of October").
 */
final class NamedDates {
  private static final Set<String> OF = Words.set("of", "من", "في");
  static final Set<String> MONTH_WORD = Words.set("شهر", "الشهر", "لشهر", "بشهر");
  private static final Set<String> NOT_DAY = Set.of(":", "h", "am", "pm", "a", "p", "o", "oclock", "ص", "م");

  private NamedDates() {}

  static Piece at(TimeContext c, int i) {
    Piece dayFirst = dayFirst(c, i);
    dayFirst = dayFirst != null ? dayFirst : dayOfMonth(c, i);
    return dayFirst != null ? dayFirst : monthFirst(c, i);
  }

  /** "يوم ١٥"، "يوم خمسطعش": Arabic names a day of the month with "يوم" before its number. */
  private static Piece dayOfMonth(TimeContext c, int i) {
    if (!c.in(i, DAY_WORD)) {
      return null;
    }
    NumberWords.Num n = NumberWords.parse(c.view(), i + 1, false);
    if (n == null || !n.whole() || n.value() < 1 || n.value() > 31 || DurationUnits.at(c, n.next(), false) != null
        || c.in(n.next(), NOT_DAY) || c.digitCount(i + 1) > 2) {
      return null;
    }
    Piece month = month(c, c.in(n.next(), OF) ? n.next() + 1 : n.next());
    if (month != null) {
      return withYear(c, Fields.day((int) n.value()).merge(((Term.Cal) month.term()).fields()), month.next());
    }
    return Piece.cal(Fields.day((int) n.value()), n.next());
  }

  private static final Set<String> DATE_CUES = Words.set("on", "for", "by", "until", "till", "before", "after",
      "from");
  static final Set<String> DAY_WORD = Words.set("يوم", "بيوم", "ليوم");

  /** "the 15th of February 2013", "٤ من نيسان", "the 20th day of next month". */
  private static Piece dayFirst(TimeContext c, int i) {
    int k = c.is(i, "the") ? i + 1 : i;
    int[] day = day(c, k);
    if (day == null) {
      return null;
    }
    k = day[1];
    boolean dayWord = c.is(k, "day") || c.is(k, NormalisedText.fold("يوم"));
    k = dayWord ? k + 1 : k;
    int of = c.in(k, OF) ? k + 1 : k;
    Piece month = month(c, of);
    if (month != null && !(dayWord && of == k)) {
      return withYear(c, Fields.day(day[0]).merge(((Term.Cal) month.term()).fields()), month.next());
    }
    if (of > k && monthCycle(c, of)) { // "20 of next month": the month is a piece of its own
      return Piece.cal(Fields.day(day[0]), of);
    }
    boolean ordinal = Ordinals.at(c, day[2]) != null && !(c.arabic && ArabicClock.clockTail(c, day[1]));
    // "the 1st" is a date, "the first meeting" not; in a request "on the 15th" is a date
    boolean latent = !c.is(i, "the") || c.arabic || c.strict && !(c.in(i - 1, DATE_CUES) && c.digits(i + 1) > 0);
    return ordinal && !dayWord ? new Piece(new Term.Cal(Fields.day(day[0])), day[1], latent) : null;
  }

  private static final java.util.Set<String> MONTH_CUES = Words.set("in", "during", "next", "this", "last",
      "early", "late", "mid", "until", "till", "by", "of", "throughout", "في", "خلال", "شهر", "بداية", "اول",
      "آخر", "نهاية", "منتصف", "اخر", "اواخر", "أوائل");

  /** "March 3rd 2015", "february the 15th", "Aug 8", "Oct 1974", "تموز ١٣", "March". */
  private static Piece monthFirst(TimeContext c, int i) {
    Piece month = month(c, i);
    if (month == null) {
      return null;
    }
    Fields f = ((Term.Cal) month.term()).fields();
    int k = month.next();
    int comma = c.is(k, ",") ? k + 1 : k;
    int the = c.is(comma, "the") ? comma + 1 : comma;
    int[] day = day(c, the);
    if (day != null && c.digitCount(the) != 4) {
      return withYear(c, f.merge(Fields.day(day[0])), day[1]);
    }
    int[] y = {0};
    int after = c.digitCount(comma) == 4 ? Years.after(c, comma, y) : comma;
    // "march madness" is a title; "in March", "next March", "في مارس" name the month
    return after > comma ? Piece.cal(f.withYear(y[0]), after) : month.latent(c.strict && !c.in(i - 1, MONTH_CUES));
  }

  /** A month name, "شهر ٣", "شهر عشرة" or "الشهر التاسع" at {@code k}. */
  static Piece month(TimeContext c, int k) {
    boolean said = c.in(k, MONTH_WORD);
    int m = said ? k + 1 : k;
    Lexicon.Hit<Integer> name = CalendarWords.month(c, m, !c.arabic && !c.strict);
    if (name != null) {
      return Piece.cal(Fields.month(name.value()), name.next());
    }
    if (!said) {
      return null;
    }
    Lexicon.Hit<Integer> ordinal = Ordinals.at(c, m);
    NumberWords.Num n = ordinal == null ? NumberWords.parse(c.view(), m, false) : null;
    int value = ordinal != null ? ordinal.value() : n != null && n.whole() ? (int) n.value() : -1;
    int next = ordinal != null ? ordinal.next() : n != null ? n.next() : m;
    return value >= 1 && value <= 12 ? Piece.cal(Fields.month(value), next) : null;
  }

  /** "next month", "this month", "the month", "الشهر القادم": a month named by where it falls. */
  private static boolean monthCycle(TimeContext c, int k) {
    Piece p = CycleGrammar.at(c, k);
    return p != null && p.term() instanceof Term.Fix fix && fix.slot().grain() == Grain.MONTH;
  }

  /** A year said right after a date, if any. */
  private static Piece withYear(TimeContext c, Fields f, int k) {
    if (f == null) {
      return null;
    }
    int comma = c.is(k, ",") ? k + 1 : k;
    int[] y = {0};
    int after = Years.after(c, comma, y);
    if (after > comma) {
      return Piece.cal(f.withYear(y[0]), after);
    }
    Piece year = Years.at(c, comma);
    return year != null && !year.latent() ? Piece.cal(f.withYear(((Term.Cal) year.term()).fields().year()),
        year.next()) : Piece.cal(f, k);
  }

  /** {day, next, start}: "15", "15th", "fifteenth", "الخامس عشر"; null when not a day of the month. */
  static int[] day(TimeContext c, int k) {
    Lexicon.Hit<Integer> ordinal = Ordinals.at(c, k);
    if (ordinal != null) {
      return ordinal.value() <= 31 ? new int[] {ordinal.value(), ordinal.next(), k} : null;
    }
    int n = c.digits(k);
    boolean clock = NOT_DAY.contains(c.w(k + 1)) && (c.glued(k + 1) || !c.w(k + 1).equals("a"));
    if (n < 1 || n > 31 || c.digitCount(k) > 2 || clock || ClockDigits.phoneLike(c, k)
        || DurationUnits.at(c, k + 1, false) != null && month(c, k + 1) == null
        || (c.glued(k + 1) && c.is(k + 1, "/"))) {
      return null;
    }
    return new int[] {n, k + 1, k};
  }

}
