package com.romna.understanding.recipients;

import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Phone numbers said without a '+': national ones with their trunk "0" ("0501234567", "050 123 4567",
 * "٠٥٠١٢٣٤٥٦٧") and international ones dialled with "00" ("00966501234567"). A national number keeps its
 * "0": only the user's country code, which understanding does not know, can complete it.
 */
final class LocalNumbers {
  private static final int MIN_DIGITS = 8;
  private static final int MAX_NATIONAL = 14;
  /** Groups are joined while the number is still too short to be whole; "0501234567 10" is not one number. */
  private static final int WHOLE = 9;

  private LocalNumbers() {}

  /** @param taken addresses and '+' numbers already found, sorted; digits inside them are not looked at */
  static List<Token> find(String s, List<Token> taken) {
    List<Token> found = new ArrayList<>();
    int t = 0;
    for (int i = s.indexOf('0'); i >= 0; i = s.indexOf('0', i + 1)) {
      while (t < taken.size() && taken.get(t).end() <= i) {
        t++;
      }
      if ((t < taken.size() && taken.get(t).start() <= i) || !startsWord(s, i)) {
        continue;
      }
      Token number = read(s, i);
      if (number != null) {
        found.add(number);
        i = number.end() - 1;
      }
    }
    return found;
  }

  private static Token read(String s, int from) {
    StringBuilder digits = new StringBuilder();
    List<Integer> groups = new ArrayList<>();
    int j = from;
    int end = from;
    while (true) {
      int g = j;
      while (g < s.length() && Words.digit(s.charAt(g))) {
        g++;
      }
      boolean first = groups.isEmpty();
      if (!first && (g - j < 2 || significant(digits) + (g - j) > MAX_NATIONAL + 1)) {
        break; // "at 10" after a number is not its last group
      }
      digits.append(s, j, g);
      groups.add(g - j);
      end = g;
      boolean separated = g + 1 < s.length() && (s.charAt(g) == ' ' || s.charAt(g) == '-')
          && Words.digit(s.charAt(g + 1));
      if (!separated || significant(digits) >= WHOLE) {
        break;
      }
      j = g + 1;
    }
    if ((end < s.length() && Character.isLetterOrDigit(s.charAt(end))) || looksLikeDate(groups)) {
      return null;
    }
    String d = digits.toString();
    if (d.startsWith("00")) {
      String e164 = PhoneNumbers.dialled(d);
      return e164 != null ? new Token(e164, from, end, Token.Kind.PHONE) : null;
    }
    return d.length() >= MIN_DIGITS && d.length() <= MAX_NATIONAL ? new Token(d, from, end, Token.Kind.PHONE) : null;
  }

  /** Digits that count towards the number's length: those after an international "00". */
  private static int significant(CharSequence digits) {
    boolean international = digits.length() >= 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0';
    return international ? digits.length() - 2 : digits.length();
  }

  /** "05-01-2026" and "05 01 2026" are days. */
  private static boolean looksLikeDate(List<Integer> groups) {
    return groups.size() == 3 && groups.get(0) <= 2 && groups.get(1) <= 2 && groups.get(2) == 4;
  }

  private static boolean startsWord(String s, int i) {
    if (i == 0) {
      return true;
    }
    char before = s.charAt(i - 1);
    return !Character.isLetterOrDigit(before) && "+.:/,@_-".indexOf(before) < 0;
  }
}
