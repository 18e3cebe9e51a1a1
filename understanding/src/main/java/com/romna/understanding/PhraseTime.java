package com.romna.understanding;

import com.romna.understanding.recipients.RecipientFinder;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Tokenizer;
import com.romna.understanding.time.RequestTime;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Resolves a time phrase on its own, the way {@link Understanding} resolves the time inside a request:
 * same grammar, same product rules (a day alone is at 09:00, a past clock time is its next occurrence).
 */
final class PhraseTime {

  private PhraseTime() {}

  /** Null when the phrase names no time the rules can read, or only a past one. */
  static Instant resolve(String phrase, ZonedDateTime now, boolean arabic, boolean dayOnlyAllowed) {
    NormalisedText text = NormalisedText.of(phrase);
    List<Token> tokens = Tokenizer.tokenize(text, RecipientFinder.find(text));
    return RequestTime.read(text, tokens, new boolean[tokens.size()], tokens.size(), now, arabic, dayOnlyAllowed)
        .at();
  }

  /** Whether the phrase's words occur, in order and adjacent, among the transcript's (both folded). */
  static boolean said(String phrase, List<Token> transcript) {
    NormalisedText said = NormalisedText.of(phrase);
    List<Token> words = Tokenizer.tokenize(said, RecipientFinder.find(said));
    if (words.isEmpty()) {
      return false;
    }
    for (int start = 0; start + words.size() <= transcript.size(); start++) {
      int k = 0;
      while (k < words.size() && words.get(k).text().equalsIgnoreCase(transcript.get(start + k).text())) {
        k++;
      }
      if (k == words.size()) {
        return true;
      }
    }
    return false;
  }
}
