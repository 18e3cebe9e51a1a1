package com.romna.understanding.time;

import com.romna.understanding.duration.DurationUnits;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.Words;
import java.util.Set;

/** Years: "2014", "in 2014 AD", "2014 BC", "سنة ٢٠١٥"، "لعام 2014"; and two-digit years after a date. */
final class Years {
  static final Set<String> AR_YEAR = Words.set("سنة", "سنه", "عام", "لعام", "العام", "لسنة", "بعام",
      "بسنة");
  static final Set<String> AR_BEFORE = Words.set("من", "في");

  private Years() {}

  /** A year at {@code i}: digits 1000..2999, with an optional era; null otherwise. */
  static Piece at(TimeContext c, int i) {
    int k = i;
    boolean said = false;
    if (c.in(k, AR_BEFORE) && c.in(k + 1, AR_YEAR)) {
      k++;
    }
    if (c.in(k, AR_YEAR) || c.is(k, "year") || c.is(k, "in") || c.is(k, "during")) { // "in 2014"
      k = c.is(k, "in") && c.is(k + 1, "the") && c.is(k + 2, "year") ? k + 3 : k + 1;
      said = true;
    }
    int y = c.digits(k);
    if (y > 0 && era(c, k + 1) != 0) { // "in 14 a.d."
      return era(c, k, y);
    }
    boolean plausible = said || (y >= 1900 && y <= 2100);
    if (y < 1000 || y > 2999 || !plausible || c.digitCount(k) != 4 || ClockDigits.phoneLike(c, k)
        || c.is(k + 1, ":")) {
      return null;
    }
    return new Piece(new Term.Cal(Fields.year(y)), k + 1, !said);
  }

  private static Piece era(TimeContext c, int k, int y) {
    int e = era(c, k + 1);
    int next = c.w(k + 1).length() == 1 ? (c.is(k + 4, ".") ? k + 5 : k + 4) : k + 2;
    return Piece.cal(Fields.year(e * y), next);
  }

  /** 1 for "AD", "A.D.", "CE"; -1 for "BC", "B.C.", "BCE"; 0 otherwise. */
  private static int era(TimeContext c, int k) {
    String w = c.w(k);
    if (w.equals("ad") || w.equals("ce") || w.equals("a") && c.is(k + 1, ".") && c.is(k + 2, "d")) {
      return 1;
    }
    return w.equals("bc") || w.equals("bce") || w.equals("b") && c.is(k + 1, ".") && c.is(k + 2, "c") ? -1 : 0;
  }

  /** A year right after a date: four digits, or two ("14th April 15" is 2015). */
  static int after(TimeContext c, int k, int[] out) {
    int n = c.digits(k);
    if (n < 0 || ClockDigits.phoneLike(c, k) || c.is(k + 1, ":") || c.is(k + 1, "h")) {
      return k;
    }
    if (c.digitCount(k) == 4 && n >= 1000 && n <= 2999) {
      out[0] = n;
      return k + 1;
    }
    if (c.digitCount(k) == 2 && !DurationUnits.WORDS.has(c.view(), k + 1)) {
      out[0] = twoDigit(n);
      return k + 1;
    }
    return k;
  }

  /** "74" is 1974 and "15" is 2015, as people write them. */
  static int twoDigit(int n) {
    return n < 50 ? 2000 + n : 1900 + n;
  }
}
