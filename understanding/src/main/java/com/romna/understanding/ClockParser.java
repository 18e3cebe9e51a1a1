package com.romna.understanding;

import java.util.List;
import java.util.Set;

/**
 * Reads a clock time: "at 6", "at 6:30 pm", "6pm", "18:00", "at six thirty", "half past six",
 * "الساعة ٦", "الساعة ستة ونص", "الساعة ٧ إلا ربع". Without "at"/"الساعة" a number only counts as a
 * time when its form or an am/pm word says so ("6:30", "6pm", "٦ الصبح"): a bare "6" is content.
 */
final class ClockParser {

  record Clock(int hour, int minute, DayPart part, int next) {}

  private static final Set<String> EN_INTRO = Set.of("at", "around", "by");
  /** "alarm for 6" is a time, "eggs for 6 people" is not: "for" needs the number to end the request. */
  private static final String WEAK_INTRO = "for";
  private static final Set<String> DAYS = Set.of("tomorrow", "today", "tonight", "tmrw");
  private static final Set<String> AR_INTRO = Words.set("الساعة", "عالساعة", "بالساعة", "والساعة", "فالساعة");
  private static final Set<String> AR_BEFORE_INTRO = Words.set("على", "ع", "في", "عند");
  private static final Set<String> OCLOCK = Set.of("o'clock", "oclock");
  private static final Set<String> EXCEPT = Words.set("إلا", "الا");
  private static final Set<String> MINUTE_UNITS = Words.set("دقيقة", "دقائق", "دقايق", "minutes");

  private ClockParser() {}

  static Clock parse(List<Token> t, int i) {
    int j = i;
    if (Words.in(t, j, AR_BEFORE_INTRO) && Words.in(t, j + 1, AR_INTRO)) {
      j++;
    }
    boolean intro = Words.in(t, j, AR_INTRO) || Words.in(t, j, EN_INTRO);
    if (intro) {
      j++;
      j = Words.is(t, j, "around") || Words.is(t, j, "about") ? j + 1 : j;
    }
    boolean weak = !intro && Words.is(t, j, WEAK_INTRO);
    Clock c = weak ? value(t, j + 1, true) : value(t, j, intro);
    if (weak && c != null && c.part() == null && c.next() < t.size() && !DAYS.contains(Words.text(t, c.next()))
        && !partFollows(t, c.next())) {
      return null;
    }
    return c != null && c.hour() <= 23 && c.minute() <= 59 ? c : null;
  }

  /** "for 6 in the morning", "for 6 at night": a part of the day makes the number a time. */
  private static boolean partFollows(List<Token> t, int k) {
    boolean inThe = Words.is(t, k, "in") && Words.is(t, k + 1, "the") && DayPart.qualifies(Words.text(t, k + 2));
    return inThe || Words.is(t, k, "at") && Words.is(t, k + 1, "night") || DayPart.qualifies(Words.text(t, k));
  }

  private static Clock value(List<Token> t, int j, boolean intro) {
    String w = Words.text(t, j);
    if (w.equals("noon")) {
      return new Clock(12, 0, DayPart.NOON, j + 1);
    }
    if (w.equals("midnight")) {
      return new Clock(0, 0, DayPart.MORNING, j + 1);
    }
    if (intro && (w.equals("half") || w.equals("quarter")) && Words.is(t, j + 1, "past")) {
      NumberWords.Num h = NumberWords.parse(t, j + 2, false);
      return h != null && h.whole() ? finish(t, (int) h.value(), w.equals("half") ? 30 : 15, h.next(), true) : null;
    }
    if (intro && w.equals("quarter") && Words.is(t, j + 1, "to")) {
      NumberWords.Num h = NumberWords.parse(t, j + 2, false);
      return h != null && h.whole() && h.value() >= 1 ? finish(t, (int) h.value() - 1, 45, h.next(), true) : null;
    }
    CompactClock compact = CompactClock.parse(w);
    if (compact != null) {
      if (!intro && !compact.unambiguous() && !DayPart.qualifies(Words.text(t, j + 1))) {
        return null;
      }
      if (compact.minute() >= 0 || compact.part() != null) {
        return withPart(t, compact.hour(), Math.max(compact.minute(), 0), compact.part(), j + 1);
      }
      return minutes(t, compact.hour(), compact.part(), j + 1, intro);
    }
    NumberWords.Num h = intro ? OrdinalHours.at(t, j) : null;
    h = h != null ? h : NumberWords.parse(t, j, false, false); // "ستة وعشرين" is 6:20, not 26
    if (h == null || !h.whole() || DurationParser.isUnit(t, h.next())) {
      return null;
    }
    return minutes(t, (int) h.value(), null, h.next(), intro);
  }

  /** Minutes said after the hour: "six thirty", "ستة ونص", "سبعة إلا ربع", "ستة وعشر دقايق". */
  private static Clock minutes(List<Token> t, int hour, DayPart part, int k, boolean intro) {
    String w = Words.text(t, k);
    String glued = Words.arabic(w) ? Words.withoutWaw(w) : null;
    boolean apart = w.equals("و");
    String fraction = apart ? Words.text(t, k + 1) : glued;
    Integer fractionMinutes = fraction == null ? null : fractionMinutes(fraction);
    if (fractionMinutes != null) {
      return finish(t, hour, fractionMinutes, k + (apart ? 2 : 1), intro, part);
    }
    if (EXCEPT.contains(w) && fractionMinutes(Words.text(t, k + 1)) != null && hour >= 1) {
      return finish(t, hour - 1, 60 - fractionMinutes(Words.text(t, k + 1)), k + 2, intro, part);
    }
    NumberWords.Num m = apart ? NumberWords.parse(t, k + 1, false)
        : glued != null ? NumberWords.parse(t, k, true)
        : NumberWords.parse(t, k, false);
    boolean joined = glued != null || apart;
    // "six thirty" reads as minutes; "6 5" or "6 10 minutes" does not
    boolean plausible = m != null && m.whole() && m.value() >= 1 && m.value() <= 59
        && (joined || (m.value() >= 10 && !DurationParser.isUnit(t, m.next())));
    if (plausible) {
      int next = Words.in(t, m.next(), MINUTE_UNITS) ? m.next() + 1 : m.next();
      return finish(t, hour, (int) m.value(), next, intro, part);
    }
    return finish(t, hour, 0, k, intro, part);
  }

  private static Integer fractionMinutes(String w) {
    return switch (w) {
      case "نص", "نصف" -> 30;
      case "ربع" -> 15;
      case "ثلث", "تلت" -> 20;
      default -> null;
    };
  }

  private static Clock finish(List<Token> t, int hour, int minute, int k, boolean intro) {
    return finish(t, hour, minute, k, intro, null);
  }

  private static Clock finish(List<Token> t, int hour, int minute, int k, boolean intro, DayPart part) {
    k = OCLOCK.contains(Words.text(t, k)) ? k + 1 : k;
    Clock c = withPart(t, hour, minute, part, k);
    // without "at"/"الساعة", only an am/pm or part-of-day word makes a spoken number a time
    boolean qualified = c.part() != null || DayPart.qualifies(Words.text(t, c.next()));
    return intro || qualified ? c : null;
  }

  private static Clock withPart(List<Token> t, int hour, int minute, DayPart part, int k) {
    String w = Words.text(t, k);
    if (part == null && DayPart.AM.contains(w)) {
      return new Clock(hour, minute, DayPart.MORNING, k + 1);
    }
    if (part == null && DayPart.PM.contains(w)) {
      return new Clock(hour, minute, DayPart.EVENING, k + 1);
    }
    return new Clock(hour, minute, part, k);
  }
}
