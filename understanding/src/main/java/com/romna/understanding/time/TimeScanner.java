package com.romna.understanding.time;

import com.romna.understanding.TimeValue;
import com.romna.understanding.holidays.Holiday;

/** Finds the best time expression in the tokens: the longest that resolves, the earliest of equals. */
public final class TimeScanner {

  private TimeScanner() {}

  public static TimeMatch best(TimeContext c, int from) {
    TimeMatch best = null;
    for (int i = from; i < c.limit(); i++) {
      Piece p = TimeGrammar.seq(c, i);
      if (p != null && p.term() instanceof Term.Occasion o && !o.holiday().computed()) {
        i = p.next() - 1; // a holiday known by name only: none of its words is a time ("chinese new year")
        continue;
      }
      if (p == null || p.latent() || (best != null && p.next() - i <= best.length())) {
        continue;
      }
      TimeValue v = TermResolver.resolve(p.term(), c);
      if (v != null) {
        best = new TimeMatch(v, p.term(), i, p.next());
      }
    }
    return best;
  }
}
