package com.romna.understanding.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixed phrases ("turn off", "wake me", "لا تذكرني") found at a token, indexed by their first word so a look-up
 * costs a few hash probes instead of a pass over every phrase. Arabic words may carry a glued "و", preposition
 * or article ({@link Words#stems}). The longest phrase at a place wins; on a tie, the one added first.
 */
public final class Phrases<V> {

  public record Hit<V>(V value, int length) {}

  private record Entry<V>(String[] words, V value, int order) {}

  private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
  private int added;

  /** {@code phrase} is folded and split on spaces like a transcript. */
  public Phrases<V> add(V value, String phrase) {
    String[] words = NormalisedText.fold(phrase).split(" ");
    List<Entry<V>> list = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>(2));
    list.add(new Entry<>(words, value, added++));
    list.sort((a, b) -> a.words().length != b.words().length ? b.words().length - a.words().length
        : a.order() - b.order());
    return this;
  }

  /** The longest phrase starting at token {@code i}, or null. */
  public Hit<V> at(List<Token> t, int i) {
    String w = Words.text(t, i);
    if (w.isEmpty()) {
      return null;
    }
    Hit<V> best = null;
    int bestOrder = Integer.MAX_VALUE;
    for (String first : Words.arabic(w) ? Words.stems(w) : List.of(w)) {
      List<Entry<V>> candidates = byFirst.get(first);
      if (candidates == null) {
        continue;
      }
      for (Entry<V> e : candidates) {
        boolean longer = best == null || e.words().length > best.length()
            || e.words().length == best.length() && e.order() < bestOrder;
        if (longer && rest(t, i, e.words())) {
          best = new Hit<>(e.value(), e.words().length);
          bestOrder = e.order();
        }
      }
    }
    return best;
  }

  private static boolean rest(List<Token> t, int i, String[] words) {
    for (int k = 1; k < words.length; k++) {
      String w = Words.text(t, i + k);
      if (!w.equals(words[k]) && !(Words.arabic(w) && Words.stems(w).contains(words[k]))) {
        return false;
      }
    }
    return true;
  }
}
