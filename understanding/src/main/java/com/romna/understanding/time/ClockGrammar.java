package com.romna.understanding.time;

import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.Words;
import java.util.Set;

/**
 * Clock times: "at 3pm", "3:15p", "15h00", "330 p.m.", "at three twenty", "a quarter past noon",
 * "15 to noon", "nine fifty nine a m", "9:01:10 AM", "الساعة ثلاثة", "الساعة الثالثة وربع",
 * "الساعة الخامسة إلا ثلث", "٣:١٨ صباحاً". A bare number is latent: "at", am/pm or a form such as
 * "6:30" must say it is a time.
 */
final class ClockGrammar {
  static final Set<String> INTRO = Set.of("at", "@", "around", "about", "approximately", "approx",
      "for", "exactly", "sharp");
  private static final Set<String> LETTER_AM = Set.of("a", "am");

  private ClockGrammar() {}

  static Piece at(TimeContext c, int i) {
    int j = i;
    boolean intro = false;
    boolean weakFor = false; // "alarm for 6" is a time, "eggs for 6 people" is not
    while (c.in(j, INTRO) && j - i < 2) {
      weakFor |= c.strict && c.is(j, "for");
      j++;
      intro = true;
    }
    int ar = ArabicClock.intro(c, j);
    if (ar > j) {
      j = ar;
      intro = true;
    }
    ClockReading r = ClockWords.special(c, j);
    r = r != null ? r : ClockWords.pastOrTo(c, j);
    r = r != null ? r : ClockDigits.at(c, j, intro);
    r = r != null ? r : ClockWords.spoken(c, j, intro);
    if (r != null && r.minute() == null) {
      ClockReading arabic = ArabicClock.minutes(c, r);
      r = arabic != null ? arabic : r;
    }
    if (r == null || !r.valid()) {
      return null;
    }
    Piece p = finish(c, r, intro);
    if (weakFor && !r.strong() && !endsTheTime(c, p.next())) {
      return null;
    }
    return p;
  }

  /** After "for 6": the end of what may be read, or a day or a part of the day ("for 6 tomorrow"). */
  private static boolean endsTheTime(TimeContext c, int k) {
    return c.end(k) || c.at(RelativeGrammar.DAYS, k) != null || c.at(PartGrammar.PARTS, k) != null
        || c.is(k, "am") || c.is(k, "pm");
  }

  /** Reads o'clock and am/pm after the time and builds the piece. */
  static Piece finish(TimeContext c, ClockReading r, boolean intro) {
    int k = r.next();
    k = c.is(k, "ish") && (c.is(k + 1, "am") || c.is(k + 1, "pm")) ? k + 1 : k; // "3ish pm"
    boolean oclock = false;
    if (c.is(k, "o") && c.is(k + 1, "'") && c.is(k + 2, "clock")) {
      k += 3;
      oclock = true;
    } else if (c.is(k, "oclock")) {
      k++;
      oclock = true;
    }
    int ampmEnd = ampm(c, k);
    Boolean pm = ampmEnd > k ? isPm(c, k) : null;
    boolean letterOnly = pm != null && ampmEnd == k + 1 && c.w(k).length() == 1 && !Words.arabic(c.w(k));
    k = Math.max(k, ampmEnd);
    if (pm != null && (r.hour() > 12 || r.hour() == 0 && !pm)) {
      pm = null; // "15:00 pm" says nothing more
    }
    int mask = pm == null ? Fields.hourMask(r.hour() % 24, r.twelveHour())
        : 1 << (r.hour() % 12 + (pm ? 12 : 0));
    boolean strong = r.strong() || oclock || (pm != null && !(letterOnly && r.minute() == null))
        || (pm == null && c.arabic && c.at(PartGrammar.PARTS, k) != null); // "٣ العصر"
    Fields f = Fields.clock(mask, r.minute(), r.second());
    return new Piece(new Term.Cal(f), k, !intro && !strong);
  }

  /** The token after an am/pm marker at {@code k}, or {@code k} when there is none. */
  private static int ampm(TimeContext c, int k) {
    String w = c.w(k);
    if (w.equals("am") || w.equals("pm") || w.equals("ص") || w.equals("م")) {
      return k + 1;
    }
    if (w.equals("a") || w.equals("p")) {
      if (c.is(k + 1, ".") && c.is(k + 2, "m")) { // "a.m.", "p.m"
        return c.is(k + 3, ".") ? k + 4 : k + 3;
      }
      if (c.is(k + 1, "m") && !c.glued(k + 1)) { // "a m"
        return k + 2;
      }
      return c.glued(k) ? k + 1 : k; // "3:18a", "at 3p"
    }
    return k;
  }

  private static Boolean isPm(TimeContext c, int k) {
    String w = c.w(k);
    return !(LETTER_AM.contains(w) || w.equals("ص"));
  }
}
