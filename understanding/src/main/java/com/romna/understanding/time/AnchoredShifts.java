package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.duration.DurationGrammar;
import com.romna.understanding.duration.Quantity;
import com.romna.understanding.holidays.Easter;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.TokenView;
import com.romna.understanding.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A duration counted from another time: "three days after Easter", "a week before Christmas", "2 hours
 * after 3pm", "يومين قبل العيد"، and Arabic's own order "قبل العيد بيومين"، "بعد رمضان بأسبوع". The result keeps
 * the grain of the time it is counted from, or the duration's when finer ("30 minutes before 3pm"); "after"
 * something that lasts (Ramadan) counts from its end.
 */
final class AnchoredShifts {
  static final Set<String> AFTER = Words.set("after", "بعد");
  static final Set<String> BEFORE = Words.set("before", "قبل");
  private static final String BA = NormalisedText.fold("ب");
  private static final int MAX_DEPTH = 3;

  private AnchoredShifts() {}

  static Piece at(TimeContext c, int i) {
    if (c.depth >= MAX_DEPTH) {
      return null;
    }
    int sign = sign(c, i);
    if (sign != 0 && Words.arabic(c.w(i))) { // "قبل العيد بيومين"
      Piece anchor = anchor(c, i + 1);
      Quantity q = anchor == null ? null : withBa(c, anchor.next());
      return q == null ? null : shifted(c, anchor, q, sign, q.next());
    }
    Quantity q = sign == 0 && signAhead(c, i) ? DurationGrammar.at(c, i) : null;
    int s = q == null ? 0 : sign(c, q.next());
    Piece anchor = s == 0 ? null : anchor(c, q.next() + 1);
    return anchor == null ? null : shifted(c, anchor, q, s, anchor.next());
  }

  /** Most words start no duration counted from a time: skip them cheaply. */
  private static boolean signAhead(TimeContext c, int i) {
    for (int k = i + 1; k <= i + 6; k++) {
      if (sign(c, k) != 0) {
        return true;
      }
    }
    return false;
  }

  private static int sign(TimeContext c, int k) {
    return c.in(k, AFTER) ? 1 : c.in(k, BEFORE) ? -1 : 0;
  }

  private static Piece anchor(TimeContext c, int k) {
    Piece p = TimeGrammar.seq(c.deeper(), k);
    return p == null || p.term() instanceof Term.Range || TermResolver.slot(p.term(), c) == null ? null : p;
  }

  private static Piece shifted(TimeContext c, Piece anchor, Quantity q, int sign, int next) {
    Slot a = TermResolver.slot(anchor.term(), c);
    if (a.grain().compareTo(Grain.DAY) >= 0 && q.finest().compareTo(Grain.DAY) < 0) {
      return null; // "an hour before Eid" does not say which hour: a day is not moved by hours
    }
    boolean lasts = !a.end().equals(a.grain().plus(a.start(), 1));
    Slot from = sign > 0 && lasts ? Slot.of(a.end(), a.grain()) : Slot.of(a.start(), a.grain());
    Slot moved = Shift.of(from, q, sign).slot(); // "30 minutes before 3pm" is said to the minute
    return Piece.fix(Slot.of(moved.start(), Grain.finer(a.grain(), q.finest())), next);
  }

  /** "بيومين", "ب يومين", "بأسبوع": a duration with "ب" ("by") before it, glued or not. */
  private static Quantity withBa(TimeContext c, int k) {
    if (c.is(k, BA)) {
      return DurationGrammar.at(c, k + 1);
    }
    String w = c.w(k);
    if (!w.startsWith(BA) || w.length() < 3) {
      return null;
    }
    List<Token> tokens = new ArrayList<>(c.view());
    Token t = tokens.get(k);
    tokens.set(k, new Token(w.substring(1), t.start() + 1, t.end(), t.kind()));
    return DurationGrammar.at(TokenView.of(tokens), k);
  }
}
