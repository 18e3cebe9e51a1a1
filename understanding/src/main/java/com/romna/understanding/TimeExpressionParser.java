package com.romna.understanding;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Finds the time in a transcript: a relative duration, a day, a clock time and a part of the day,
 * each the first of its kind. One left-to-right pass with bounded look-ahead per word, then a
 * second pass for part-of-day words, which are only trusted next to what the first pass found.
 */
final class TimeExpressionParser {
  private static final Set<String> RELATIVE_INTRO = Words.set("in", "after", "within", "بعد", "خلال", "كمان");
  private static final Set<String> TODAY = Words.set("today", "اليوم");
  private static final Set<String> TOMORROW = Words.set("tomorrow", "tmrw", "tmr", "بكرة", "بكرا", "باكر",
      "باچر", "باجر", "غدا", "غدًا", "الغد", "بالغد", "للغد", "غد");
  private static final Set<String> TONIGHT = Words.set("tonight", "الليلة");
  private static final Set<String> AFTER = Words.set("بعد");

  private TimeExpressionParser() {}

  /** Looks only at tokens before {@code limit} and never at {@code blocked} ones. */
  static TimeExpression parse(List<Token> all, boolean[] blocked, int limit) {
    List<Token> t = all.subList(0, limit);
    Found f = new Found(blocked);
    for (int i = 0; i < limit; i++) {
      if (blocked[i]) {
        continue;
      }
      int next = f.dayOffset == null ? day(t, i, f) : -1;
      next = next < 0 && f.offset == null ? relative(t, i, f) : next;
      next = next < 0 && f.hour == null ? clock(t, i, f) : next;
      if (next > i) {
        f.take(i, next);
        i = next - 1;
      }
    }
    for (int i = 0; i < limit && f.part == null; i++) {
      if (!blocked[i] && !f.used[i]) {
        DayPartPhrase.Found p = DayPartPhrase.at(t, i, f.used);
        if (p != null && f.free(i, p.next())) {
          f.take(i, p.next());
          f.part = p.part();
        }
      }
    }
    return f.build();
  }

  private static int day(List<Token> t, int i, Found f) {
    if (Words.inAfterWaw(t, i, AFTER) && Words.inAfterWaw(t, i + 1, TOMORROW)) { // "بعد بكرة"
      return f.day(2, i, i + 2, null);
    }
    int k = Words.is(t, i, "the") ? i + 1 : i;
    if (Words.is(t, k, "day") && Words.is(t, k + 1, "after") && Words.is(t, k + 2, "tomorrow")) {
      return f.day(2, i, k + 3, null);
    }
    if (Words.inAfterWaw(t, i, TODAY)) {
      return f.day(0, i, i + 1, null);
    }
    if (Words.inAfterWaw(t, i, TOMORROW)) {
      return f.day(1, i, i + 1, null);
    }
    if (Words.inAfterWaw(t, i, TONIGHT)) {
      return f.day(0, i, i + 1, DayPart.NIGHT);
    }
    return -1;
  }

  private static int relative(List<Token> t, int i, Found f) {
    boolean intro = Words.inAfterWaw(t, i, RELATIVE_INTRO);
    SpokenDuration d = DurationParser.parse(t, intro ? i + 1 : i);
    if (d == null) {
      return -1;
    }
    int k = d.next();
    boolean fromNow = (Words.is(t, k, "from") && Words.is(t, k + 1, "now"))
        || (Words.is(t, k, "من") && (Words.is(t, k + 1, "الان") || Words.is(t, k + 1, "الحين")));
    if (fromNow) {
      k += 2;
    } else if (Words.is(t, k, "later")) {
      k++;
    } else if (!intro) {
      return -1; // a bare "30 minutes" may be content ("a 30 minutes walk")
    }
    if (!f.free(i, k)) {
      return -1;
    }
    f.offset = d.exact();
    f.offsetDays = d.wholeDays();
    return k;
  }

  private static int clock(List<Token> t, int i, Found f) {
    ClockParser.Clock c = ClockParser.parse(t, i);
    if (c == null || !f.free(i, c.next())) {
      return -1;
    }
    f.hour = c.hour();
    f.minute = c.minute();
    f.clockPart = c.part();
    return c.next();
  }

  private static final class Found {
    final boolean[] blocked;
    final boolean[] used;
    Duration offset;
    int offsetDays;
    Integer hour;
    int minute;
    DayPart clockPart;
    DayPart part;
    Integer dayOffset;

    Found(boolean[] blocked) {
      this.blocked = blocked;
      this.used = new boolean[blocked.length];
    }

    int day(int offset, int from, int next, DayPart impliedPart) {
      if (!free(from, next)) {
        return -1;
      }
      dayOffset = offset;
      part = part == null ? impliedPart : part;
      return next;
    }

    /** A match must not run into the command word or a recipient. */
    boolean free(int from, int to) {
      for (int k = from; k < to; k++) {
        if (blocked[k]) {
          return false;
        }
      }
      return true;
    }

    void take(int from, int to) {
      java.util.Arrays.fill(used, from, to, true);
    }

    TimeExpression build() {
      return new TimeExpression(offset, offsetDays, hour, minute, clockPart, part, dayOffset, used);
    }
  }
}
