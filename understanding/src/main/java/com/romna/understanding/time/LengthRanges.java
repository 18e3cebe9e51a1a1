package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.duration.DurationGrammar;
import com.romna.understanding.duration.Quantity;
import com.romna.understanding.text.TokenView;

/** Intervals given by a start and a length: "from 18th Dec for 10 days", "for 30' starting from 4pm". */
final class LengthRanges {

  private LengthRanges() {}

  /** "from 18th Dec for 10 days", "4pm for 30 mins". */
  static Piece forLength(TimeContext c, Piece a, int s) {
    Quantity q = a == null ? null : DurationGrammar.at(c, s + 1);
    Slot from = q == null ? null : TermResolver.slot(a.term(), c);
    return from == null ? null : lengthRange(from, q, q.next());
  }

  /** "for 30' starting from 4pm". */
  static Piece forStarting(TimeContext c, int i) {
    Quantity q = c.is(i, "for") ? DurationGrammar.at(c, i + 1) : null;
    if (q == null || !c.is(q.next(), "starting") && !c.is(q.next(), "from")) {
      return null;
    }
    int k = c.is(q.next(), "starting") && (c.is(q.next() + 1, "from") || c.is(q.next() + 1, "at"))
        ? q.next() + 2 : q.next() + 1;
    Piece a = TimeGrammar.seq(c.deeper(), k);
    Slot from = a == null ? null : TermResolver.slot(a.term(), c);
    return from == null ? null : lengthRange(from, q, a.next());
  }

  private static Piece lengthRange(Slot from, Quantity q, int next) {
    Grain g = Grain.finer(from.grain(), q.finest());
    Slot end = Slot.of(Shift.plus(from.start(), q), g);
    return Piece.of(new Term.Range(new Term.Fix(from), new Term.Fix(end), g), next);
  }
}
