package com.romna.understanding;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a spoken duration: "30 minutes", "an hour and a half", "a quarter of an hour", "ساعتين",
 * "ساعة ونص", "نص ساعة", "٣ ساعات وربع". Looks ahead a bounded number of words, never backtracks.
 */
final class DurationParser {

  /** A unit word; Arabic singulars and duals carry their own count ("ساعة" = 1, "ساعتين" = 2). */
  private record UnitWord(ChronoUnit unit, int count) {}

  private static final Map<String, UnitWord> UNITS = new java.util.HashMap<>();
  private static final Map<String, Double> FRACTIONS = Map.of(
      "half", 0.5, "quarter", 0.25,
      "نص", 0.5, "نصف", 0.5, "ربع", 0.25, "ثلث", 1.0 / 3, "تلت", 1.0 / 3);
  private static final Set<String> ARTICLES = Set.of("a", "an");
  private static final Set<String> EXCEPT = Words.set("إلا", "الا");
  private static final int MAX_TERMS = 3;

  static {
    units(ChronoUnit.SECONDS, 0, "second", "seconds", "sec", "secs", "ثواني", "ثوان");
    units(ChronoUnit.MINUTES, 0, "minute", "minutes", "min", "mins", "دقائق", "دقايق");
    units(ChronoUnit.HOURS, 0, "hour", "hours", "hr", "hrs", "ساعات");
    units(ChronoUnit.DAYS, 0, "day", "days", "أيام", "ايام");
    units(ChronoUnit.WEEKS, 0, "week", "weeks", "أسابيع");
    units(ChronoUnit.SECONDS, 1, "ثانية");
    units(ChronoUnit.MINUTES, 1, "دقيقة");
    units(ChronoUnit.HOURS, 1, "ساعة");
    units(ChronoUnit.DAYS, 1, "يوم");
    units(ChronoUnit.WEEKS, 1, "أسبوع");
    units(ChronoUnit.SECONDS, 2, "ثانيتين", "ثانيتان");
    units(ChronoUnit.MINUTES, 2, "دقيقتين", "دقيقتان");
    units(ChronoUnit.HOURS, 2, "ساعتين", "ساعتان");
    units(ChronoUnit.DAYS, 2, "يومين", "يومان");
    units(ChronoUnit.WEEKS, 2, "أسبوعين", "أسبوعان");
  }

  private DurationParser() {}

  private static void units(ChronoUnit unit, int count, String... words) {
    for (String w : words) {
      UNITS.put(NormalisedText.fold(w), new UnitWord(unit, count));
    }
  }

  /** The duration starting at {@code i}, or null. */
  static SpokenDuration parse(List<Token> tokens, int i) {
    SpokenDuration acc = new SpokenDuration();
    int j = term(tokens, i, false, acc);
    if (j < 0) {
      return null;
    }
    for (int n = 1; n < MAX_TERMS; n++) {
      int k = tail(tokens, j, acc);
      if (k < 0) {
        break;
      }
      j = k;
    }
    return acc.endingAt(j);
  }

  /** "a couple" is two and "a few" three, as Duckling counts them. */
  private static double couple(String w) {
    return switch (w) {
      case "couple", "pair" -> 2;
      case "few" -> 3;
      default -> 0;
    };
  }

  static boolean isUnit(List<Token> tokens, int i) {
    return UNITS.containsKey(Words.text(tokens, i));
  }

  /** What may follow a term: "and a half", "ونص", "إلا ربع", "and 30 minutes", "وعشر دقايق". */
  private static int tail(List<Token> t, int j, SpokenDuration acc) {
    String w = Words.text(t, j);
    if (w.equals("and") || w.equals("و")) {
      int k = Words.is(t, j + 1, "a") ? j + 2 : j + 1;
      Double f = FRACTIONS.get(Words.text(t, k));
      if (f != null && !isUnit(t, k + 1) && !Words.is(t, k + 1, "of")) {
        acc.add(acc.lastUnit(), f);
        return k + 1;
      }
      return term(t, j + 1, false, acc);
    }
    if (EXCEPT.contains(w) && FRACTIONS.containsKey(Words.text(t, j + 1))) {
      acc.add(acc.lastUnit(), -FRACTIONS.get(Words.text(t, j + 1)));
      return j + 2;
    }
    String rest = Words.arabic(w) ? Words.withoutWaw(w) : null;
    if (rest != null && FRACTIONS.containsKey(rest) && !isUnit(t, j + 1)) {
      acc.add(acc.lastUnit(), FRACTIONS.get(rest));
      return j + 1;
    }
    return rest != null ? term(t, j, true, acc) : -1;
  }

  private static int term(List<Token> t, int j, boolean stripWaw, SpokenDuration acc) {
    String w = stripWaw ? Words.withoutWaw(Words.text(t, j)) : Words.text(t, j);
    if (w == null || w.isEmpty()) {
      return -1;
    }
    UnitWord alone = UNITS.get(w);
    if (alone != null) { // Arabic "ساعة", "ساعتين", "ساعة وحدة"
      NumberWords.Num one = NumberWords.parse(t, j + 1, false);
      int after = one != null && one.value() == 1 && alone.count() == 1 ? j + 2 : j + 1;
      return alone.count() > 0 ? acc.add(alone.unit(), alone.count(), after) : -1;
    }
    boolean article = ARTICLES.contains(w);
    int k = article ? j + 1 : j;
    Double fraction = FRACTIONS.get(article ? Words.text(t, k) : w);
    if (fraction != null) { // "half an hour", "a quarter of an hour", "نص ساعة"
      k++;
      k = Words.is(t, k, "of") ? k + 1 : k;
      k = ARTICLES.contains(Words.text(t, k)) ? k + 1 : k;
      UnitWord unit = UNITS.get(Words.text(t, k));
      return unit != null ? acc.add(unit.unit(), fraction, k + 1) : -1;
    }
    double count = couple(Words.text(t, k));
    if (count > 0) { // "a couple of hours", "a few minutes"
      int u = Words.is(t, k + 1, "of") ? k + 2 : k + 1;
      UnitWord unit = UNITS.get(Words.text(t, u));
      return unit != null && unit.count() == 0 ? acc.add(unit.unit(), count, u + 1) : -1;
    }
    if (article) { // "an hour"
      UnitWord unit = UNITS.get(Words.text(t, k));
      return unit != null ? acc.add(unit.unit(), 1, k + 1) : -1;
    }
    NumberWords.Num n = NumberWords.parse(t, j, stripWaw);
    if (n == null) {
      return -1;
    }
    double value = n.value();
    k = n.next();
    if (Words.is(t, k, "and") && Words.is(t, k + 1, "a") && Words.is(t, k + 2, "half")) {
      value += 0.5; // "one and a half hours"
      k += 3;
    }
    UnitWord unit = UNITS.get(Words.text(t, k));
    return unit != null ? acc.add(unit.unit(), value, k + 1) : -1;
  }
}
