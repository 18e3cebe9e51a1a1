package com.romna.understanding.duration;

import com.romna.understanding.Grain;
import com.romna.understanding.numbers.NumberWords;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.TokenView;
import com.romna.understanding.text.Words;
import java.util.List;
import java.util.Set;

/** One part of a duration: a count (digits, words, "a", "a couple of", "1/2") and a unit. */
public final class DurationTerms {
  public static final Set<String> ARTICLES = Set.of("a", "an");
  private static final Set<String> ONE = Words.set("واحدة", "واحد", "وحدة");

  private DurationTerms() {}

  /** Adds the part at {@code j} and returns the token after it, or -1. */
  static int term(TokenView c, int j, boolean stripWaw, List<Quantity.Part> parts) {
    String w = stripWaw ? Words.withoutWaw(c.w(j)) : c.w(j);
    if (w == null || w.isEmpty()) {
      return -1;
    }
    if (!stripWaw) {
      Lexicon.Hit<DurationUnits.Unit> alone = DurationUnits.at(c, j, false);
      if (alone != null) { // "ساعة", "ساعتين", "لحظة"
        if (alone.value().count() == 0) {
          return -1;
        }
        int after = alone.value().count() == 1 && c.in(alone.next(), ONE) ? alone.next() + 1 : alone.next();
        return add(parts, alone.value(), alone.value().count(), after);
      }
    } else { // "ساعة وساعة", "يوم ويومين"
      Lexicon.Hit<DurationUnits.Unit> glued = DurationUnits.WORDS.at(List.of(new Token(w, 0, w.length(),
          Token.Kind.WORD)), 0);
      if (glued != null && glued.value().count() > 0) {
        return add(parts, glued.value(), glued.value().count(), j + 1);
      }
    }
    boolean article = ARTICLES.contains(w);
    int k = article ? j + 1 : j;
    Double fraction = stripWaw && !article ? DurationGrammar.fraction(w) : DurationGrammar.fraction(c.w(k));
    if (fraction != null) { // "half an hour", "a quarter of an hour", "نص ساعة"
      return unitAfter(c, k + 1, fraction, parts, true);
    }
    if (article) { // "an hour", "a couple of hours", "a few minutes"
      double count = couple(c.w(k));
      if (count > 0) {
        return unitAfter(c, c.is(k + 1, "of") ? k + 2 : k + 1, count, parts, false);
      }
      return unitAfter(c, k, 1, parts, false);
    }
    double count = couple(w);
    if (count > 0 && !stripWaw) {
      return unitAfter(c, c.is(j + 1, "of") ? j + 2 : j + 1, count, parts, false);
    }
    if (!stripWaw && c.digits(j) >= 0 && c.is(j + 1, "/") && c.glued(j + 1) && c.digits(j + 2) > 0) {
      double f = (double) c.digits(j) / c.digits(j + 2); // "1/2 hour", "3/4 h"
      return unitAfter(c, j + 3, f, parts, true);
    }
    NumberWords.Num n = NumberWords.parse(c.view(), j, stripWaw);
    if (n == null || n.value() <= 0) {
      return -1;
    }
    double value = n.value();
    k = n.next();
    int q = c.is(k, "-") ? k + 1 : k;
    if (c.is(q, "quarter") || c.is(q, "quarters")) { // "three-quarters of an hour"
      int asFraction = unitAfter(c, q + 1, value / 4, parts, true);
      if (asFraction >= 0 || q > k) {
        return asFraction;
      }
    }
    double extra = andFraction(c, k);
    if (extra > 0) { // "one and a half hours", "one and three quarter of hours"
      value += extra;
      k = skipAndFraction(c, k);
    }
    return unitAfter(c, k, value, parts, false);
  }

  private static int unitAfter(TokenView c, int k, double value, List<Quantity.Part> parts, boolean fraction) {
    while (DurationGrammar.filler(c.w(k))) {
      k++;
    }
    if (fraction) {
      k = c.is(k, "of") ? k + 1 : k;
      k = ARTICLES.contains(c.w(k)) ? k + 1 : k;
    }
    Lexicon.Hit<DurationUnits.Unit> unit = DurationUnits.at(c, k, fraction);
    if (unit == null || unit.value().count() > 1) {
      return -1;
    }
    return add(parts, unit.value(), value, unit.next());
  }

  private static int add(List<Quantity.Part> parts, DurationUnits.Unit unit, double count, int next) {
    parts.add(new Quantity.Part(unit.grain(), count * unit.multiplier()));
    return next;
  }

  /** "a couple" is 2 and "a few" 3, as Duckling counts them. */
  private static double couple(String w) {
    return switch (w) {
      case "couple", "pair" -> 2;
      case "few" -> 3;
      default -> 0;
    };
  }

  /** The fraction in "and a half", "and quarter", "and two quarter", "and three quarters" after a number. */
  private static double andFraction(TokenView c, int k) {
    if (!c.is(k, "and")) {
      return 0;
    }
    int m = k + 1;
    double times = 1;
    if (c.is(m, "a") || c.is(m, "an") || c.is(m, "one")) {
      m++;
    } else if (c.is(m, "two") || c.is(m, "three")) {
      times = c.is(m, "two") ? 2 : 3;
      m++;
    }
    Double f = DurationGrammar.fraction(c.w(m));
    if (f == null && (c.w(m).equals("quarters"))) {
      f = 0.25;
    }
    return f == null ? 0 : f * times;
  }

  private static int skipAndFraction(TokenView c, int k) {
    int m = k + 1;
    if (c.is(m, "a") || c.is(m, "an") || c.is(m, "one") || c.is(m, "two") || c.is(m, "three")) {
      m++;
    }
    m++;
    return c.is(m, "of") ? m + 1 : m;
  }
}
