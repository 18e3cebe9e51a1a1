package com.romna.understanding.text;

import java.util.List;

/**
 * What a grammar asks about each token again and again, worked out once per reading: its text, its value when it
 * is digits, whether it touches the token before, and its forms without glued Arabic prefixes.
 */
final class TokenFacts {
  final String[] text;
  final int[] digits;
  final int[] digitCount;
  final boolean[] glued;
  private final List<String>[] stems;
  private final List<String>[] waws;

  @SuppressWarnings("unchecked")
  TokenFacts(List<Token> tokens) {
    int n = tokens.size();
    text = new String[n];
    digits = new int[n];
    digitCount = new int[n];
    glued = new boolean[n];
    stems = new List[n];
    waws = new List[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      String s = t.text();
      text[i] = s;
      boolean all = Words.allDigits(s);
      digitCount[i] = all ? s.length() : 0;
      digits[i] = all && !s.isEmpty() && s.length() <= 4 ? Integer.parseInt(s) : -1;
      glued[i] = i > 0 && t.start() == tokens.get(i - 1).end();
    }
  }

  List<String> stems(int i) {
    if (stems[i] == null) {
      stems[i] = Words.stems(text[i]);
    }
    return stems[i];
  }

  List<String> waws(int i) {
    if (waws[i] == null) {
      waws[i] = Lexicon.waw(text[i]);
    }
    return waws[i];
  }
}
