package com.romna.understanding;

import java.util.List;

/**
 * What the grammar asks about each token again and again, worked out once per reading: its text, its value
 * when it is digits, whether it touches the token before, its forms without glued Arabic prefixes, and whether
 * any rule can start at it ({@link Cues}).
 */
final class TokenFacts {
  final String[] text;
  final int[] digits;
  final int[] digitCount;
  final boolean[] glued;
  private final List<String>[] stems;
  private final List<String>[] waws;
  /** 0 not yet known, 1 a rule may start here, -1 none can. */
  private final byte[] cue;
  private final boolean gated;

  TokenFacts(List<Token> tokens) {
    this(tokens, true);
  }

  /** @param gated false: every rule is tried at every token (to check that the gate changes nothing) */
  @SuppressWarnings("unchecked")
  TokenFacts(List<Token> tokens, boolean gated) {
    this.gated = gated;
    int n = tokens.size();
    text = new String[n];
    digits = new int[n];
    digitCount = new int[n];
    glued = new boolean[n];
    stems = new List[n];
    waws = new List[n];
    cue = new byte[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      String s = t.text();
      text[i] = s;
      boolean all = NumberWords.allDigits(s);
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

  boolean cue(int i) {
    if (!gated) {
      return true;
    }
    if (cue[i] == 0) {
      cue[i] = Cues.mayStart(text[i], stems(i), waws(i)) ? (byte) 1 : (byte) -1;
    }
    return cue[i] > 0;
  }
}
