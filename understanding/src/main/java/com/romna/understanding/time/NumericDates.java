package com.romna.understanding.time;

import com.romna.understanding.text.Lexicon;

/**
 * Dates written with digits: "2/15", "10/31/1974", "10-31-74", "2015-03-03", "2014-10", "2/2013",
 * "31/Oct/1974", "21/09". English reads month first, Arabic day first; a first number above 12 is a day.
 */
final class NumericDates {

  private NumericDates() {}

  static Piece at(TimeContext c, int i) {
    int a = c.digits(i);
    String sep = c.w(i + 1);
    boolean joined = c.glued(i + 1) && c.glued(i + 2) && (sep.equals("/") || sep.equals("-") || sep.equals("."));
    if (a < 0 || !joined) {
      return null;
    }
    Lexicon.Hit<Integer> named = CalendarWords.month(c, i + 2, true);
    if (named != null && c.is(named.next(), sep)) { // "31/Oct/1974"
      int[] y = {0};
      int k = c.glued(named.next() + 1) ? Years.after(c, named.next() + 1, y) : named.next() + 1;
      return y[0] == 0 ? null : date(y[0], named.value(), a, k);
    }
    int b = c.digits(i + 2);
    if (b < 0) {
      return null;
    }
    boolean third = c.is(i + 3, sep) && c.glued(i + 3) && c.glued(i + 4) && c.digits(i + 4) >= 0;
    if (third) {
      int n = c.digits(i + 4);
      int len = c.digitCount(i + 4);
      if (c.digitCount(i) == 4) { // "2015-03-03"
        return date(a, b, n, i + 5);
      }
      int year = len == 4 ? n : len == 2 ? Years.twoDigit(n) : -1;
      return year < 0 ? null : dayMonth(c, a, b, year, i + 5, sep);
    }
    if (c.digitCount(i) == 4 && !sep.equals(".")) { // "2014-10", "2014/10"
      return b >= 1 && b <= 12 ? Piece.cal(Fields.date(a, b, null), i + 3) : null;
    }
    if (c.digitCount(i + 2) == 4 && sep.equals("/")) { // "2/2013"; Arabic reads it as a day (Duckling's test)
      if (a < 1 || a > 12) {
        return null;
      }
      Fields f = Fields.date(b, a, c.arabic ? 1 : null);
      return Piece.cal(f, i + 3);
    }
    if (c.digitCount(i) > 2 || c.digitCount(i + 2) > 2 || sep.equals(".") || clockAfter(c, i + 3)) {
      return null;
    }
    return dayMonth(c, a, b, null, i + 3, sep);
  }

  /** "3-4pm", "1-2:30": the numbers are hours. */
  private static boolean clockAfter(TimeContext c, int k) {
    String w = c.w(k);
    return w.equals("am") || w.equals("pm") || w.equals(":") || (c.glued(k) && (w.equals("a") || w.equals("p")))
        || w.equals("h") && c.glued(k);
  }

  /** Month first in English unless impossible, day first in Arabic unless impossible. */
  private static Piece dayMonth(TimeContext c, int a, int b, Integer year, int next, String sep) {
    boolean monthFirst = !c.arabic && !sep.equals(".");
    int month = monthFirst ? a : b;
    int day = monthFirst ? b : a;
    if (month > 12 || month < 1) {
      month = monthFirst ? b : a;
      day = monthFirst ? a : b;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    return Piece.cal(Fields.date(year, month, day), next);
  }

  private static Piece date(int year, int month, int day, int next) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    return Piece.cal(Fields.date(year, month, day), next);
  }
}
