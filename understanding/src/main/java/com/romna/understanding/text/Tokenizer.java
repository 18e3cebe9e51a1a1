package com.romna.understanding.text;

import com.romna.understanding.recipients.RecipientFinder;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into words. Addresses and phone numbers are found first and kept whole, so
 * their digits are never read as times and their dots never split them.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** @param kept addresses and numbers already found in {@code text} ({@code RecipientFinder}), in order */
  public static List<Token> tokenize(NormalisedText text, List<Token> kept) {
    String s = text.text();
    List<Token> out = new ArrayList<>();
    int pos = 0;
    for (Token recipient : kept) {
      words(s, pos, recipient.start(), out);
      out.add(recipient);
      pos = recipient.end();
    }
    words(s, pos, s.length(), out);
    return out;
  }

  private static void words(String s, int from, int to, List<Token> out) {
    int i = from;
    while (i < to) {
      if (!wordChar(s, i, from, to)) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && wordChar(s, i, from, to)) {
        i++;
      }
      out.add(new Token(s.substring(start, i), start, i, Token.Kind.WORD));
    }
  }

  /** Inner punctuation keeps "6:30", "a.m", "e-mail" and "don't" as single words. */
  private static boolean wordChar(String s, int i, int from, int to) {
    char c = s.charAt(i);
    if (core(c)) {
      return true;
    }
    if (i == from || i + 1 >= to) {
      return false;
    }
    char prev = s.charAt(i - 1);
    char next = s.charAt(i + 1);
    return switch (c) {
      case ':' -> Words.digit(prev) && Words.digit(next);
      case '.' -> (Words.digit(prev) && Words.digit(next)) || (Character.isLetter(prev) && Character.isLetter(next));
      case '\'', '-' -> core(prev) && core(next);
      default -> false;
    };
  }

  private static boolean core(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
