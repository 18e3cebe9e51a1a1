package com.romna.understanding.numbers;

import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** MSA names clock hours by ordinal: "الساعة السادسة", "الساعة الحادية عشرة", "الساعة الثانية عشرة". */
public final class OrdinalHours {
  public static final Map<String, Integer> HOURS = new HashMap<>();

  static {
    String[] ordinals = {"الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
        "الثامنة", "التاسعة", "العاشرة"};
    for (int h = 0; h < ordinals.length; h++) {
      HOURS.put(NormalisedText.fold(ordinals[h]), h + 1);
    }
  }

  private static final String ELEVENTH = NormalisedText.fold("الحادية");
  private static final String SECOND = NormalisedText.fold("الثانية");

  private OrdinalHours() {}

  /** The hour at {@code i}, or null. */
  public static NumberWords.Num at(List<Token> tokens, int i) {
    String w = Words.text(tokens, i);
    boolean teen = Words.in(tokens, i + 1, NumberWords.TEN);
    if (w.equals(ELEVENTH)) {
      return teen ? new NumberWords.Num(11, i + 2) : null;
    }
    if (w.equals(SECOND) && teen) {
      return new NumberWords.Num(12, i + 2);
    }
    Integer h = HOURS.get(w);
    return h == null ? null : new NumberWords.Num(h, i + 1);
  }
}
