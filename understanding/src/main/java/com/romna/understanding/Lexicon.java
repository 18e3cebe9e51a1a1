package com.romna.understanding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of one or more time tokens mapped to values, matched longest first. Entries are folded and
 * split like transcripts; an Arabic first word may carry a glued "و", "ب" or article ("وبكرة", "بالليل").
 */
final class Lexicon<V> {

  record Hit<V>(V value, int next) {}

  private final Map<String, V> phrases = new HashMap<>();
  /** The first words of longer entries ("easter" of "easter monday"): a look-up stops where none goes on. */
  private final java.util.Set<String> heads = new java.util.HashSet<>();
  private final boolean articles;
  private int longest = 1;

  Lexicon() {
    this(true);
  }

  /** @param articles false where "ال" changes the meaning: "يوم" is a duration, "اليوم" is today */
  Lexicon(boolean articles) {
    this.articles = articles;
  }

  Lexicon<V> put(V value, String... entries) {
    for (String entry : entries) {
      List<Token> words = TimeTokens.of(NormalisedText.fold(entry));
      StringBuilder key = new StringBuilder();
      for (Token w : words) {
        key.append(key.length() == 0 ? "" : " ").append(w.text());
      }
      phrases.put(key.toString(), value);
      longest = Math.max(longest, words.size());
      StringBuilder head = new StringBuilder();
      for (int k = 0; k + 1 < words.size(); k++) {
        head.append(k == 0 ? "" : " ").append(words.get(k).text());
        heads.add(head.toString());
      }
    }
    return this;
  }

  /** The longest entry starting at token {@code i}, or null. */
  Hit<V> at(List<Token> t, int i) {
    return i >= t.size() ? null : at(t, i, articles ? Words.stems(t.get(i).text()) : waw(t.get(i).text()));
  }

  /** The same, with the first word's forms already known (a reading looks each token up in many lexicons). */
  Hit<V> at(List<Token> t, int i, List<String> stems, List<String> waws) {
    return i >= t.size() ? null : at(t, i, articles ? stems : waws);
  }

  private Hit<V> at(List<Token> t, int i, List<String> firsts) {
    for (String first : firsts) {
      Hit<V> hit = longestFrom(t, i, first);
      if (hit != null) {
        return hit;
      }
    }
    return null;
  }

  boolean has(List<Token> t, int i) {
    return at(t, i) != null;
  }

  static List<String> waw(String word) {
    String rest = Words.arabic(word) ? Words.withoutWaw(word) : null;
    return rest == null ? List.of(word) : List.of(word, rest);
  }

  private Hit<V> longestFrom(List<Token> t, int i, String first) {
    StringBuilder key = new StringBuilder(first);
    Hit<V> best = null;
    int end = Math.min(t.size(), i + longest);
    for (int k = i; k < end; k++) {
      if (k > i) {
        key.append(' ').append(t.get(k).text());
      }
      String sofar = key.toString();
      V v = phrases.get(sofar);
      if (v != null) {
        best = new Hit<>(v, k + 1);
      }
      if (!heads.contains(sofar)) {
        break;
      }
    }
    return best;
  }
}
