package com.romna.understanding.text;

import java.util.Arrays;

/**
 * A transcript folded for matching (lower case, Arabic letter variants unified, diacritics and
 * tatweel dropped, Arabic-Indic digits made ASCII). Folding never changes one char into several,
 * and each folded char remembers where it came from, so titles and messages can be cut from the
 * words the user actually said, hamza and all.
 */
public final class NormalisedText {
  private final String original;
  private final String text;
  private final int[] origin;

  private NormalisedText(String original, String text, int[] origin) {
    this.original = original;
    this.text = text;
    this.origin = origin;
  }

  public static NormalisedText of(String original) {
    StringBuilder folded = new StringBuilder(original.length());
    int[] origin = new int[original.length()];
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (droppable(c)) {
        continue;
      }
      origin[folded.length()] = i;
      folded.append(fold(c));
    }
    return new NormalisedText(original, folded.toString(), Arrays.copyOf(origin, folded.length()));
  }

  /** Lexicon entries go through the same folding as transcripts, so both meet in the middle. */
  public static String fold(String word) {
    return of(word).text;
  }

  public String text() {
    return text;
  }

  /** The original text behind folded chars [from, to), keeping marks that sat on the last one. */
  public String original(int from, int to) {
    int end = origin[to - 1] + 1;
    while (end < original.length() && droppable(original.charAt(end))) {
      end++;
    }
    return original.substring(origin[from], end);
  }

  /** The original chars behind [from, to) without the dropped ones (for addresses). */
  public String originalChars(int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      out.append(original.charAt(origin[i]));
    }
    return out.toString();
  }

  private static boolean droppable(char c) {
    return (c >= '\u064B' && c <= '\u065F') // tashkeel
        || c == '\u0670' // superscript alef
        || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06ED') // Quranic annotation marks
        || c == '\u0640' // tatweel
        || Character.getType(c) == Character.FORMAT; // bidi marks, ZWJ/ZWNJ: invisible in speech-to-text output
  }

  private static char fold(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ة' -> 'ه';
      case 'ى', 'ی' -> 'ي';
      case 'ک' -> 'ك';
      case '’', '‘', '`' -> '\'';
      case '٫' -> '.';
      case '٬', '،' -> ',';
      default -> Character.toLowerCase(c);
    };
  }
}
