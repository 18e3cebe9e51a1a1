package com.romna.api.contacts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names folded for matching: "Sara" = "sara", "أحمد" = "احمد" = "أحمَد", "سارة" = "ساره", "الحربي" = "حربي",
 * "Al-Rashid" = "Rashid", "José" = "Jose". Stored with each contact and applied to what the user said.
 */
final class ContactNames {
  private static final char TATWEEL = '\u0640';
  private static final char LAM = 'ل';

  private ContactNames() {}

  /** The folded name; empty when nothing but marks and punctuation was given. */
  static String key(String name) {
    String s = name.strip().toLowerCase(Locale.ROOT);
    s = s.startsWith("al-") || s.startsWith("el-") ? s.substring(3) : s;
    // NFKD splits hamza carriers (أ إ آ ؤ ئ) and accented letters into a base letter plus a mark
    String split = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(split.length());
    boolean space = false;
    for (int i = 0; i < split.length(); i++) {
      char c = split.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == TATWEEL
          || type == Character.FORMAT) {
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(fold(c));
    }
    String key = out.toString();
    return key.startsWith("ال") && key.length() > 3 && key.charAt(2) != ' ' ? key.substring(2) : key;
  }

  private static char fold(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    return switch (c) {
      case 'ٱ' -> 'ا';
      case 'ة' -> 'ه';
      case 'ى', 'ی' -> 'ي';
      case 'ک' -> 'ك';
      default -> c;
    };
  }

  /**
   * The keys a spoken name may stand for, most likely first. Understanding takes a glued "ل" for the
   * preposition ("لأحمد" → "أحمد"), which is wrong when the name itself begins with one ("لينا" → "ينا"),
   * and reads "للمدير" as "لمدير" where "المدير" was meant; so those readings are tried too.
   */
  static List<String> candidates(String spoken) {
    List<String> keys = new ArrayList<>(3);
    add(keys, key(spoken));
    String s = spoken.strip();
    if (!s.isEmpty() && Character.UnicodeScript.of(s.charAt(0)) == Character.UnicodeScript.ARABIC) {
      add(keys, key(LAM + s));
      if (s.charAt(0) == LAM) {
        add(keys, key("ا" + s));
      }
    }
    return keys;
  }

  private static void add(List<String> keys, String key) {
    if (!key.isEmpty() && !keys.contains(key)) {
      keys.add(key);
    }
  }
}
