package com.romna.understanding.time;

import com.romna.understanding.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one time expression: pieces said one after another, with small words between them ("on",
 * "at", ",", "of", "يوم", "الموافق"), intersected by {@link TimeCombiner}. At each place the longest
 * piece wins; the expression ends where the next piece would contradict what was said so far.
 */
public final class TimeGrammar {
  private static final int MAX_PIECES = 8;
  private static final Set<String> JOINERS = Words.set(",", "on", "at", "of", "in", "the", "for", "during",
      "@", "and", "around", "'", "s", "يوم", "في", "الموافق", "من", "عند", "ال", "على", "،");
  static final Set<String> LEADING = Set.of("around", "about", "approximately", "during", "sometime",
      "approx", "roughly", "circa");
  private static final Set<String> TRAILING = Set.of("ish", "approximately", "sharp", "exactly", "or so");

  private TimeGrammar() {}

  /** The expression starting at token {@code i}, or null. */
  public static Piece seq(TimeContext c, int i) {
    return !c.cue(i) ? null : c.remember(i, false, () -> read(c, i));
  }

  private static Piece read(TimeContext c, int i) {
    Piece first = piece(c, i);
    if (first == null && c.in(i, LEADING)) {
      first = piece(c, i + 1);
    }
    if (first == null) {
      return null;
    }
    List<Term> terms = new ArrayList<>(4);
    terms.add(first.term());
    Term combined = TimeCombiner.combine(terms, c);
    if (combined == null) {
      return null;
    }
    boolean latent = first.latent();
    int end = first.next();
    while (terms.size() < MAX_PIECES) {
      Piece p = piece(c, end);
      for (int k = end; p == null && k < end + 2 && c.in(k, JOINERS); k++) {
        p = piece(c, k + 1);
      }
      if (p == null) {
        break;
      }
      terms.add(p.term());
      Term next = TimeCombiner.combine(terms, c);
      Piece part = next == null ? PartGrammar.at(c, c.is(end, "at") || c.is(end, "in") ? end + 1 : end) : null;
      if (part != null && part.next() == p.next()) { // "٨ بعد المغرب": after a clock, a prayer names the evening
        terms.set(terms.size() - 1, part.term());
        next = TimeCombiner.combine(terms, c);
      }
      if (next == null) {
        terms.remove(terms.size() - 1);
        break;
      }
      combined = next;
      latent = latent && p.latent();
      end = p.next();
    }
    if (c.in(end, TRAILING) || c.is(end, "-") && c.is(end + 1, "ish")) {
      end += c.is(end, "-") ? 2 : 1;
    }
    if (combined instanceof Term.Cal cal && c.is(end, "after") && c.is(end + 1, "next")) { // "March after next"
      Slot next = TermResolver.next(cal.fields(), c);
      Slot after = next == null ? null : FieldSearch.first(cal.fields(), next.end(), null, c.now);
      return after == null ? null : new Piece(new Term.Fix(after), end + 2, false);
    }
    return new Piece(combined, end, latent);
  }

  /** The longest piece at {@code i}; on a tie the earlier rule wins. */
  static Piece piece(TimeContext c, int i) {
    return !c.cue(i) ? null : c.remember(i, true, () -> longest(c, i));
  }

  private static Piece longest(TimeContext c, int i) {
    Piece best = PrayerGrammar.at(c, i); // first: on a tie "بعد المغرب" is maghrib + 20 min, not the evening
    best = longer(best, NumericDates.at(c, i));
    best = longer(best, NamedDates.at(c, i));
    best = longer(best, RelativeGrammar.at(c, i));
    best = longer(best, RangeGrammar.at(c, i));
    best = longer(best, OrdinalGrammar.at(c, i));
    best = longer(best, BoundaryGrammar.at(c, i));
    best = longer(best, CycleGrammar.at(c, i));
    best = longer(best, WeekdayGrammar.at(c, i));
    best = longer(best, QuarterGrammar.at(c, i));
    best = longer(best, HolidayGrammar.at(c, i));
    best = longer(best, AnchoredShifts.at(c, i));
    best = longer(best, Years.at(c, i));
    best = longer(best, ClockGrammar.at(c, i));
    best = longer(best, PartGrammar.at(c, i));
    best = longer(best, ZoneGrammar.at(c, i));
    return best;
  }

  private static Piece longer(Piece best, Piece p) {
    if (p == null) {
      return best;
    }
    return best == null || p.next() > best.next() || p.next() == best.next() && best.latent() && !p.latent()
        ? p : best;
  }
}
