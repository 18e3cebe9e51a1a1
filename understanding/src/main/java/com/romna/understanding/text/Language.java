package com.romna.understanding.text;

import java.util.List;
import java.util.Locale;

/** The transcript's language: the script most of its words are written in; the locale breaks ties. */
public final class Language {
  private Language() {}

  /** Addresses and numbers are left out: "إلى sara@example.com" is still Arabic. */
  public static String detect(List<Token> tokens, String localeHint) {
    int arabic = 0;
    int latin = 0;
    for (Token t : tokens) {
      Character.UnicodeScript script = t.isWord() ? script(t.text()) : null;
      if (script == Character.UnicodeScript.ARABIC) {
        arabic++;
      } else if (script == Character.UnicodeScript.LATIN) {
        latin++;
      }
    }
    if (arabic != latin) {
      return arabic > latin ? "ar" : "en";
    }
    return localeHint != null && localeHint.trim().toLowerCase(Locale.ROOT).startsWith("ar") ? "ar" : "en";
  }

  private static Character.UnicodeScript script(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return Character.UnicodeScript.of(word.charAt(i));
      }
    }
    return null;
  }
}
