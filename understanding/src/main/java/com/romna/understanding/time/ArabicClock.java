package com.romna.understanding.time;

import com.romna.understanding.numbers.NumberWords;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Words;
import java.util.Set;

/**
 * The Arabic clock: "الساعة ٣"، "على الساعة"، "عند الثالثة"، "بحدود الساعة" and the minutes said after the
 * hour — "وربع"، "ونص"، "وثلث"، "إلا ربع"، "إلا ثلث"، "و١٨ دقيقة"، "وخمس وأربعون دقيقة".
 */
final class ArabicClock {
  private static final String THE_HOUR = NormalisedText.fold("الساعة");
  static final Set<String> MIDDLE = Words.set("منتصف", "نص", "نصف");
  static final Set<String> NIGHT = Words.set("الليل");
  static final Set<String> DAYTIME = Words.set("النهار", "الظهر", "اليوم");
  static final Set<String> BEFORE_HOUR = Words.set("على", "ع", "في", "عند", "بحدود", "حوالي",
      "حوالى", "تمام", "قرابة", "نحو");
  static final Set<String> AT = Words.set("عند", "بحدود", "حوالي", "حوالى");
  private static final Set<String> EXCEPT = Words.set("إلا", "الا", "غير");
  private static final Set<String> MINUTE_WORDS = Words.set("دقيقة", "دقائق", "دقايق", "دقيقه");

  private ArabicClock() {}

  /** The token after an Arabic clock intro at {@code j}, or {@code j} when there is none. */
  static int intro(TimeContext c, int j) {
    int k = c.in(j, BEFORE_HOUR) ? j + 1 : j;
    if (isHourWord(c, k)) {
      return k + 1;
    }
    return c.in(j, AT) && !isHourWord(c, j + 1) ? j + 1 : j; // "عند الثالثة"
  }

  /** "الساعة" with whatever is glued to it ("عالساعة"، "بالساعة"، "والساعة"); a bare "ساعة" is an hour long. */
  private static boolean isHourWord(TimeContext c, int k) {
    return !c.end(k) && Words.stems(c.w(k)).contains(THE_HOUR);
  }

  /** Minutes said after the hour in {@code r}, or null when none are. */
  static ClockReading minutes(TimeContext c, ClockReading r) {
    int k = r.next();
    String w = c.w(k);
    boolean apart = w.equals("و");
    String glued = !apart && Words.arabic(w) ? Words.withoutWaw(w) : null;
    String fraction = apart ? c.w(k + 1) : glued;
    Integer f = fraction == null ? null : fraction(fraction);
    if (f != null) {
      return r.withMinute(f, k + (apart ? 2 : 1));
    }
    if (c.in(k, EXCEPT)) {
      Integer before = fraction(c.w(k + 1));
      int next = k + 2;
      if (before == null) {
        NumberWords.Num n = NumberWords.parse(c.view(), k + 1, false);
        before = n != null && n.whole() && n.value() >= 1 && n.value() < 60 ? (int) n.value() : null;
        next = n == null ? next : c.in(n.next(), MINUTE_WORDS) ? n.next() + 1 : n.next();
      }
      return before == null ? null : r.before(before).endingAt(next, false);
    }
    NumberWords.Num m = apart ? NumberWords.parse(c.view(), k + 1, false)
        : glued != null ? NumberWords.parse(c.view(), k, true) : null;
    if (m == null || !m.whole() || m.value() < 1 || m.value() > 59) {
      return null;
    }
    int next = c.in(m.next(), MINUTE_WORDS) ? m.next() + 1 : m.next();
    return r.withMinute((int) m.value(), next);
  }

  /** True when what follows an Arabic number makes it an hour: a part of the day or minutes. */
  static boolean clockTail(TimeContext c, int k) {
    String w = c.w(k);
    String rest = Words.arabic(w) ? Words.withoutWaw(w) : null;
    return c.at(PartGrammar.PARTS, k) != null || c.in(k, EXCEPT) || w.equals("و") && !c.end(k + 1)
        || rest != null && (fraction(rest) != null || NumberWords.parse(c.view(), k, true) != null);
  }

  private static Integer fraction(String w) {
    return switch (w) {
      case "نص", "نصف", "النص", "النصف" -> 30;
      case "ربع", "الربع" -> 15;
      case "ثلث", "تلت", "الثلث", "التلت" -> 20;
      default -> null;
    };
  }
}
