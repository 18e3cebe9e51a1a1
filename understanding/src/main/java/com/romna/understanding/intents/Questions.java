package com.romna.understanding.intents;

import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import java.util.List;
import java.util.Set;

/**
 * Questions about the assistant rather than requests to it: "how do I set an alarm?", "why did my
 * reminder not ring", "what is a reminder", "كيف أضبط منبه؟". They name an intent's word but ask for none.
 */
public final class Questions {
  private static final Set<String> OPENERS = Words.set("how", "why", "كيف", "ليش", "ليه", "لماذا", "شلون",
      "ازاي", "إزاي", "كيفاش");
  private static final Set<String> WHAT = Words.set("what", "what's", "whats", "شو", "ايش", "وش", "ما", "شنو");
  private static final Set<String> MEANS = Words.set("is", "'s", "يعني", "هو", "هي", "معنى", "does");

  private static final Set<String> COUNT = Words.set("كم", "many");

  private Questions() {}

  public static boolean aboutTheAssistant(List<Token> tokens) {
    if (Words.in(tokens, 0, OPENERS)) {
      return !(Words.is(tokens, 0, "how") && (Words.is(tokens, 1, "many") || Words.is(tokens, 1, "much")))
          && !Words.in(tokens, 1, COUNT); // "how many alarms do I have" asks about plans
    }
    return Words.in(tokens, 0, WHAT) && Words.in(tokens, 1, MEANS)
        && (Words.is(tokens, 2, "a") || Words.is(tokens, 2, "an") || Words.in(tokens, 1, Words.set("يعني", "معنى")));
  }
}
