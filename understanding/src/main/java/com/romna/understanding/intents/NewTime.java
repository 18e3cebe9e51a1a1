package com.romna.understanding.intents;

import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import com.romna.understanding.time.RequestTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The new time of a move, said after "to" ("move my dentist reminder to Thursday at 5pm", "postpone it until
 * 7am") or with "to" glued on ("غيّر موعد التذكير للساعة ٩", "غيّره لبكرة"). What comes before it names the plan.
 */
final class NewTime {
  private static final Set<String> TO = Words.set("to", "for", "until", "till", "إلى", "الى", "لـ", "ل", "على",
      "لين", "لحد", "لبعد", "ليوم");

  /** @param from where the new time's words begin (its "to" included) */
  record Said(int from, boolean word, RequestTime.Reading reading) {
    /** Whether the new time begins at token {@code k}, "to" aside. */
    boolean startsAt(int k) {
      return from == k && (reading.used()[k] || word && k + 1 < reading.used().length && reading.used()[k + 1]);
    }
  }

  private NewTime() {}

  /**
   * @param afterIt whether "to" may come right after the verb ("move it to …"); else a "to" there is the verb's
   * @param dayOnlyAllowed false for an alarm: a day alone does not say when it rings, a bare hour is the morning's
   */
  static Said find(NormalisedText text, List<Token> tokens, boolean[] taken, int verbTo, boolean afterIt,
      ZonedDateTime now, boolean arabic, boolean dayOnlyAllowed) {
    for (int k = verbTo; k < tokens.size(); k++) {
      boolean word = !taken[k] && Words.in(tokens, k, TO) && (k > verbTo || afterIt);
      if (!word && (taken[k] || !glued(tokens, k))) {
        continue;
      }
      boolean[] before = new boolean[tokens.size()];
      Arrays.fill(before, 0, word ? k + 1 : k, true);
      RequestTime.Reading r = RequestTime.read(text, tokens, before, tokens.size(), now, arabic, dayOnlyAllowed);
      if (word || r.used()[k]) { // a glued word only when the grammar reads it as the time
        return new Said(k, word, r);
      }
    }
    return null;
  }

  /** "للساعة"، "لبكرة": an Arabic word with "ل" (to) glued on; "ليلة" and the like are words of their own. */
  private static boolean glued(List<Token> tokens, int k) {
    String w = Words.text(tokens, k);
    return w.length() > 2 && w.charAt(0) == 'ل' && !w.startsWith("لي") && Words.arabic(w);
  }
}
