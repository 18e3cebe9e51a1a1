package com.romna.understanding;

import com.romna.understanding.duration.DurationGrammar;
import com.romna.understanding.duration.Quantity;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.TimeTokens;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.TokenView;
import java.util.List;
import java.util.Optional;

/** Finds a spoken duration in a text, in English or Arabic: "an hour and a half", "ساعتين ونص". */
public final class Durations {

  private Durations() {}

  /**
   * The longest duration said in {@code text} (the earliest of equals), or empty.
   *
   * @param lang "ar" or "en"; only a hint, both languages are read
   */
  public static Optional<DurationValue> parse(String text, String lang) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    List<Token> tokens = TimeTokens.of(NormalisedText.of(text).text());
    TokenView c = TokenView.of(tokens);
    Quantity best = null;
    int bestStart = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Quantity q = DurationGrammar.at(c, i);
      if (q != null && (best == null || q.next() - i > best.next() - bestStart)) {
        best = q;
        bestStart = i;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(new DurationValue(best.amount(), best.finest(), best.seconds()));
  }
}
