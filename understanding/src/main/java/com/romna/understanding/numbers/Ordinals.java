package com.romna.understanding.numbers;

import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.TokenView;
import com.romna.understanding.text.Words;

/**
 * Ordinal numbers: "1st", "third", "twenty-first", "الأول", "الثالثة", "التاسع عشر", "الحادي والعشرون".
 * Arabic builds the teens and twenties from the units, so the lexicon is generated rather than listed.
 */
public final class Ordinals {
  public static final Lexicon<Integer> WORDS = new Lexicon<>();
  private static final String[] EN = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  private static final String[][] AR = {
      {"الأول", "أول", "الأولى", "أولى", "اول"}, {"الثاني", "ثاني", "الثانية", "ثان"},
      {"الثالث", "ثالث", "الثالثة", "ثالثة"}, {"الرابع", "رابع", "الرابعة", "رابعة"},
      {"الخامس", "خامس", "الخامسة", "خامسة"}, {"السادس", "سادس", "السادسة", "سادسة"},
      {"السابع", "سابع", "السابعة", "سابعة"}, {"الثامن", "ثامن", "الثامنة", "ثامنة"},
      {"التاسع", "تاسع", "التاسعة", "تاسعة"}, {"العاشر", "عاشر", "العاشرة", "عاشرة"}};
  private static final String[] AR_ONE = {"الحادي", "الحادية", "حادي"};
  private static final String[] AR_TENS = {"العشرون", "العشرين", "الثلاثون", "الثلاثين"};
  public static final java.util.Set<String> LAST = Words.set("last", "الأخير", "الأخيرة", "آخر", "اخر");

  static {
    for (int n = 1; n <= EN.length; n++) {
      WORDS.put(n, EN[n - 1]);
    }
    WORDS.put(30, "thirtieth");
    for (String tens : new String[] {"twenty", "thirty"}) {
      int base = tens.equals("twenty") ? 20 : 30;
      for (int n = 1; n <= 9 && base + n <= 31; n++) {
        WORDS.put(base + n, tens + " " + EN[n - 1], tens + "-" + EN[n - 1]);
      }
    }
    for (int n = 1; n <= 10; n++) {
      WORDS.put(n, AR[n - 1]);
    }
    for (int n = 1; n <= 9; n++) {
      String[] units = n == 1 ? AR_ONE : AR[n - 1];
      for (String unit : units) {
        for (String ten : new String[] {" عشر", " عشرة"}) {
          WORDS.put(10 + n, unit + ten);
        }
        for (int t = 0; t < AR_TENS.length; t++) {
          int value = (t < 2 ? 20 : 30) + n;
          if (value <= 31) {
            WORDS.put(value, unit + " و" + AR_TENS[t], unit + " و " + AR_TENS[t]);
          }
        }
      }
    }
    WORDS.put(20, "العشرون", "العشرين");
    WORDS.put(30, "الثلاثون", "الثلاثين");
  }

  private Ordinals() {}

  /** The ordinal at {@code i}: a word, or digits with a glued suffix ("21st"); null otherwise. */
  public static Lexicon.Hit<Integer> at(TokenView c, int i) {
    int n = c.digits(i);
    if (n >= 0 && c.digitCount(i) <= 2) {
      String suffix = c.w(i + 1);
      boolean glued = c.glued(i + 1);
      if (glued && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
        return new Lexicon.Hit<>(n, i + 2);
      }
      return null;
    }
    return c.at(WORDS, i);
  }

  /** An Arabic-style "last" ("الأخير", "آخر"), or an English one. */
  public static boolean last(TokenView c, int i) {
    return c.in(i, LAST);
  }}
