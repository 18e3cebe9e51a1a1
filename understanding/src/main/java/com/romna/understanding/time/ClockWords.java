package com.romna.understanding.time;

import com.romna.understanding.duration.DurationUnits;
import com.romna.understanding.numbers.NumberWords;
import com.romna.understanding.numbers.OrdinalHours;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.TokenView;
import java.util.Set;

/** Clock times said in words: "noon", "half past three", "15 to noon", "twelve oh three", "ستة ونص". */
final class ClockWords {
  private static final Set<String> PAST = Set.of("past", "after");
  private static final Set<String> TO = Set.of("to", "before", "till", "til", "of");
  private static final Set<String> MINUTE_WORDS = Set.of("minute", "minutes", "min", "mins");
  private static final Set<String> OH = Set.of("oh", "o");

  private ClockWords() {}

  /** "noon", "midday", "the midday", "midnight", "منتصف الليل". */
  static ClockReading special(TimeContext c, int j) {
    int k = c.is(j, "the") ? j + 1 : j;
    String w = c.w(k);
    if (w.equals("noon") || w.equals("midday")) {
      return new ClockReading(12, null, null, false, k + 1, true);
    }
    if (w.equals("mid") && (c.is(k + 1, "day") || c.is(k + 1, "-") && c.is(k + 2, "day"))) {
      return new ClockReading(12, null, null, false, c.is(k + 1, "day") ? k + 2 : k + 3, true);
    }
    if (c.in(k, ArabicClock.MIDDLE) && c.in(k + 1, ArabicClock.DAYTIME)) {
      return new ClockReading(12, null, null, false, k + 2, true);
    }
    if (w.equals("midnight")) {
      return new ClockReading(0, null, null, false, k + 1, true);
    }
    if (c.in(k, ArabicClock.MIDDLE) && c.in(k + 1, ArabicClock.NIGHT)) {
      return new ClockReading(0, null, null, false, k + 2, true);
    }
    return null;
  }

  /** "quarter past 3", "a quarter past noon", "half past three", "20 past 3pm", "15 minutes to noon". */
  static ClockReading pastOrTo(TimeContext c, int j) {
    int k = c.is(j, "a") ? j + 1 : j;
    int minutes;
    boolean said = false;
    if (k == j && c.is(k, "half") && !c.in(k + 1, PAST) && !c.in(k + 1, TO)) { // British "half three"
      ClockReading h = hour(c, k + 1);
      return h == null || h.hour() > 12 || c.digits(k + 1) >= 0 ? null
          : new ClockReading(h.hour(), 30, null, h.twelveHour(), h.next(), true);
    }
    if (c.is(k, "quarter") || c.is(k, "half")) {
      minutes = c.is(k, "half") ? 30 : 15;
      k++;
    } else {
      NumberWords.Num n = NumberWords.parse(c.view(), k, false);
      if (n == null || !n.whole() || n.value() < 1 || n.value() > 59 || k != j) {
        return null;
      }
      minutes = (int) n.value();
      said = c.in(n.next(), MINUTE_WORDS);
      k = said ? n.next() + 1 : n.next();
    }
    boolean past = c.in(k, PAST);
    if (!past && !c.in(k, TO) || (minutes == 30 && !past)) {
      return null;
    }
    ClockReading h = hour(c, k + 1);
    if (h == null) {
      return null;
    }
    boolean plain = k == j + 1 && c.digits(j) >= 0 && !said;
    if (!past && plain && !h.strong() && (minutes % 5 != 0 || minutes > 25)) {
      return null; // "9 to 11" is a range, "10 to 6" is 5:50, "15 to noon" 11:45
    }
    ClockReading at = new ClockReading(h.hour(), 0, null, h.twelveHour(), h.next(), true);
    return past ? at.withMinute(minutes, h.next()) : at.before(minutes);
  }

  /** An hour alone: "3", "three", "noon". */
  private static ClockReading hour(TimeContext c, int k) {
    ClockReading s = special(c, k);
    if (s != null) {
      return s;
    }
    NumberWords.Num n = NumberWords.parse(c.view(), k, false, false);
    if (n == null || !n.whole() || n.value() > 23 || c.digitCount(k) > 2) {
      return null;
    }
    return ClockReading.hour((int) n.value(), n.next(), false);
  }

  /** "three", "three twenty", "twelve oh three", "nine fifty nine", "الثالثة وربع", "ستة إلا ربع". */
  static ClockReading spoken(TimeContext c, int j, boolean intro) {
    if (c.digits(j) >= 0) {
      return null;
    }
    NumberWords.Num n = intro || ArabicClock.clockTail(c, j + 1) || ArabicClock.clockTail(c, j + 2)
        ? OrdinalHours.at(c.view(), j) : null;
    n = n != null ? n : NumberWords.parse(c.view(), j, false, false);
    if (n == null || !n.whole() || n.value() > 23 || DurationUnits.at(c, n.next(), false) != null) {
      return null;
    }
    ClockReading r = ClockReading.hour((int) n.value(), n.next(), false);
    ClockReading arabic = ArabicClock.minutes(c, r);
    if (arabic != null) {
      return arabic;
    }
    int k = n.next();
    int dash = c.is(k, "-") ? 1 : 0;
    if (c.in(k + dash, OH)) { // "twelve oh three", "twelve-oh-three"
      int d = c.is(k + dash + 1, "-") ? 1 : 0;
      NumberWords.Num m = NumberWords.parse(c.view(), k + dash + 1 + d, false, false);
      return m != null && m.value() >= 1 && m.value() <= 9 && c.digits(k + dash + 1 + d) < 0
          ? r.withMinute((int) m.value(), m.next()) : r;
    }
    NumberWords.Num m = NumberWords.parse(c.view(), k, false);
    if (m != null && m.whole() && m.value() >= 10 && m.value() <= 59 && c.digits(k) < 0
        && DurationUnits.at(c, m.next(), false) == null) {
      return r.withMinute((int) m.value(), m.next()); // "three twenty", "nine fifty nine"
    }
    return r;
  }
}
