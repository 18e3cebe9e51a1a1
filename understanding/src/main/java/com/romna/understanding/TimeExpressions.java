package com.romna.understanding;

import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.TimeTokens;
import com.romna.understanding.text.Token;
import com.romna.understanding.time.TimeContext;
import com.romna.understanding.time.TimeMatch;
import com.romna.understanding.time.TimeScanner;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads time expressions in English and Arabic ("next Friday at 3pm", "from 3 to 4 pm", "الجمعة
 * الجاية", "بعد ساعتين", "٥ آذار") and resolves them against {@code now} in now's zone, with Duckling's
 * semantics: a grain, the start of what was named, and intervals with an exclusive end.
 */
public final class TimeExpressions {

  private TimeExpressions() {}

  /**
   * The longest time expression in {@code text}, resolved, or empty when there is none (ambiguous
   * bits such as a bare "7" or "morning" alone do not count).
   *
   * @param lang "ar" or "en"; a hint for conventions that differ (day/month order), both are read
   */
  public static Optional<TimeValue> parse(String text, String lang, ZonedDateTime now) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    List<Token> tokens = TimeTokens.of(NormalisedText.of(text).text());
    TimeContext c = new TimeContext(tokens, now, "ar".equals(lang), tokens.size());
    TimeMatch best = TimeScanner.best(c, 0);
    return best == null ? Optional.empty() : Optional.of(best.value());
  }
}
