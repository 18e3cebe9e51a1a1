package com.romna.understanding.time;

import com.romna.understanding.duration.DurationUnits;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.TimeTokens;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.TokenView;
import com.romna.understanding.text.Words;

/**
 * Clock times written with digits: "15:30", "9:01:10", "15h", "12h15", "9.30", "330", "1030", "6".
 * Digits that belong to something else ("650-650-6500", "A4", "5th", "5 minutes") are not times.
 */
final class ClockDigits {

  private ClockDigits() {}

  static ClockReading at(TimeContext c, int j, boolean intro) {
    String w = c.w(j);
    int dot = w.indexOf('.');
    if (dot > 0 && dot <= 2 && w.length() - dot == 3) { // "9.30" reads as a decimal token
      int h = Integer.parseInt(w.substring(0, dot));
      int m = Integer.parseInt(w.substring(dot + 1));
      return intro || ampm(c, j + 1) ? new ClockReading(h, m, null, h >= 1 && h <= 12, j + 1, false) : null;
    }
    int n = c.digits(j);
    if (n < 0 || phoneLike(c, j) || afterLetters(c, j)) {
      return null;
    }
    int len = c.digitCount(j);
    if (len <= 2 && c.is(j + 1, ":") && c.glued(j + 1) && c.glued(j + 2) && c.digitCount(j + 2) == 2) {
      int k = j + 3;
      Integer second = null;
      if (c.is(k, ":") && c.glued(k) && c.glued(k + 1) && c.digitCount(k + 1) == 2) {
        second = c.digits(k + 1);
        k += 2;
      }
      return new ClockReading(n, c.digits(j + 2), second, n >= 1 && n <= 12, k, true);
    }
    if (len <= 2 && c.is(j + 1, "h") && c.glued(j + 1)) { // "15h", "9h30": a 24-hour clock, minute grain
      boolean minutes = c.glued(j + 2) && c.digitCount(j + 2) == 2;
      return new ClockReading(n, minutes ? c.digits(j + 2) : 0, null, false, minutes ? j + 3 : j + 2, true);
    }
    // read past the limit: in "for 2026-12-01" the first half of a range stops before "-"
    String after = j + 1 < c.tokens().size() && TimeTokens.glued(c.tokens(), j + 1) ? c.tokens().get(j + 1).text() : "";
    boolean dateYear = len == 4 && n >= 1900 && n <= 2100 && (after.equals("-") || after.equals("/"));
    if (dateYear) { // "2026-12-01" is a date, not 20:26
      return null;
    }
    if (len == 3 || len == 4) { // "330 pm", "at 1030": only with "at" or am/pm, see ClockGrammar
      return new ClockReading(n / 100, n % 100, null, n / 100 >= 1 && n / 100 <= 12, j + 1, false);
    }
    if (len > 2 || suffixed(c, j)) {
      return null;
    }
    ClockReading r = ClockReading.hour(n, j + 1, false);
    int m = c.digits(j + 1);
    boolean said = intro || ampm(c, j + 2);
    if (said && m >= 0 && m <= 59 && c.digitCount(j + 1) == 2 && !c.glued(j + 1) && !suffixed(c, j + 1)) {
      return r.withMinute(m, j + 2); // "at 12 15", "3 30 pm"
    }
    return r;
  }

  private static boolean ampm(TimeContext c, int k) {
    return c.is(k, "am") || c.is(k, "pm") || c.is(k, "a") && c.is(k + 1, ".") || c.is(k, "p") && c.is(k + 1, ".");
  }

  /** "5th", "5 minutes", "5/3": the number is a date or a quantity, not an hour. */
  private static boolean suffixed(TimeContext c, int j) {
    String next = c.w(j + 1);
    boolean ordinal = c.glued(j + 1) && (next.equals("st") || next.equals("nd") || next.equals("rd")
        || next.equals("th"));
    boolean date = c.glued(j + 1) && (next.equals("/") || next.equals("."));
    return ordinal || date || DurationUnits.at(c, j + 1, false) != null;
  }

  /** Phone numbers and codes: digit groups joined by "-" or ".". */
  static boolean phoneLike(TimeContext c, int j) {
    String sep = c.w(j + 1);
    boolean joined = (sep.equals("-") || sep.equals(".")) && c.glued(j + 1) && c.glued(j + 2)
        && c.digits(j + 2) >= 0 && c.is(j + 3, sep) && c.glued(j + 3) && c.glued(j + 4) && c.digits(j + 4) >= 0
        && (c.digitCount(j) >= 3 || c.digitCount(j + 2) >= 3 || c.digitCount(j + 4) >= 3);
    boolean afterGroup = j >= 2 && c.glued(j) && c.glued(j - 1) && (c.is(j - 1, "-") || c.is(j - 1, "."))
        && c.digitCount(j - 2) >= 3;
    return joined || afterGroup;
  }

  /** "A4", "rat6": digits glued to Latin letters are a code, not a clock time. */
  static boolean afterLetters(TimeContext c, int j) {
    String prev = j > 0 ? c.w(j - 1) : "";
    return c.glued(j) && !prev.isEmpty() && Character.isLetter(prev.charAt(0)) && !Words.arabic(prev);
  }
}
