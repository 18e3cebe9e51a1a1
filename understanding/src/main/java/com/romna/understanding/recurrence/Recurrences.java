package com.romna.understanding.recurrence;

import com.romna.understanding.Understanding;
import com.romna.understanding.numbers.NumberWords;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import com.romna.understanding.time.CalendarWords;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds how often a request repeats: "every day", "daily", "every weekday", "every Friday", "every 2 hours",
 * "every other week", "monthly", "كل يوم"، "يوميا"، "كل يوم جمعة"، "كل جمعة"، "كل ساعتين"، "كل أسبوع". It
 * finds the frequency only; the time of day, the first occurrence and the end ("until the end of March", "for
 * 2 weeks", "10 times") are read by {@link Understanding} from the rest of the words.
 */
public final class Recurrences {

  /** @param from..to the words that say it; {@code byDay} the weekdays, empty for any */
  public record Found(String freq, int interval, List<DayOfWeek> byDay, int from, int to) {}

  private static final Set<String> EVERY = Words.set("every", "each", "كل", "وكل");
  private static final Set<String> OTHER = Words.set("other", "second");
  private static final Lexicon<String> ADVERBS = new Lexicon<String>()
      .put("DAILY", "daily", "everyday", "nightly", "يوميا", "يومياً", "يومي", "كل يوم", "كل ليلة", "كل ليله",
          "كل صباح", "كل مساء", "كل يوم الصبح", "every morning", "every night", "every evening", "every afternoon")
      .put("WEEKLY", "weekly", "أسبوعيا", "أسبوعياً", "اسبوعيا")
      .put("MONTHLY", "monthly", "شهريا", "شهرياً")
      .put("YEARLY", "yearly", "annually", "سنويا", "سنوياً");
  private static final Lexicon<String> UNITS = new Lexicon<String>(false)
      .put("MINUTELY", "minute", "minutes", "دقيقة", "دقيقه", "دقايق", "دقائق")
      .put("HOURLY", "hour", "hours", "ساعة", "ساعه", "ساعات")
      .put("DAILY", "day", "days", "يوم", "أيام", "ايام")
      .put("WEEKLY", "week", "weeks", "أسبوع", "اسبوع", "أسابيع", "جمعة وجمعة")
      .put("MONTHLY", "month", "months", "شهر", "أشهر", "شهور")
      .put("YEARLY", "year", "years", "سنة", "سنه", "عام", "سنين");
  /** Arabic duals carry their count: "كل ساعتين" is every two hours. */
  private static final Lexicon<String> DUALS = new Lexicon<String>(false)
      .put("HOURLY", "ساعتين").put("DAILY", "يومين").put("WEEKLY", "أسبوعين", "اسبوعين").put("MONTHLY", "شهرين")
      .put("MINUTELY", "دقيقتين");
  private static final Set<String> WEEKDAY_WORDS = Words.set("weekday", "weekdays", "workday", "workdays",
      "ايام الدوام", "يوم دوام");
  /** Where the working week runs Sunday to Thursday. */
  private static final Set<String> SUNDAY_WEEK = Set.of("Asia/Riyadh", "Asia/Kuwait", "Asia/Qatar",
      "Asia/Bahrain", "Asia/Baghdad", "Africa/Cairo", "Asia/Amman", "Asia/Damascus", "Asia/Aden", "Egypt");

  private Recurrences() {}

  static Found find(List<Token> t, boolean[] blocked, ZoneId zone) {
    for (int i = 0; i < t.size(); i++) {
      if (blocked[i]) {
        continue;
      }
      Found f = at(t, i, zone);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static Found at(List<Token> t, int i, ZoneId zone) {
    if (Words.in(t, i, WEEKDAY_WORDS) && (i == 0 || Words.in(t, i - 1, EVERY) || Words.is(t, i - 1, "on"))) {
      int from = i > 0 && Words.in(t, i - 1, EVERY) ? i - 1 : i;
      return new Found("WEEKLY", 1, workWeek(zone), from, i + 1);
    }
    if (!Words.in(t, i, EVERY)) {
      Lexicon.Hit<String> adverb = ADVERBS.at(t, i);
      return adverb == null ? null : new Found(adverb.value(), 1, List.of(), i, adverb.next());
    }
    int k = i + 1;
    if (Words.in(t, k, WEEKDAY_WORDS)) {
      return new Found("WEEKLY", 1, workWeek(zone), i, k + 1);
    }
    List<DayOfWeek> days = weekdays(t, Words.is(t, k, NormalisedText.fold("يوم")) ? k + 1 : k);
    if (!days.isEmpty()) { // "every friday", "كل يوم جمعة", "every monday and thursday"
      return new Found("WEEKLY", 1, days, i, i + 1);
    }
    int interval = 1;
    if (Words.in(t, k, OTHER)) {
      interval = 2;
      k++;
    }
    Lexicon.Hit<String> dual = DUALS.at(t, k);
    if (dual != null) {
      return new Found(dual.value(), 2, List.of(), i, dual.next());
    }
    NumberWords.Num n = NumberWords.parse(t, k, false);
    if (n != null && n.whole() && n.value() >= 1 && n.value() <= 1000) {
      interval = (int) n.value();
      k = n.next();
    }
    Lexicon.Hit<String> unit = UNITS.at(t, k);
    if (unit != null) {
      return new Found(unit.value(), interval, List.of(), i, unit.next());
    }
    Lexicon.Hit<String> adverb = ADVERBS.at(t, i); // "every morning", "كل ليلة"
    return adverb == null ? null : new Found(adverb.value(), 1, List.of(), i, adverb.next());
  }

  /** "friday", "monday and thursday", "جمعة": the weekdays named from {@code k} on. */
  private static List<DayOfWeek> weekdays(List<Token> t, int k) {
    List<DayOfWeek> out = new ArrayList<>(2);
    while (true) {
      Lexicon.Hit<DayOfWeek> d = CalendarWords.WEEKDAYS.at(t, k);
      if (d == null) {
        return out;
      }
      out.add(d.value());
      k = d.next();
      boolean and = Words.is(t, k, "and") || Words.is(t, k, ",") || Words.is(t, k, NormalisedText.fold("و"));
      if (!and) {
        String w = Words.text(t, k);
        String rest = Words.arabic(w) ? Words.withoutWaw(w) : null;
        if (rest == null || CalendarWords.WEEKDAYS.at(List.of(new Token(rest, 0, rest.length(),
            Token.Kind.WORD)), 0) == null) {
          return out;
        }
        out.add(CalendarWords.WEEKDAYS.at(List.of(new Token(rest, 0, rest.length(), Token.Kind.WORD)), 0).value());
        return out;
      }
      k++;
    }
  }

  private static List<DayOfWeek> workWeek(ZoneId zone) {
    boolean sunday = zone != null && SUNDAY_WEEK.contains(zone.getId());
    return sunday
        ? List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)
        : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
  }
}
