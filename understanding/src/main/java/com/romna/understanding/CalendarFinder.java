package com.romna.understanding;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Lets the time grammar read what the first pass ({@link TimeExpressionParser}) cannot: dates, weekdays,
 * months, "next week", "٥ آذار"، "الجمعة الجاية". It reads only the words nobody else took (not the
 * command, the recipient, the content or the first pass's own words), in strict mode so that "sun" or
 * "march" in a title stay words. A date joins the first pass's clock time; a whole time found this way
 * is resolved with the product's rules ({@link ProductTime}).
 */
final class CalendarFinder {

  private CalendarFinder() {}

  /**
   * @param blocked old tokens the grammar must not read; tokens at or after {@code limit} are not read
   */
  static TimeExpression complete(TimeExpression e, NormalisedText text, List<Token> words, boolean[] blocked,
      int limit, ZonedDateTime now, boolean arabic, boolean dayOnlyAllowed) {
    if (e.relative() || e.dayOffset() != null) {
      return e;
    }
    List<Token> tokens = TimeTokens.of(text.text());
    boolean[] closed = closed(tokens, words, blocked, e.used(), limit);
    TimeMatch best = null;
    for (int a = 0; a < tokens.size(); a++) {
      if (closed[a]) {
        continue;
      }
      int b = a;
      while (b < tokens.size() && !closed[b]) {
        b++;
      }
      TimeMatch m = TimeScanner.best(new TimeContext(tokens, now, arabic, b, 0, true), a);
      best = m != null && (best == null || m.length() > best.length()) ? m : best;
      a = b;
    }
    if (best == null) {
      return e;
    }
    boolean[] used = oldTokens(words, tokens.get(best.start()).start(), tokens.get(best.next() - 1).end());
    if (!e.nothingSaid()) { // a clock time or part of the day was said: take only a day from here
      boolean date = best.value().grain().compareTo(Grain.DAY) >= 0 && best.value().instant() != null;
      return date ? e.withDate(best.value().instant().toLocalDate(), used) : e;
    }
    Instant at = ProductTime.resolve(best, now, dayOnlyAllowed);
    return e.withAt(at, used);
  }

  /** New tokens that overlap an old token the grammar must not read. */
  private static boolean[] closed(List<Token> tokens, List<Token> words, boolean[] blocked, boolean[] used,
      int limit) {
    boolean[] out = new boolean[tokens.size()];
    int stop = limit < words.size() ? words.get(limit).start() : Integer.MAX_VALUE;
    int w = 0;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      while (w < words.size() && words.get(w).end() <= t.start()) {
        w++;
      }
      for (int v = w; v < words.size() && words.get(v).start() < t.end(); v++) {
        out[k] |= v >= limit || blocked[v] || used[v];
      }
      out[k] |= t.start() >= stop;
    }
    return out;
  }

  private static boolean[] oldTokens(List<Token> words, int from, int to) {
    boolean[] out = new boolean[words.size()];
    for (int v = 0; v < words.size(); v++) {
      out[v] = words.get(v).start() < to && words.get(v).end() > from;
    }
    return out;
  }
}
