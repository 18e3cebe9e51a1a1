package com.romna.understanding.text;

import java.util.List;
import java.util.Set;

/**
 * Tokens a grammar reads, up to a limit it must not read at or beyond (a command word, a recipient, the content),
 * with small look-up helpers. What is asked about each token again and again (its digits, its glued prefixes)
 * is worked out once and shared by every view of the same tokens.
 */
public class TokenView {
  private final List<Token> tokens;
  private final int limit;
  private final List<Token> view;
  private final TokenFacts facts;

  /** @param same a view of the same tokens whose facts to share, or null */
  public TokenView(List<Token> tokens, int limit, TokenView same) {
    this.tokens = tokens;
    this.limit = Math.min(limit, tokens.size());
    this.view = tokens.subList(0, this.limit);
    this.facts = same != null ? same.facts : new TokenFacts(tokens);
  }

  /** All of {@code tokens}. */
  public static TokenView of(List<Token> tokens) {
    return new TokenView(tokens, tokens.size(), null);
  }

  /** Every token, also those at or beyond the limit. */
  public final List<Token> tokens() {
    return tokens;
  }

  public final int limit() {
    return limit;
  }

  /** The tokens before the limit. */
  public final List<Token> view() {
    return view;
  }

  public final String w(int i) {
    return i >= 0 && i < limit ? facts.text[i] : "";
  }

  public final boolean is(int i, String word) {
    return w(i).equals(word);
  }

  public final boolean in(int i, Set<String> words) {
    return i < limit && words.contains(w(i));
  }

  /** "15:30": token {@code i} touches the one before it. */
  public final boolean glued(int i) {
    return i > 0 && i < limit && facts.glued[i];
  }

  public final boolean end(int i) {
    return i >= limit;
  }

  /** A digit-only token's value (at most four digits), or -1. */
  public final int digits(int i) {
    return i >= 0 && i < limit ? facts.digits[i] : -1;
  }

  public final int digitCount(int i) {
    return i >= 0 && i < limit ? facts.digitCount[i] : 0;
  }

  public final <V> Lexicon.Hit<V> at(Lexicon<V> lexicon, int i) {
    return i < 0 || i >= limit ? null : lexicon.at(view, i, facts.stems(i), facts.waws(i));
  }

  /** Token {@code i}'s forms without a glued "و", preposition or article ({@link Words#stems}). */
  public final List<String> stems(int i) {
    return facts.stems(i);
  }

  /** Token {@code i}'s forms without a glued "و" ({@link Lexicon#waw}). */
  public final List<String> waws(int i) {
    return facts.waws(i);
  }
}
