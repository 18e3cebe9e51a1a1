package com.romna.understanding.numbers;

import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a number written in digits or spoken as words, in English or Arabic (MSA and dialect). */
public final class NumberWords {

  public record Num(double value, int next) {
    public boolean whole() {
      return value == Math.rint(value);
    }
  }

  public static final Map<String, Integer> WORDS = new HashMap<>();
  public static final Map<String, Integer> TEEN_HEADS = new HashMap<>();
  static final Set<String> TEN = Words.set("عشر", "عشرة");

  static {
    put(1, "one", "واحد", "واحدة", "وحدة");
    put(2, "two", "اثنين", "اتنين", "اثنان", "ثنتين", "اثنتين");
    put(3, "three", "ثلاث", "ثلاثة", "تلات", "تلاتة");
    put(4, "four", "أربع", "أربعة");
    put(5, "five", "خمس", "خمسة");
    put(6, "six", "ست", "ستة");
    put(7, "seven", "سبع", "سبعة");
    put(8, "eight", "ثمان", "ثماني", "ثمانية", "تمان", "تمانية", "تمن", "تمنية");
    put(9, "nine", "تسع", "تسعة");
    put(10, "ten", "عشر", "عشرة");
    put(11, "eleven", "احدعش", "احداش", "حداش", "إحدعشر");
    put(12, "twelve", "اتناشر", "اثنعش", "اطناش", "اثنعشر");
    put(13, "thirteen");
    put(14, "fourteen");
    put(15, "fifteen");
    put(16, "sixteen");
    put(17, "seventeen");
    put(18, "eighteen");
    put(19, "nineteen");
    put(20, "twenty", "عشرين", "عشرون");
    put(30, "thirty", "ثلاثين", "تلاتين", "ثلاثون");
    put(40, "forty", "أربعين", "أربعون");
    put(50, "fifty", "خمسين", "خمسون");
    put(60, "sixty", "ستين", "ستون");
    for (String head : new String[] {"أحد", "إحدى"}) {
      TEEN_HEADS.put(NormalisedText.fold(head), 1);
    }
    for (String head : new String[] {"اثنا", "اثني", "اثنتا"}) {
      TEEN_HEADS.put(NormalisedText.fold(head), 2);
    }
  }

  private NumberWords() {}

  private static void put(int value, String... words) {
    for (String w : words) {
      WORDS.put(NormalisedText.fold(w), value);
    }
  }

  /** The number at {@code i}, or null; with {@code stripWaw} the word must carry a glued "و". */
  public static Num parse(List<Token> tokens, int i, boolean stripWaw) {
    return parse(tokens, i, stripWaw, true);
  }

  /** With {@code compound} false only one word is read (plus "عشر" after "اثنا"/"أحد"). */
  public static Num parse(List<Token> tokens, int i, boolean stripWaw, boolean compound) {
    String w = Words.text(tokens, i);
    if (stripWaw) {
      w = Words.withoutWaw(w);
    }
    if (w == null || w.isEmpty()) {
      return null;
    }
    Double digits = digits(w);
    if (digits != null) {
      return new Num(digits, i + 1);
    }
    Integer head = TEEN_HEADS.get(w);
    if (head != null) {
      return Words.in(tokens, i + 1, TEN) ? new Num(10 + head, i + 2) : null;
    }
    Integer v = value(w);
    if (v == null || !compound) {
      return v == null ? null : new Num(v, i + 1);
    }
    String next = Words.text(tokens, i + 1);
    if (v >= 20 && v % 10 == 0) { // "twenty five", "twenty - five" when a hyphen is its own token
      boolean hyphen = next.equals("-");
      Integer unit = WORDS.get(hyphen ? Words.text(tokens, i + 2) : next);
      return unit != null && unit < 10 ? new Num(v + unit, i + (hyphen ? 3 : 2)) : new Num(v, i + 1);
    }
    if (v < 10 && TEN.contains(next)) { // "ثلاث عشر"
      return new Num(10 + v, i + 2);
    }
    if (v < 10) { // "خمسة وعشرين", "خمسة و عشرين"
      boolean apart = next.equals("و");
      String tensWord = apart ? Words.text(tokens, i + 2) : Words.withoutWaw(next);
      Integer tens = tensWord == null ? null : WORDS.get(tensWord);
      if (tens != null && tens >= 20 && tens % 10 == 0) {
        return new Num(v + tens, i + (apart ? 3 : 2));
      }
    }
    return new Num(v, i + 1);
  }

  private static Integer value(String w) {
    Integer v = WORDS.get(w);
    if (v != null || w.indexOf('-') < 0) {
      return v;
    }
    String[] parts = w.split("-", 3); // "twenty-five"
    Integer tens = parts.length == 2 ? WORDS.get(parts[0]) : null;
    Integer unit = parts.length == 2 ? WORDS.get(parts[1]) : null;
    return tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit < 10 ? tens + unit : null;
  }

  /** Digits, or one decimal point ("1.5"); long digit runs are not quantities people say. */
  private static Double digits(String w) {
    if (w.length() > 7) {
      return null;
    }
    int dot = w.indexOf('.');
    String whole = dot < 0 ? w : w.substring(0, dot);
    String fraction = dot < 0 ? "" : w.substring(dot + 1);
    if (whole.isEmpty() || whole.length() > 4 || !Words.allDigits(whole) || !Words.allDigits(fraction)
        || (dot >= 0 && fraction.isEmpty())) {
      return null;
    }
    return Double.parseDouble(w);
  }
}
