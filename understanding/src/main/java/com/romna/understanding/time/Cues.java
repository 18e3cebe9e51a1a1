package com.romna.understanding.time;

import com.romna.understanding.duration.DurationGrammar;
import com.romna.understanding.duration.DurationTerms;
import com.romna.understanding.duration.DurationUnits;
import com.romna.understanding.holidays.Holidays;
import com.romna.understanding.numbers.NumberWords;
import com.romna.understanding.numbers.OrdinalHours;
import com.romna.understanding.numbers.Ordinals;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.NormalisedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a rule of the time grammar can start with. Most words of a request ("call", "mom", "report")
 * start none, and at each of them every rule would otherwise be tried: a word that is not here, not digits,
 * not punctuation and not one of the glued Arabic forms of one of these is skipped at once. Each rule's
 * first look at its token is at one of these words (or at digits); {@code CueGateTests} reads every corpus
 * phrase with and without the gate and finds the same answers.
 */
public final class Cues {
  private static final Set<String> STARTERS = starters();
  /** "هالأسبوع", "هالسنة": "this" glued onto the unit. */
  private static final String HAL = NormalisedText.fold("هال");

  private Cues() {}

  /** True when some rule may start at a token with this text and these forms without glued prefixes. */
  static boolean mayStart(String text, List<String> stems, List<String> waws) {
    if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
      return true; // digits ("5", "1.5") and punctuation ("(", "-") are few, and start dates, clocks, zones
    }
    for (int i = 0; i < stems.size(); i++) {
      if (STARTERS.contains(stems.get(i))) {
        return true;
      }
    }
    for (int i = 0; i < waws.size(); i++) {
      if (STARTERS.contains(waws.get(i))) {
        return true;
      }
    }
    return text.startsWith(HAL);
  }

  private static Set<String> starters() {
    Set<String> s = new HashSet<>(1024);
    // lexicons, by their first words
    for (Lexicon<?> l : List.of(PrayerGrammar.NAMES, PrayerGrammar.FRIDAY_PRAYER, CalendarWords.MONTHS, CalendarWords.AMBIGUOUS_MONTHS,
        CalendarWords.WEEKDAYS, CalendarWords.AMBIGUOUS_WEEKDAYS, RelativeGrammar.NOW, RelativeGrammar.DAYS,
        OpenRanges.ASAP, OpenRanges.INTROS, Ordinals.WORDS, OrdinalTarget.UNITS, BoundaryGrammar.REST,
        BoundaryGrammar.SHORT, BoundaryGrammar.EDGES, Cycles.UNITS, QuarterGrammar.QUARTER, Holidays.NAMES,
        HijriDates.MONTHS, HolidayGrammar.SPOKEN_ORDINALS, PartGrammar.PARTS, ZoneGrammar.ZONES,
        DurationUnits.WORDS, DurationUnits.GLUED, Modifiers.AFTER)) {
      l.firstWords(s);
    }
    // sets a rule's first token is looked up in
    for (Set<String> set : List.of(TimeGrammar.LEADING, PrayerGrammar.AFTER, PrayerGrammar.BEFORE,
        PrayerGrammar.AT, NamedDates.MONTH_WORD, NamedDates.DAY_WORD, RelativeGrammar.IN, RelativeGrammar.AR_AGO,
        RelativeGrammar.FOR, RangeGrammar.FROM, RangeGrammar.BETWEEN, Ordinals.LAST, CountedCycles.NEXT,
        CountedCycles.LAST, Modifiers.THIS, Modifiers.NEXT, Modifiers.LAST, HolidayCues.MARKERS,
        HolidayGrammar.NIGHT, HolidayGrammar.EVE, HijriDates.MONTH_WORD, AnchoredShifts.AFTER,
        AnchoredShifts.BEFORE, Years.AR_YEAR, Years.AR_BEFORE, ClockGrammar.INTRO, ArabicClock.BEFORE_HOUR,
        ArabicClock.AT, ArabicClock.MIDDLE, DurationTerms.ARTICLES, CycleGrammar.SEASONS.keySet(),
        NumberWords.WORDS.keySet(), NumberWords.TEEN_HEADS.keySet(), OrdinalHours.HOURS.keySet(),
        DurationGrammar.FRACTIONS.keySet())) {
      s.addAll(set);
    }
    // words rules compare their first token with directly
    for (String w : new String[] {"the", "a", "in", "within", "after", "later", "week", "closest", "upcoming",
        "all", "q", "year", "during", "noon", "midday", "mid", "midnight", "half", "quarter", "couple", "pair",
        "few", "for", "في", "الحادية", "الساعة", "بتوقيت", "توقيت"}) {
      s.add(NormalisedText.fold(w));
    }
    return Set.copyOf(s);
  }
}
