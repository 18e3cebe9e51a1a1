package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.text.Words;
import java.util.Set;

/**
 * Intervals: "from 3 to 4 pm", "July 13 to 15", "9:30 - 11:00", "between 9h30 and 11h00", "later than
 * 3:30pm but before 6pm", "من ١٣ تموز إلى ١٥ تموز"، "من الساعة ٩ وحتى الساعة ١١". Ends are read on their own,
 * the first one stopped at the separator, so "3 to 4" is never read as "3 minutes to 4". Open intervals
 * are in {@link OpenRanges}, a start and a length ("4pm for 30 mins") in {@link LengthRanges}.
 */
final class RangeGrammar {
  static final Set<String> FROM = Words.set("from", "من", "starting", "beginning");
  static final Set<String> BETWEEN = Words.set("between", "بين");
  private static final Set<String> TO = Words.set("to", "till", "til", "until", "untill", "through", "thru",
      "-", "–", "الى", "إلى", "حتى", "وحتى", "لغاية", "لحد", "ل", "للـ", "والى", "لين", "ولغاية");
  private static final Set<String> AND = Words.set("and", "و", "&");
  private static final int WINDOW = 9;

  private RangeGrammar() {}

  static Piece at(TimeContext c, int i) {
    if (c.depth >= 1) {
      return null;
    }
    Piece open = OpenRanges.at(c, i);
    Piece closed = closed(c, i);
    if (open == null) {
      return closed;
    }
    return closed != null && closed.next() >= open.next() ? closed : open;
  }

  private static Piece closed(TimeContext c, int i) {
    boolean between = c.in(i, BETWEEN) || (c.is(i, "in") && c.is(i + 1, "between"));
    int k = c.is(i, "in") && between ? i + 2 : between || c.in(i, FROM) ? i + 1 : i;
    if (c.is(i, "later") && c.is(i + 1, "than") || c.is(i, "after")) {
      k = c.is(i, "after") ? i + 1 : i + 2;
      return laterThan(c, k);
    }
    boolean intro = k > i;
    for (int s = k + 1; s < k + WINDOW && s < c.limit(); s++) {
      boolean sep = between ? c.in(s, AND) || c.in(s, TO) : c.in(s, TO);
      boolean length = c.is(s, "for");
      if (!sep && !length || !c.cue(s + 1)) { // no end, no length can start after it: read nothing up to it
        continue;
      }
      int bareA = bareNumber(c, k, s);
      Piece a = bareA >= 0 ? null : TimeGrammar.seq(c.until(s).deeper(), k);
      if (bareA < 0 && (a == null || a.next() != s)) {
        continue;
      }
      Piece r = length ? LengthRanges.forLength(c, a, s) : ends(c, a, bareA, s, intro);
      if (r != null) {
        return r;
      }
    }
    return LengthRanges.forStarting(c, i);
  }

  private static Piece ends(TimeContext c, Piece a, int bareA, int s, boolean intro) {
    int b0 = s + 1;
    int zoneAt = zoneAfter(c, b0);
    Piece b = TimeGrammar.seq((zoneAt > 0 ? c.until(zoneAt) : c).deeper(), b0);
    int bareB = b == null ? bareNumber(c, b0, b0 + 1) : bareNumber(c, b0, b.next());
    if (b == null && bareB < 0 || bareA >= 0 && bareB >= 0) {
      return null;
    }
    Term ta = bareA < 0 ? a.term() : RangeEnds.bare(bareA, b.term());
    Term tb = bareB < 0 ? b.term() : RangeEnds.bare(bareB, ta);
    if (ta == null || tb == null || ta instanceof Term.Range || tb instanceof Term.Range) {
      return null;
    }
    boolean dayFirst = ta instanceof Term.Cal ca && onlyDay(ca.fields()) && tb instanceof Term.Cal cb
        && cb.fields().day() != null;
    boolean hourFirst = a == null && b != null && !b.latent() && tb instanceof Term.Cal cc
        && cc.fields().hasClock() && c.is(s, "-");
    if (!intro && (a == null || a.latent()) && !dayFirst && !hourFirst) {
      return null; // "15 to noon" is a clock time, "3 - 4" nothing
    }
    Term[] both = RangeEnds.align(ta, tb, c);
    int next = bareB >= 0 && b == null ? b0 + 1 : b.next();
    Piece zone = zoneAt > 0 && zoneAt == next ? ZoneGrammar.at(c, zoneAt) : null;
    if (zone != null) { // "9h30 - 11h00 CST": both ends are read in that zone
      both[0] = zoned(both[0], zone.term(), c);
      both[1] = zoned(both[1], zone.term(), c);
      next = zone.next();
    }
    if (both[0] == null || both[1] == null) {
      return null;
    }
    return Piece.of(new Term.Range(both[0], both[1], null), next);
  }

  private static boolean onlyDay(Fields f) {
    return f.day() != null && f.month() == null && f.year() == null && !f.hasClock();
  }

  private static Term zoned(Term t, Term zone, TimeContext c) {
    return t instanceof Term.Cal ? TimeCombiner.combine(java.util.List.of(t, zone), c) : t;
  }

  /** The first zone word within a few tokens after {@code from}, or -1. */
  private static int zoneAfter(TimeContext c, int from) {
    for (int k = from + 1; k < from + 6 && k < c.limit(); k++) {
      if (ZoneGrammar.at(c, k) != null) {
        return k;
      }
    }
    return -1;
  }

  /** "13" or "the 13" filling tokens [from, to) exactly: a number for the other end to explain. */
  private static int bareNumber(TimeContext c, int from, int to) {
    int k = c.is(from, "the") ? from + 1 : from;
    return k + 1 == to && c.digitCount(k) >= 1 && c.digitCount(k) <= 2 ? c.digits(k) : -1;
  }

  /** "later than 3:30pm but before 6pm", "after 9 and before 11". */
  private static Piece laterThan(TimeContext c, int k) {
    for (int s = k + 1; s < k + WINDOW && s < c.limit(); s++) {
      if ((c.is(s, "but") || c.is(s, "and")) && c.is(s + 1, "before")) {
        Piece a = TimeGrammar.seq(c.until(s).deeper(), k);
        Piece b = a == null || a.next() != s ? null : TimeGrammar.seq(c.deeper(), s + 2);
        if (b != null) {
          Term[] both = RangeEnds.align(a.term(), b.term(), c);
          return Piece.of(new Term.Range(both[0], both[1], null), b.next());
        }
      }
    }
    return null;
  }
}
