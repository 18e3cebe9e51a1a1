package com.romna.understanding;

import java.util.List;
import java.util.Set;

/** Part-of-day phrases: "in the morning", "this evening", "at night", "بعد الظهر", "الصبح" next to a time. */
final class DayPartPhrase {

  record Found(DayPart part, int next) {}

  private static final Set<String> EN_PARTS = Set.of("morning", "afternoon", "evening", "night");
  private static final Set<String> IN = Words.set("في");

  private DayPartPhrase() {}

  /** The phrase at {@code i}; {@code timeUsed} says which words the time parser already took. */
  static Found at(List<Token> t, int i, boolean[] timeUsed) {
    String w = Words.text(t, i);
    if ((w.equals("in") && Words.is(t, i + 1, "the")) || w.equals("this")) {
      int k = w.equals("this") ? i + 1 : i + 2;
      String part = Words.text(t, k);
      return EN_PARTS.contains(part) && !part.equals("night") ? new Found(DayPart.of(part), k + 1) : null;
    }
    if (w.equals("at") && Words.is(t, i + 1, "night")) {
      return new Found(DayPart.NIGHT, i + 2);
    }
    if (w.equals("بعد") && Words.is(t, i + 1, "الظهر")) {
      return new Found(DayPart.AFTERNOON, i + 2);
    }
    if (Words.in(t, i, IN) && Words.in(t, i + 1, DayPart.NEAR_TIME)) { // "في الليل"
      return new Found(DayPart.of(Words.text(t, i + 1)), i + 2);
    }
    if (DayPart.SAFE.contains(w)) {
      return new Found(DayPart.of(w), i + 1);
    }
    boolean nearTime = (i > 0 && timeUsed[i - 1]) || (i + 1 < t.size() && timeUsed[i + 1]);
    if (nearTime && DayPart.NEAR_TIME.contains(w)) { // "tomorrow morning", "بكرة الصبح"
      return new Found(DayPart.of(w), i + 1);
    }
    return null;
  }
}
