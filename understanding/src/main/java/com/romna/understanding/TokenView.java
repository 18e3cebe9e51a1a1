package com.romna.understanding;

import java.util.List;
import java.util.Set;

/**
 * Tokens a grammar reads, up to a limit it must not read at or beyond (a command word, a recipient, the content),
 * with small look-up helpers. What is asked about each token again and again (its digits, its glued prefixes)
 * is worked out once and shared by every view of the same tokens.
 */
class TokenView {
  private final List<Token> tokens;
  private final int limit;
  private final List<Token> view;
  private final TokenFacts facts;

  /** @param same a view of the same tokens whose facts to share, or null */
  TokenView(List<Token> tokens, int limit, TokenView same) {
    this.tokens = tokens;
    this.limit = Math.min(limit, tokens.size());
    this.view = tokens.subList(0, this.limit);
    this.facts = same != null ? same.facts : new TokenFacts(tokens);
  }

  /** All of {@code tokens}. */
  static TokenView of(List<Token> tokens) {
    return new TokenView(tokens, tokens.size(), null);
  }

  /** Every token, also those at or beyond the limit. */
  final List<Token> tokens() {
    return tokens;
  }

  final int limit() {
    return limit;
  }

  /** The tokens before the limit. */
  final List<Token> view() {
    return view;
  }

  final String w(int i) {
    return i >= 0 && i < limit ? facts.text[i] : "";
  }

  final boolean is(int i, String word) {
    return w(i).equals(word);
  }

  final boolean in(int i, Set<String> words) {
    return i < limit && words.contains(w(i));
  }

  /** "15:30": token {@code i} touches the one before it. */
  final boolean glued(int i) {
    return i > 0 && i < limit && facts.glued[i];
  }

  final boolean end(int i) {
    return i >= limit;
  }

  /** A digit-only token's value (at most four digits), or -1. */
  final int digits(int i) {
    return i >= 0 && i < limit ? facts.digits[i] : -1;
  }

  final int digitCount(int i) {
    return i >= 0 && i < limit ? facts.digitCount[i] : 0;
  }

  final <V> Lexicon.Hit<V> at(Lexicon<V> lexicon, int i) {
    return i < 0 || i >= limit ? null : lexicon.at(view, i, facts.stems(i), facts.waws(i));
  }

  /** Token {@code i}'s forms without a glued "و", preposition or article ({@link Words#stems}). */
  final List<String> stems(int i) {
    return facts.stems(i);
  }

  /** Token {@code i}'s forms without a glued "و" ({@link Lexicon#waw}). */
  final List<String> waws(int i) {
    return facts.waws(i);
  }
}
