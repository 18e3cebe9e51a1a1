package com.romna.understanding.time;

import com.romna.understanding.numbers.Ordinals;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.TokenView;
import com.romna.understanding.text.Words;

/** Quarters of a year: "third quarter", "the 3rd qtr", "4th qtr 2018", "Q3", "q3 2014", "18q4", "الربع الثالث". */
final class QuarterGrammar {
  static final Lexicon<Boolean> QUARTER = new Lexicon<Boolean>().put(true, "quarter", "qtr", "الربع", "ربع");

  private QuarterGrammar() {}

  static Piece at(TimeContext c, int i) {
    int k = c.is(i, "the") ? i + 1 : i;
    Lexicon.Hit<Integer> ord = Ordinals.at(c, k);
    if (ord != null && ord.value() <= 4 && c.at(QUARTER, ord.next()) != null) {
      int next = c.at(QUARTER, ord.next()).next();
      return Piece.cal(Fields.quarter(ord.value()), c.is(next, "of") && c.digitCount(next + 1) == 4 ? next + 1 : next);
    }
    Lexicon.Hit<Boolean> q = c.at(QUARTER, k);
    Lexicon.Hit<Integer> arabicOrd = q == null ? null : Ordinals.at(c, q.next()); // "الربع الثالث"
    if (arabicOrd != null && arabicOrd.value() <= 4 && Words.arabic(c.w(k))) {
      return Piece.cal(Fields.quarter(arabicOrd.value()), arabicOrd.next());
    }
    int year = -1;
    int j = i;
    if (c.digitCount(j) == 2 && c.is(j + 1, "q") && c.glued(j + 1)) { // "18q4"
      year = Years.twoDigit(c.digits(j));
      j++;
    }
    if (c.is(j, "q") && c.glued(j + 1) && c.digitCount(j + 1) == 1) {
      int n = c.digits(j + 1);
      if (n < 1 || n > 4) {
        return null;
      }
      Fields f = Fields.quarter(n);
      return Piece.cal(year > 0 ? f.withYear(year) : f, j + 2);
    }
    return null;
  }
}
