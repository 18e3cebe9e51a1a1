package com.romna.understanding;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tokens being read, "now" and the language, with small look-up helpers for the grammar. */
final class TimeContext {
  final List<Token> tokens;
  final ZonedDateTime now;
  final boolean arabic;
  /** Token index the grammar must not read at or beyond (a command word, a recipient, the content). */
  final int limit;
  /** How deeply rules that read sub-expressions ("the first Monday of <...>") are nested. */
  final int depth;
  /**
   * True inside a longer transcript, where "sun", "may" or "sat" are more likely words than dates and
   * need a date-like neighbour to count.
   */
  final boolean strict;
  /**
   * True when reading a request for the product rather than scoring Duckling's semantics: a clock time
   * said with a stretch already running ("today at 6" at 17:00) is looked for from now on, and "tomorrow"
   * said after midnight is the coming daytime.
   */
  final boolean product;
  /** Where and how prayer times are read in a request; null when prayer names are parts of the day only. */
  final PrayerRules prayers;
  private final List<Token> view;
  /**
   * Expressions already read in this parse, by place, limit and depth: rules that read sub-expressions
   * ("the first Monday of <...>") would otherwise re-read the same words exponentially often.
   */
  private final Map<Long, Piece> memo;
  /** What is known about each token, worked out once per reading and shared by every view of these tokens. */
  private final TokenFacts facts;

  TimeContext(List<Token> tokens, ZonedDateTime now, boolean arabic, int limit) {
    this(tokens, now, arabic, limit, 0, false);
  }

  TimeContext(List<Token> tokens, ZonedDateTime now, boolean arabic, int limit, int depth, boolean strict) {
    this(tokens, now, arabic, limit, depth, strict, false, null, new HashMap<>(), new TokenFacts(tokens));
  }

  TimeContext(List<Token> tokens, ZonedDateTime now, boolean arabic, int limit, int depth, boolean strict,
      boolean product) {
    this(tokens, now, arabic, limit, depth, strict, product, null, new HashMap<>(), new TokenFacts(tokens));
  }

  TimeContext(List<Token> tokens, ZonedDateTime now, boolean arabic, PrayerRules prayers) {
    this(tokens, now, arabic, tokens.size(), 0, true, true, prayers, new HashMap<>(), new TokenFacts(tokens));
  }

  private TimeContext(List<Token> tokens, ZonedDateTime now, boolean arabic, int limit, int depth,
      boolean strict, boolean product, PrayerRules prayers, Map<Long, Piece> memo, TokenFacts facts) {
    this.facts = facts;
    this.tokens = tokens;
    this.now = now;
    this.arabic = arabic;
    this.limit = Math.min(limit, tokens.size());
    this.depth = depth;
    this.strict = strict;
    this.product = product;
    this.prayers = prayers;
    this.view = tokens.subList(0, this.limit);
    this.memo = memo;
  }

  /** The same reading stopped before token {@code end}: the first half of "from 3 to 4". */
  TimeContext until(int end) {
    return new TimeContext(tokens, now, arabic, Math.min(end, limit), depth, strict, product, prayers, memo, facts);
  }

  /** The same words read with Duckling's semantics: what was said, even when it is already past. */
  TimeContext asSaid() {
    return new TimeContext(tokens, now, arabic, limit, depth, strict, false, prayers, new HashMap<>(), facts);
  }

  /** The same words with every rule tried at every token: what {@link Cues} must not change. */
  TimeContext withoutGate() {
    return new TimeContext(tokens, now, arabic, limit, depth, strict, product, prayers, new HashMap<>(),
        new TokenFacts(tokens, false));
  }

  TimeContext deeper() {
    return new TimeContext(tokens, now, arabic, limit, depth + 1, strict, product, prayers, memo, facts);
  }

  /** The same words read at another "now" (another zone): nothing read so far applies. */
  TimeContext at(ZonedDateTime otherNow) {
    return new TimeContext(tokens, otherNow, arabic, limit, depth, strict, product, prayers, new HashMap<>(), facts);
  }

  /** The expression (or, with {@code piece}, the single piece) at {@code i}, read once per parse. */
  Piece remember(int i, boolean piece, java.util.function.Supplier<Piece> read) {
    long key = (piece ? 1L << 60 : 0) | ((long) depth << 42) | ((long) limit << 21) | i;
    Piece p = memo.get(key);
    if (p == null && !memo.containsKey(key)) {
      p = read.get();
      memo.put(key, p);
    }
    return p;
  }

  String w(int i) {
    return i >= 0 && i < limit ? facts.text[i] : "";
  }

  boolean is(int i, String word) {
    return w(i).equals(word);
  }

  boolean in(int i, Set<String> words) {
    return i < limit && words.contains(w(i));
  }

  /** "15:30": token {@code i} touches the one before it. */
  boolean glued(int i) {
    return i > 0 && i < limit && facts.glued[i];
  }

  boolean end(int i) {
    return i >= limit;
  }

  /** A digit-only token's value (at most four digits), or -1. */
  int digits(int i) {
    return i >= 0 && i < limit ? facts.digits[i] : -1;
  }

  int digitCount(int i) {
    return i >= 0 && i < limit ? facts.digitCount[i] : 0;
  }

  /** False when no rule of the grammar can start at token {@code i}: a word none of them names. */
  boolean cue(int i) {
    return i >= 0 && i < limit && facts.cue(i);
  }

  <V> Lexicon.Hit<V> at(Lexicon<V> lexicon, int i) {
    if (i < 0 || i >= limit) {
      return null;
    }
    return lexicon.at(view, i, facts.stems(i), facts.waws(i));
  }

  List<Token> view() {
    return view;
  }
}
