package com.romna.api.hygiene;

import java.text.Normalizer;

/**
 * Text as people meant it, without what could make it display as something else: Unicode NFC (so
 * "أ" typed as alef + hamza is the one letter it looks like), line breaks and tabs as spaces, and
 * no control, bidi-override, zero-width or other invisible format characters — an RLO could make
 * "moc.live@bob" show as a trusted address, a zero-width space could hide a word from a check.
 * Zero-width (non-)joiners stay: Arabic, Persian and emoji need them.
 */
public final class CleanText {

  private static final int ZWNJ = 0x200C;
  private static final int ZWJ = 0x200D;

  private CleanText() {}

  public static String clean(String text) {
    if (text == null || isClean(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (isBreak(c)) {
        out.append(' ');
      } else if (!isInvisible(c)) {
        out.appendCodePoint(c);
      }
    });
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private static boolean isClean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBreak(int c) {
    return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0x85
        || c == 0x2028 || c == 0x2029;
  }

  private static boolean isInvisible(int c) {
    if (c == ZWNJ || c == ZWJ) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || (c & 0xFFFE) == 0xFFFE
        || (c >= 0xFDD0 && c <= 0xFDEF);
  }
}
