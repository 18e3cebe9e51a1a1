package com.romna.understanding.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text for the time grammar: runs of letters, runs of digits (with one decimal point,
 * "1.5") and single punctuation marks, apostrophes included. "3pm" is "3" "pm", "o'clock" three tokens
 * and "10/31/1974" five, so dates and clock times are read by grammar rather than by pattern;
 * {@link #glued} tells "3:30" from "3 30".
 */
public final class TimeTokens {
  private static final int MAX_TOKENS = 4_000;

  private TimeTokens() {}

  public static List<Token> of(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n && out.size() < MAX_TOKENS) {
      char c = s.charAt(i);
      int start = i;
      if (Character.isLetter(c)) {
        i++;
        while (i < n && Character.isLetter(s.charAt(i))) {
          i++;
        }
      } else if (Words.digit(c)) {
        i = digits(s, i);
        if (i + 1 < n && s.charAt(i) == '.' && Words.digit(s.charAt(i + 1))) {
          int j = digits(s, i + 1);
          boolean another = j + 1 < n && s.charAt(j) == '.' && Words.digit(s.charAt(j + 1));
          boolean after = start > 1 && s.charAt(start - 1) == '.' && Words.digit(s.charAt(start - 2));
          i = another || after ? i : j; // "650.650.6500" is not a decimal
        }
      } else if (Character.isWhitespace(c)) {
        i++;
        continue;
      } else {
        i++;
      }
      out.add(new Token(s.substring(start, i), start, i, Token.Kind.WORD));
    }
    return out;
  }

  /** True when token {@code i} follows token {@code i - 1} with no space between. */
  public static boolean glued(List<Token> t, int i) {
    return i > 0 && i < t.size() && t.get(i).start() == t.get(i - 1).end();
  }

  private static int digits(String s, int i) {
    while (i < s.length() && Words.digit(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
