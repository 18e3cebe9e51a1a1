package com.romna.understanding.recurrence;

import com.romna.understanding.DurationValue;
import com.romna.understanding.Durations;
import com.romna.understanding.Recurrence;
import com.romna.understanding.numbers.NumberWords;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import com.romna.understanding.time.CalendarWords;
import com.romna.understanding.time.RequestTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a repeating request: the frequency ({@link Recurrences}), its end ("until the end of March", "for 2
 * weeks", "10 times", "لمدة أسبوعين", "حتى آخر الشهر") and, from the first occurrence, the time of day. The
 * words it takes are marked so they stay out of the title and out of the first occurrence's time.
 */
public final class RecurrenceReading {
  private static final Set<String> UNTIL = Words.set("until", "till", "til", "through", "thru", "حتى", "لين",
      "لغاية", "لحد", "الين");
  private static final Set<String> FOR = Words.set("for", "لمدة", "مدة");
  private static final Set<String> TIMES = Words.set("times", "مرات", "مرة", "مره");
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  /** The frequency found and, when said, where its end is said: words [endFrom, end of request). */
  public record Said(Recurrences.Found every, int endFrom) {}

  private RecurrenceReading() {}

  /** Marks the words that say the repetition and its end in {@code used}; null when the request does not repeat. */
  public static Said find(NormalisedText text, List<Token> t, boolean[] used, ZonedDateTime now, boolean arabic) {
    Recurrences.Found every = Recurrences.find(t, used, now.getZone());
    if (every == null) {
      return null;
    }
    java.util.Arrays.fill(used, every.from(), every.to(), true);
    if (every.byDay().size() > 1) { // "every monday and thursday at 7": the first day starts it
      for (int k = every.to(); k < t.size(); k++) {
        boolean day = CalendarWords.WEEKDAYS.at(t, k) != null || Words.is(t, k, "and") || Words.is(t, k, ",");
        if (!day) {
          break;
        }
        used[k] = k > every.to();
      }
    }
    int end = -1;
    for (int k = every.to(); k < t.size() && end < 0; k++) {
      boolean until = Words.in(t, k, UNTIL);
      boolean length = Words.in(t, k, FOR) && Durations.parse(Words.text(t, k + 1) + " " + Words.text(t, k + 2),
          null).isPresent();
      boolean count = Words.in(t, k + 1, TIMES) && NumberWords.parse(t, k, false) != null;
      end = until || length || count ? k : -1;
    }
    if (end >= 0) {
      int to = Words.in(t, end + 1, TIMES) ? end + 2 : Words.in(t, end, FOR) ? end + 3 : t.size();
      if (Words.in(t, end, UNTIL)) {
        boolean[] before = new boolean[t.size()];
        java.util.Arrays.fill(before, 0, end + 1, true);
        boolean[] said = RequestTime.read(text, t, before, t.size(), now, arabic, true).used();
        to = end + 1;
        while (to < t.size() && said[to]) {
          to++;
        }
      }
      java.util.Arrays.fill(used, end, Math.min(to, t.size()), true);
    }
    return new Said(every, end);
  }

  /** The rule, from the first occurrence {@code first} (in the user's zone) and the end said, if any. */
  public static Recurrence rule(Said said, NormalisedText text, List<Token> t, ZonedDateTime first, boolean clock,
      ZonedDateTime now, boolean arabic) {
    Recurrences.Found f = said.every();
    StringBuilder r = new StringBuilder("FREQ=").append(f.freq());
    if (f.interval() > 1) {
      r.append(";INTERVAL=").append(f.interval());
    }
    if (!f.byDay().isEmpty()) {
      r.append(";BYDAY=").append(f.byDay().stream().map(RecurrenceReading::day).collect(Collectors.joining(",")));
    }
    boolean subDaily = f.freq().equals("HOURLY") || f.freq().equals("MINUTELY");
    if (clock && first != null && !subDaily) {
      r.append(";BYHOUR=").append(first.getHour()).append(";BYMINUTE=").append(first.getMinute());
    }
    if (said.endFrom() >= 0) {
      end(r, text, t, said.endFrom(), first != null ? first : now, now, arabic);
    }
    return new Recurrence(r.toString());
  }

  private static void end(StringBuilder r, NormalisedText text, List<Token> t, int k, ZonedDateTime first,
      ZonedDateTime now, boolean arabic) {
    if (Words.in(t, k + 1, TIMES)) {
      NumberWords.Num n = NumberWords.parse(t, k, false);
      r.append(";COUNT=").append((long) n.value());
      return;
    }
    if (Words.in(t, k, FOR)) {
      Optional<DurationValue> d = Durations.parse(Words.text(t, k + 1) + " " + Words.text(t, k + 2), null);
      Instant until = first.toInstant().plus(Duration.ofSeconds(d.orElseThrow().seconds()));
      r.append(";UNTIL=").append(UTC.format(until.atOffset(ZoneOffset.UTC)));
      return;
    }
    boolean[] before = new boolean[t.size()];
    java.util.Arrays.fill(before, 0, k + 1, true);
    RequestTime.Reading until = RequestTime.read(text, t, before, t.size(), now, arabic, true);
    if (until.at() != null) { // "until 5pm": then; "until the end of March": through the stretch named
      Instant last = until.clock() ? until.at() : until.end().minusSeconds(1);
      r.append(";UNTIL=").append(UTC.format(last.atOffset(ZoneOffset.UTC)));
    }
  }

  private static String day(DayOfWeek d) {
    return d.name().substring(0, 2);
  }
}
