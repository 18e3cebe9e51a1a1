package com.romna.understanding.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Small helpers for looking words up in the lexicons. */
public final class Words {
  private static final List<String> ARTICLE_PREFIXES = List.of("بال", "فال", "كال", "عال", "لل", "ال");
  private static final String LETTER_PREFIXES = "بلفك";

  private Words() {}

  /** Entries are written as people spell them (hamza, taa marbuta) and folded like transcripts. */
  public static Set<String> set(String... words) {
    return Arrays.stream(words).map(NormalisedText::fold).collect(Collectors.toUnmodifiableSet());
  }

  public static String text(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).isWord() ? tokens.get(i).text() : "";
  }

  public static boolean is(List<Token> tokens, int i, String word) {
    return text(tokens, i).equals(word);
  }

  public static boolean in(List<Token> tokens, int i, Set<String> set) {
    return set.contains(text(tokens, i));
  }

  /**
   * Like {@link #in} but also tries the word without a glued "و" ("وبكرة"). Only that prefix: an
   * article must not be stripped here, or "الغدا" (lunch) would read as "غدا" (tomorrow).
   */
  static boolean inAfterWaw(List<Token> tokens, int i, Set<String> set) {
    String w = text(tokens, i);
    String rest = withoutWaw(w);
    return set.contains(w) || (rest != null && arabic(w) && set.contains(rest));
  }

  /** By the first char's block: a range check, where Character.UnicodeScript would search a table. */
  public static boolean arabic(String w) {
    if (w.isEmpty()) {
      return false;
    }
    char c = w.charAt(0);
    return c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\u08A0' && c <= '\u08FF'
        || c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF';
  }

  /**
   * Arabic glues "and", prepositions and the article onto words ("وبكره", "بالواتساب",
   * "عالساعه"); these are the forms worth looking up. Bounded: at most five candidates.
   */
  public static List<String> stems(String w) {
    if (!arabic(w)) {
      return List.of(w);
    }
    List<String> out = new ArrayList<>(5);
    out.add(w);
    String base = w;
    if (base.length() > 3 && base.charAt(0) == 'و') {
      base = base.substring(1);
      out.add(base);
    }
    for (String prefix : ARTICLE_PREFIXES) {
      if (base.startsWith(prefix) && base.length() > prefix.length() + 1) {
        String rest = base.substring(prefix.length());
        out.add(rest);
        out.add("ال" + rest);
        return out;
      }
    }
    if (base.length() > 3 && LETTER_PREFIXES.indexOf(base.charAt(0)) >= 0) {
      out.add(base.substring(1));
    }
    return out;
  }

  /** True for the empty string and for ASCII digits only. */
  public static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!digit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  public static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Strips a leading "و" ("and") written onto a word: "وربع", "وعشرين". */
  public static String withoutWaw(String w) {
    return w.length() > 1 && w.charAt(0) == 'و' ? w.substring(1) : null;
  }
}
