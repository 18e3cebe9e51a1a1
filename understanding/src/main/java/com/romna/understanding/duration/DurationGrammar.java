package com.romna.understanding.duration;

import com.romna.understanding.Grain;
import com.romna.understanding.numbers.NumberWords;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.TokenView;
import com.romna.understanding.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a duration at a token: "2 mins", "an hour and a half", "1/2 h", "one and three quarter hours",
 * "2 years and 3 months", "1 hour thirty", "a couple of hours", "ساعتين", "نص ساعة", "ساعة وربع",
 * "ساعتين إلا ربع", "٣ ساعات ونص". Bounded look-ahead and at most {@link #MAX_PARTS} parts.
 */
public final class DurationGrammar {
  private static final int MAX_PARTS = 6;
  public static final Map<String, Double> FRACTIONS = Map.of(
      "half", 0.5, "quarter", 0.25, "نص", 0.5, "نصف", 0.5, "ربع", 0.25, "ثلث", 1.0 / 3, "تلت", 1.0 / 3);
  private static final Set<String> AND = Words.set("and", ",", "و");
  private static final Set<String> EXCEPT = Words.set("إلا", "الا");
  private static final Set<String> FILLERS = Set.of("additional", "more", "less", "extra", "other");

  private DurationGrammar() {}

  public static Quantity at(TokenView c, int i) {
    List<Quantity.Part> parts = new ArrayList<>();
    int j = DurationTerms.term(c, i, false, parts);
    if (j < 0) {
      return null;
    }
    while (parts.size() < MAX_PARTS) {
      int k = tail(c, j, parts);
      if (k < 0) {
        break;
      }
      j = k;
    }
    return new Quantity(List.copyOf(parts), j);
  }

  /** What may follow a part: "and a half", "ونص", "إلا ربع", "and 30 minutes", "thirty" (minutes). */
  private static int tail(TokenView c, int j, List<Quantity.Part> parts) {
    Grain last = parts.get(parts.size() - 1).unit();
    String w = c.w(j);
    if (AND.contains(w)) {
      int k = c.is(j + 1, "a") ? j + 2 : j + 1;
      Double f = FRACTIONS.get(c.w(k));
      if (f != null && DurationUnits.at(c, k + 1, false) == null && !c.is(k + 1, "of")) {
        parts.add(new Quantity.Part(last, f));
        return k + 1;
      }
      return DurationTerms.term(c, j + 1, false, parts);
    }
    if (c.in(j, EXCEPT) && FRACTIONS.containsKey(c.w(j + 1))) {
      parts.add(new Quantity.Part(last, -FRACTIONS.get(c.w(j + 1))));
      return j + 2;
    }
    String rest = Words.arabic(w) ? Words.withoutWaw(w) : null;
    if (rest != null && FRACTIONS.containsKey(rest) && DurationUnits.at(c, j + 1, false) == null) {
      parts.add(new Quantity.Part(last, FRACTIONS.get(rest)));
      return j + 1;
    }
    if (rest != null) {
      return DurationTerms.term(c, j, true, parts);
    }
    int k = DurationTerms.term(c, j, false, parts);
    if (k >= 0) {
      return k;
    }
    return bareSmallerUnit(c, j, last, parts);
  }

  /** "1 hour thirty", "2 hours ten": a number right after hours counts minutes (after minutes, seconds). */
  private static int bareSmallerUnit(TokenView c, int j, Grain last, List<Quantity.Part> parts) {
    if (last != Grain.HOUR && last != Grain.MINUTE) {
      return -1;
    }
    NumberWords.Num n = NumberWords.parse(c.view(), j, false);
    if (n == null || !n.whole() || n.value() < 1 || n.value() >= 60 || c.is(n.next(), ":")) {
      return -1;
    }
    parts.add(new Quantity.Part(last == Grain.HOUR ? Grain.MINUTE : Grain.SECOND, n.value()));
    return n.next();
  }

  static Double fraction(String w) {
    return FRACTIONS.get(w);
  }

  static boolean filler(String w) {
    return FILLERS.contains(w);
  }
}
