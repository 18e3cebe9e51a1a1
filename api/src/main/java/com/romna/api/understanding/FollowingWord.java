package com.romna.api.understanding;

import java.util.Set;

/**
 * English puts a noun after the holiday it belongs to ("Christmas lights", "Easter eggs", "Eid gifts"):
 * inside a request, a holiday followed by such a word is part of the title, not a time.
 */
final class FollowingWord {
  private static final Set<String> FREE = Set.of("to", "that", "about", "and", "so", "i", "we", "please",
      "with", "then", "too", "as", "when", "because", "at", "on", "in", "by", "before", "after", "around",
      "from", "this", "next", "is", "it", "remind", "me", "you", "my", "our", "the", "a", "for");

  private FollowingWord() {}

  /** True when the word at {@code k} is an English word that would make a compound with the holiday. */
  static boolean makesACompound(TimeContext c, int k) {
    String w = c.w(k);
    if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || Words.arabic(w) || FREE.contains(w)) {
      return false;
    }
    return TimeGrammar.piece(c, k) == null; // "Christmas morning", "Easter Sunday at 5" read on
  }
}
