package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.Words;

/**
 * Parts of the day: "in the morning", "this evening", "tonight", "late tonight", "at lunch", "after
 * school", "early in the morning", "الصبح"، "بعد الظهر"، "العصر"، "مساءً"، "بالليل"، "الليلة". A bare
 * "morning" is latent; with a day or a clock time it narrows them ("tomorrow morning", "8 in the evening").
 */
final class PartGrammar {

  /**
   * A part of the day as hours [from, to); {@code clock} the hours a clock time said with it may have
   * ("٢ بالليل" is 02:00, "١٠ بالليل" 22:00); {@code today} when the phrase means today's; {@code usual} the
   * hour a plan for it is due when no clock time is said (-1: the first usual hour inside it).
   */
  record Part(int from, int to, int clock, boolean today, boolean latent, int usual) {}

  static final Lexicon<Part> PARTS = new Lexicon<>();
  private static final int AM = Fields.range(0, 12);
  private static final int PM = Fields.range(12, 24);
  private static final int NIGHT = Fields.range(18, 24) | Fields.range(0, 5);

  static {
    put(0, 12, AM, false, true, "morning", "morningish", "الصبح", "الصباح", "صباح", "الصبحية");
    put(0, 12, AM, false, false, "in the morning", "in morning", "in the am", "صباحا", "صباحاً", "قبل الظهر",
        "قبل الضهر", "في الصباح", "بالصباح", "الصبح بدري");
    put(4, 7, Fields.range(0, 8), false, false, "فجرا", "الفجر", "فجراً", "بالفجر", "dawn", "at dawn",
        "daybreak", "at daybreak", "sunrise", "at sunrise");
    put(18, 24, PM, false, false, "بعد المغرب", "بعد العشاء", "بعد العشا");
    put(4, 12, AM, false, false, "بعد الفجر");
    put(0, 9, AM, false, false, "early morning", "early in the morning", "in the early hours of the morning",
        "early hours", "بدري الصبح");
    put(0, 12, AM, true, false, "this morning", "هالصبح", "اليوم الصبح", "هذا الصباح");
    put(12, 19, PM, false, true, "afternoon", "afternoonish");
    put(12, 19, PM, false, false, "in the afternoon", "in afternoon", "بعد الظهر", "بعد الضهر", "بعد الظهيرة");
    put(12, 19, PM, true, false, "this afternoon");
    put(15, 19, Fields.range(12, 19), false, true, "العصر", "العصرية", "عصرية", "العصريه");
    put(15, 19, Fields.range(12, 19), false, false, "عصرا", "عصراً", "بعد العصر");
    put(12, 14, Fields.range(11, 18), false, false, "ظهرا", "ظهراً", "الظهر", "الضهر", "ضهرا", "الظهيرة");
    put(12, 14, Fields.range(11, 18), false, true, "ظهر");
    put(12, 24, PM, false, false, "in the pm");
    put(18, 24, PM, false, false, "مساء", "مساءا", "مساءً", "في المساء", "بالمساء");
    put(18, 24, PM, false, true, "المساء", "المسا", "العشية", "مسا");
    put(17, 20, Fields.range(16, 21), false, true, "المغرب");
    put(19, 24, Fields.range(18, 24), false, true, "العشاء", "العشا");
    put(18, 24, PM, false, true, "evening", "eveningish");
    night(18, 24, PM, false, true, "night");
    night(18, 24, NIGHT, false, true, "الليل", "بالليل", "بليل");
    put(18, 24, PM, false, false, "in the evening");
    night(18, 24, NIGHT, false, false, "at night", "in the night", "ليلا", "ليلاً", "في الليل");
    put(18, 24, PM, true, false, "this evening", "هذا المساء", "هالمسا", "اليوم المسا", "مساء اليوم");
    night(18, 24, PM, true, false, "tonight", "tonite", "الليلة", "هالليلة", "اليوم بالليل", "الليلة دي");
    put(21, 24, PM, true, false, "late tonight", "late tonite");
    put(21, 24, PM, false, false, "late evening", "late at night", "late night");
    put(12, 14, Fields.range(11, 15), false, false, "lunch", "at lunch", "lunchtime", "lunch time", "وقت الغدا",
        "وقت الغداء");
    put(15, 21, PM, false, false, "after school");
    put(13, 17, PM, false, false, "after lunch");
    put(17, 21, PM, false, false, "after work");
  }

  /** Parts of the day named by a plain noun, which inside a request is more often content than time. */
  private static final java.util.Set<String> NOUNS = Words.set("lunch", "lunchtime", "وقت", "الظهر", "الضهر",
      "الظهيرة", "early");

  private PartGrammar() {}

  private static void put(int from, int to, int clock, boolean today, boolean latent, String... words) {
    PARTS.put(new Part(from, to, clock, today, latent, -1), words);
  }

  /** Night words: a plan for "tonight" is due at 21:00, one for "this evening" at 18:00. */
  private static void night(int from, int to, int clock, boolean today, boolean latent, String... words) {
    PARTS.put(new Part(from, to, clock, today, latent, DayPart.NIGHT.defaultHour()), words);
  }

  static Piece at(TimeContext c, int i) {
    Lexicon.Hit<Part> hit = c.at(PARTS, i);
    if (hit == null) {
      return null;
    }
    Part p = hit.value();
    Fields f = Fields.part(p.from(), p.to(), p.clock());
    if (!p.today()) { // "cook lunch" is a title, "after work" a time
      return new Piece(new Term.Cal(f), hit.next(), p.latent() || c.strict && NOUNS.contains(c.w(i)));
    }
    Slot today = Slot.of(Grain.DAY.truncate(c.now), Grain.DAY);
    Slot s = FieldSearch.first(f, today.start(), today.end(), c.now);
    return s == null ? null : new Piece(new Term.Fix(s, null, f), hit.next(), false);
  }
}
