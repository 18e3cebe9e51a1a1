package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.Interpretation;
import com.romna.understanding.TimeValue;
import com.romna.understanding.holidays.Holiday;
import com.romna.understanding.holidays.Holidays;
import com.romna.understanding.holidays.UnreadHolidays;
import com.romna.understanding.prayer.PrayerRules;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.TimeTokens;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.TokenView;
import com.romna.understanding.text.Words;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The time a request names, read by the one time grammar ({@link TimeGrammar}) and resolved with the
 * product's rules ({@link ProductTime}). It reads only the words nobody else took (not the command, a
 * recipient or a message's content), in strict mode so "sun" or "march" in a title stay words. Pieces said
 * apart ("tomorrow … at 5") are read together; pieces that contradict each other ("at 5 … at 7") make the
 * time ambiguous, and an ambiguous time is refused rather than guessed.
 */
public final class RequestTime {

  /** Why no time was given: nothing said, said but not precise enough, contradicting, or already past. */
  enum Problem {
    NONE,
    MISSING,
    AMBIGUOUS,
    PAST
  }

  /**
   * @param at the instant to act at, or null
   * @param used which words the time took, so they stay out of titles
   * @param clock whether a clock time or delay was said (a day alone is at the default hour)
   * @param twelveHour whether the clock time said may be either half of the day ("at 8")
   * @param end where the stretch said ends ("until the end of March": the 1st of April)
   * @param prayer whether a prayer's time was read, so the place it was computed for is worth saying
   */
  public record Reading(Instant at, boolean[] used, Problem problem, boolean clock, boolean twelveHour, Instant end,
      boolean prayer) {
    Reading(Instant at, boolean[] used, Problem problem, boolean clock) {
      this(at, used, problem, clock, false, null, false);
    }

    /** What the interpretation says about a time that was said but gives no instant. */
    public Interpretation.TimeProblem timeProblem() {
      return switch (problem) {
        case NONE -> null;
        case MISSING -> said() ? Interpretation.TimeProblem.UNCLEAR : null;
        case AMBIGUOUS -> Interpretation.TimeProblem.AMBIGUOUS;
        case PAST -> Interpretation.TimeProblem.PAST;
      };
    }

    public boolean said() {
      for (boolean u : used) {
        if (u) {
          return true;
        }
      }
      return false;
    }
  }

  /** "صلاة المغرب" is the prayer itself, content rather than a time. */
  private static final java.util.Set<String> PRAYER = Words.set("صلاة", "بصلاة", "لصلاة", "صلاه");

  /** More separate time phrases than this in one request cannot be one time. */
  private static final int MAX_PHRASES = 3;

  private RequestTime() {}

  /**
   * @param blocked word tokens the grammar must not read; words at or after {@code limit} are not read
   * @param dayOnlyAllowed false for alarms: a day alone does not say when to ring
   */
  public static Reading read(NormalisedText text, List<Token> words, boolean[] blocked, int limit, ZonedDateTime now,
      boolean arabic, boolean dayOnlyAllowed) {
    return read(text, words, blocked, limit, now, arabic, dayOnlyAllowed, null);
  }

  /** @param prayers where prayer names are times, or null where they are parts of the day */
  public static Reading read(NormalisedText text, List<Token> words, boolean[] blocked, int limit, ZonedDateTime now,
      boolean arabic, boolean dayOnlyAllowed, PrayerRules prayers) {
    List<Token> tokens = TimeTokens.of(text.text());
    boolean[] closed = closed(tokens, words, blocked, limit);
    TimeContext c = new TimeContext(tokens, now, arabic, prayers, !dayOnlyAllowed);
    List<TimeMatch> found = scan(c, closed, false);
    if (found.isEmpty()) {
      found = scan(c, closed, true);
    }
    boolean[] used = new boolean[words.size()];
    if (found.isEmpty()) {
      return new Reading(null, used, Problem.MISSING, false);
    }
    if (found.size() > MAX_PHRASES) {
      return new Reading(null, used, Problem.AMBIGUOUS, false);
    }
    List<Term> terms = new ArrayList<>(found.size());
    boolean unread = false;
    for (TimeMatch m : found) {
      terms.add(m.term());
      mark(used, words, tokens.get(m.start()).start(), tokens.get(m.next() - 1).end());
      unread |= m.value() == null;
    }
    if (unread) { // "on chinese new year": a time was said, and it is one we cannot say
      return new Reading(null, used, Problem.MISSING, false);
    }
    Term term = found.size() == 1 ? found.get(0).term() : TimeCombiner.combine(terms, c);
    TimeValue value = term == null ? null : TermResolver.resolve(term, c);
    if (value == null) { // contradicting, unless what was said is simply over ("today at 3am" at noon)
      TimeContext said = c.asSaid();
      Term asSaid = found.size() == 1 ? term : TimeCombiner.combine(terms, said);
      TimeValue was = asSaid == null ? null : TermResolver.resolve(asSaid, said);
      boolean past = was != null && was.instant() != null && !was.instant().isAfter(now);
      return new Reading(null, used, past ? Problem.PAST : Problem.AMBIGUOUS, false);
    }
    TimeMatch all = new TimeMatch(value, term, found.get(0).start(), found.get(found.size() - 1).next());
    Instant at = ProductTime.resolve(all, now, dayOnlyAllowed, usualHour(c, found));
    boolean clock = value.grain().compareTo(Grain.DAY) < 0;
    if (at == null) {
      boolean past = value.instant() != null && !value.instant().isAfter(now) && clock;
      return new Reading(null, used, past ? Problem.PAST : Problem.MISSING, clock);
    }
    if (BareHours.mayBeUndecided(at.atZone(now.getZone()), c.wakeUp)
        && at.minus(java.time.Duration.ofHours(12)).equals(
            read(text, words, blocked, limit, now, arabic, false, prayers).at())) {
      // read as an alarm the same words are 12 hours earlier: a bare 1 to 5 on another day, night or afternoon
      return new Reading(null, used, Problem.AMBIGUOUS, clock);
    }
    boolean twelveHour = term instanceof Term.Cal cal && Integer.bitCount(cal.fields().hours()) == 2;
    ZonedDateTime end = value.to() != null ? value.to() : value.grain().plus(value.instant(), 1);
    boolean prayer = false;
    for (TimeMatch m : found) {
      for (int k = m.start(); k < m.next() && prayers != null; k++) {
        prayer |= c.at(PrayerGrammar.NAMES, k) != null;
      }
    }
    return new Reading(at, used, Problem.NONE, clock, twelveHour, end.toInstant(), prayer);
  }

