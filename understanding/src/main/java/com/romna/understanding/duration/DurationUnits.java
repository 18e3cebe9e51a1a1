package com.romna.understanding.duration;

import com.romna.understanding.Grain;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.TokenView;

/**
 * Duration unit words. Arabic singulars and duals carry their own count ("ساعة" is one hour,
 * "ساعتين" two); a fortnight is fourteen days. {@code count} 0 means a number must come first.
 */
public final class DurationUnits {

  public record Unit(Grain grain, int multiplier, int count) {}

  public static final Lexicon<Unit> WORDS = new Lexicon<>(false);
  /** Letters and marks that are units only right after digits: "2m", "2'", "15\"", "1/2 h". */
  public static final Lexicon<Unit> GLUED = new Lexicon<>(false);

  static {
    en(Grain.SECOND, 1, "second", "seconds", "sec", "secs");
    en(Grain.MINUTE, 1, "minute", "minutes", "min", "mins");
    en(Grain.HOUR, 1, "hour", "hours", "hr", "hrs");
    en(Grain.DAY, 1, "day", "days");
    en(Grain.WEEK, 1, "week", "weeks", "wk", "wks");
    en(Grain.DAY, 14, "fortnight", "fortnights");
    en(Grain.MONTH, 1, "month", "months");
    en(Grain.QUARTER, 1, "quarters", "qtr", "qtrs");
    en(Grain.YEAR, 1, "year", "years", "yr", "yrs");
    ar(Grain.SECOND, 0, "ثواني", "ثوان", "ثواني");
    ar(Grain.SECOND, 1, "ثانية", "لحظة");
    ar(Grain.SECOND, 2, "ثانيتين", "ثانيتان");
    ar(Grain.MINUTE, 0, "دقائق", "دقايق");
    ar(Grain.MINUTE, 1, "دقيقة");
    ar(Grain.MINUTE, 2, "دقيقتين", "دقيقتان");
    ar(Grain.HOUR, 0, "ساعات");
    ar(Grain.HOUR, 1, "ساعة");
    ar(Grain.HOUR, 2, "ساعتين", "ساعتان");
    ar(Grain.DAY, 0, "أيام");
    ar(Grain.DAY, 1, "يوم");
    ar(Grain.DAY, 2, "يومين", "يومان");
    ar(Grain.WEEK, 0, "أسابيع");
    ar(Grain.WEEK, 1, "أسبوع");
    ar(Grain.WEEK, 2, "أسبوعين", "أسبوعان");
    ar(Grain.MONTH, 0, "أشهر", "شهور");
    ar(Grain.MONTH, 1, "شهر");
    ar(Grain.MONTH, 2, "شهرين", "شهران");
    ar(Grain.YEAR, 0, "سنوات", "سنين", "أعوام");
    ar(Grain.YEAR, 1, "سنة", "عام");
    ar(Grain.YEAR, 2, "سنتين", "سنتان", "عامين", "عامان");
    GLUED.put(new Unit(Grain.SECOND, 1, 0), "s", "\"");
    GLUED.put(new Unit(Grain.MINUTE, 1, 0), "m", "'");
    GLUED.put(new Unit(Grain.HOUR, 1, 0), "h");
  }

  private DurationUnits() {}

  private static void en(Grain g, int multiplier, String... words) {
    WORDS.put(new Unit(g, multiplier, 0), words);
  }

  private static void ar(Grain g, int count, String... words) {
    WORDS.put(new Unit(g, 1, count), words);
  }

  /** A unit word at {@code i}; "h", "m", "'" only glued to the number before or after a fraction. */
  public static Lexicon.Hit<Unit> at(TokenView c, int i, boolean allowLetters) {
    Lexicon.Hit<Unit> hit = c.at(WORDS, i);
    if (hit == null && (allowLetters || c.glued(i))) {
      hit = c.at(GLUED, i);
    }
    return hit;
  }
}
