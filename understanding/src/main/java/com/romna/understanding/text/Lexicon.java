package com.romna.understanding.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases of one or more time tokens mapped to values, matched longest first. Entries are folded and
 * split like transcripts; an Arabic first word may carry a glued "و", "ب" or article ("وبكرة", "بالليل").
 * Stored as a tree of words, so a look-up follows the tokens as they are (their hashes are cached) and builds
 * no strings: every token is looked up in dozens of lexicons.
 */
public final class Lexicon<V> {

  public record Hit<V>(V value, int next) {}

  /** One word further into the phrases: the value of the phrase ending here, and the words that go on. */
  private static final class Node<V> {
    V value;
    Map<String, Node<V>> next;

    Node<V> child(String word) {
      return next == null ? null : next.get(word);
    }

    Node<V> add(String word) {
      if (next == null) {
        next = new HashMap<>(4);
      }
      return next.computeIfAbsent(word, k -> new Node<>());
    }
  }

  private final Node<V> root = new Node<>();
  private final boolean articles;

  public Lexicon() {
    this(true);
  }

  /** @param articles false where "ال" changes the meaning: "يوم" is a duration, "اليوم" is today */
  public Lexicon(boolean articles) {
    this.articles = articles;
  }

  public Lexicon<V> put(V value, String... entries) {
    for (String entry : entries) {
      Node<V> n = root;
      for (Token w : TimeTokens.of(NormalisedText.fold(entry))) {
        n = n.add(w.text());
      }
      n.value = value;
    }
    return this;
  }

  /** The longest entry starting at token {@code i}, or null. */
  public Hit<V> at(List<Token> t, int i) {
    return i >= t.size() ? null : at(t, i, articles ? Words.stems(t.get(i).text()) : waw(t.get(i).text()));
  }

  /** The same, with the first word's forms already known (a reading looks each token up in many lexicons). */
  public Hit<V> at(List<Token> t, int i, List<String> stems, List<String> waws) {
    return i >= t.size() ? null : at(t, i, articles ? stems : waws);
  }

  private Hit<V> at(List<Token> t, int i, List<String> firsts) {
    for (int f = 0; f < firsts.size(); f++) {
      Hit<V> hit = longestFrom(t, i, root.child(firsts.get(f)));
      if (hit != null) {
        return hit;
      }
    }
    return null;
  }

  public boolean has(List<Token> t, int i) {
    return at(t, i) != null;
  }

  /** Adds the first word of every entry to {@code into}: the words a phrase of this lexicon can start with. */
  public void firstWords(Set<String> into) {
    if (root.next != null) {
      into.addAll(root.next.keySet());
    }
  }

  static List<String> waw(String word) {
    String rest = Words.arabic(word) ? Words.withoutWaw(word) : null;
    return rest == null ? List.of(word) : List.of(word, rest);
  }

  private Hit<V> longestFrom(List<Token> t, int i, Node<V> first) {
    Hit<V> best = null;
    Node<V> n = first;
    for (int k = i + 1; n != null; k++) {
      if (n.value != null) {
        best = new Hit<>(n.value, k);
      }
      n = k < t.size() ? n.child(t.get(k).text()) : null;
    }
    return best;
  }
}
