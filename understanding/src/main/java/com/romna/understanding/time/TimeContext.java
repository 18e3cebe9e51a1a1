package com.romna.understanding.time;

import com.romna.understanding.prayer.PrayerRules;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.TokenView;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tokens being read (a {@link TokenView}), "now", the language and how a request is read. */
public final class TimeContext extends TokenView {
  final ZonedDateTime now;
  final boolean arabic;
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
  /** True when the request sets an alarm: a bare hour on another day is the morning's ({@link BareHours}). */
  final boolean wakeUp;
  /**
   * Expressions already read in this parse, by place, limit and depth: rules that read sub-expressions
   * ("the first Monday of <...>") would otherwise re-read the same words exponentially often.
   */
  private final Map<Long, Piece> memo;
  /**
   * Whether a rule may start at each token ({@link Cues}): 0 not yet known, 1 yes, -1 no; shared by every view
   * of these tokens. Null: every rule is tried everywhere.
   */
  private final byte[] cues;

  public TimeContext(List<Token> tokens, ZonedDateTime now, boolean arabic, int limit) {
    this(tokens, now, arabic, limit, 0, false);
  }

  public TimeContext(List<Token> tokens, ZonedDateTime now, boolean arabic, int limit, int depth, boolean strict) {
    this(tokens, now, arabic, limit, depth, strict, false, null, false, new HashMap<>(), null,
        new byte[tokens.size()]);
  }

  public TimeContext(List<Token> tokens, ZonedDateTime now, boolean arabic, PrayerRules prayers, boolean wakeUp) {
    this(tokens, now, arabic, tokens.size(), 0, true, true, prayers, wakeUp, new HashMap<>(), null,
        new byte[tokens.size()]);
  }

  private TimeContext(List<Token> tokens, ZonedDateTime now, boolean arabic, int limit, int depth,
      boolean strict, boolean product, PrayerRules prayers, boolean wakeUp, Map<Long, Piece> memo, TokenView same,
      byte[] cues) {
    super(tokens, limit, same);
    this.now = now;
    this.arabic = arabic;
    this.depth = depth;
    this.strict = strict;
    this.product = product;
    this.prayers = prayers;
    this.wakeUp = wakeUp;
    this.memo = memo;
    this.cues = cues;
  }

  /** The same reading stopped before token {@code end}: the first half of "from 3 to 4". */
  TimeContext until(int end) {
    return new TimeContext(tokens(), now, arabic, Math.min(end, limit()), depth, strict, product, prayers, wakeUp, memo,
        this, cues);
  }

  /** The same words read with Duckling's semantics: what was said, even when it is already past. */
  TimeContext asSaid() {
    return new TimeContext(tokens(), now, arabic, limit(), depth, strict, false, prayers, wakeUp, new HashMap<>(), this,
        cues);
  }

  /** The same words with every rule tried at every token: what {@link Cues} must not change. */
  public TimeContext withoutGate() {
    return new TimeContext(tokens(), now, arabic, limit(), depth, strict, product, prayers, wakeUp, new HashMap<>(), this,
        null);
  }

  TimeContext deeper() {
    return new TimeContext(tokens(), now, arabic, limit(), depth + 1, strict, product, prayers, wakeUp, memo, this, cues);
  }

  /** The same words read at another "now" (another zone): nothing read so far applies. */
  TimeContext at(ZonedDateTime otherNow) {
    return new TimeContext(tokens(), otherNow, arabic, limit(), depth, strict, product, prayers, wakeUp, new HashMap<>(),
        this, cues);
  }

  /** The expression (or, with {@code piece}, the single piece) at {@code i}, read once per parse. */
  Piece remember(int i, boolean piece, java.util.function.Supplier<Piece> read) {
    long key = (piece ? 1L << 60 : 0) | ((long) depth << 42) | ((long) limit() << 21) | i;
    Piece p = memo.get(key);
    if (p == null && !memo.containsKey(key)) {
      p = read.get();
      memo.put(key, p);
    }
    return p;
  }

  /** False when no rule of the grammar can start at token {@code i}: a word none of them names. */
  boolean cue(int i) {
    if (i < 0 || i >= limit()) {
      return false;
    }
    if (cues == null) {
      return true;
    }
    if (cues[i] == 0) {
      cues[i] = Cues.mayStart(w(i), stems(i), waws(i)) ? (byte) 1 : (byte) -1;
    }
    return cues[i] > 0;
  }
}