  /** The expressions in the words not closed, left to right; with {@code parts}, bare Arabic parts of the day. */
  private static List<TimeMatch> scan(TimeContext c, boolean[] closed, boolean parts) {
    List<TimeMatch> found = new ArrayList<>(2);
    int i = 0;
    while (i < closed.length) {
      if (closed[i]) {
        i++;
        continue;
      }
      int end = i;
      while (end < closed.length && !closed[end]) {
        end++;
      }
      TimeMatch m = found.size() > MAX_PHRASES ? null : first(c.until(end), i, parts);
      if (m == null) {
        i = end;
      } else {
        found.add(m);
        i = m.next();
      }
    }
    return found;
  }

  /** The hour a part of the day said ("tonight") is usually meant at, or -1. */
  private static int usualHour(TimeContext c, List<TimeMatch> found) {
    int usual = -1;
    for (TimeMatch m : found) {
      for (int k = m.start(); k < m.next(); k++) {
        Lexicon.Hit<PartGrammar.Part> part = c.at(PartGrammar.PARTS, k);
        usual = part != null && part.value().usual() >= 0 ? part.value().usual() : usual;
      }
    }
    return usual;
  }

  /**
   * The first expression from token {@code i} on: the longest one starting at the earliest place. A holiday's
   * name is one thing: when it is not the time ("buy christmas lights", "remind me black friday" without "on"),
   * the words inside it are not read on their own ("friday" is not this Friday, "new year" not 1 January); a
   * holiday known by name only ({@link UnreadHolidays}) said as the time is a time we cannot say (a match with no
   * value).
   */
  private static TimeMatch first(TimeContext c, int from, boolean parts) {
    TimeMatch part = null;
    for (int i = from; i < c.limit(); i++) {
      Piece p = TimeGrammar.seq(c, i);
      if (p != null && !p.latent() && p.term() instanceof Term.Occasion o && !o.holiday().computed()) {
        return new TimeMatch(null, p.term(), i, p.next());
      }
      Lexicon.Hit<Holiday> name = (p == null || p.latent()) && c.cue(i) ? Holidays.at(c, i) : null;
      if (name != null) {
        i = name.next() - 1;
        continue;
      }
      if (p == null || p.latent() && (!parts || part != null || !arabicPart(c, i, p))) {
        continue;
      }
      TimeValue v = TermResolver.resolve(p.term(), c);
      if (v != null && !p.latent()) {
        return new TimeMatch(v, p.term(), i, p.next());
      }
      part = v != null ? new TimeMatch(v, p.term(), i, p.next()) : part;
    }
    return part;
  }

  /**
   * "ذكرني بالليل"، "صحيني الصبح": in Arabic a bare part of the day is how the time is said. Latent for
   * Duckling, it is read when nothing more precise is said in the same stretch of words.
   */
  private static boolean arabicPart(TimeContext c, int i, Piece p) {
    return Words.arabic(c.w(i)) && !c.in(i - 1, PRAYER) && p.term() instanceof Term.Cal cal && cal.fields().partFrom() >= 0
        && !cal.fields().hasClock() && !cal.fields().hasDate();
  }

  /** New tokens that overlap an old token the grammar must not read. */
  private static boolean[] closed(List<Token> tokens, List<Token> words, boolean[] blocked, int limit) {
    boolean[] out = new boolean[tokens.size()];
    int stop = limit < words.size() ? words.get(limit).start() : Integer.MAX_VALUE;
    int w = 0;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      while (w < words.size() && words.get(w).end() <= t.start()) {
        w++;
      }
      for (int v = w; v < words.size() && words.get(v).start() < t.end(); v++) {
        out[k] |= v >= limit || blocked[v];
      }
      out[k] |= t.start() >= stop;
    }
    return out;
  }

  private static void mark(boolean[] used, List<Token> words, int from, int to) {
    for (int v = 0; v < words.size(); v++) {
      used[v] |= words.get(v).start() < to && words.get(v).end() > from;
    }
  }
}
