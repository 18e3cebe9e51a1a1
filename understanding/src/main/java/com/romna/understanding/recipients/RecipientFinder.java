package com.romna.understanding.recipients;

import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds e-mail addresses and E.164 phone numbers ({@link PhoneNumbers}) by scanning outward from each '@' and
 * '+', then numbers said without a '+' ({@link LocalNumbers}). Each scan stops at the next '@' or '+', so the
 * whole pass stays linear even on junk input, where a regular expression could backtrack badly.
 */
public final class RecipientFinder {
  private static final int MIN_DIGITS = 8;
  private static final int MAX_DIGITS = 15;
  private static final String PHONE_SEPARATORS = " -.()";

  private RecipientFinder() {}

  public static List<Token> find(NormalisedText text) {
    List<Token> found = new ArrayList<>();
    emails(text, found);
    phones(text.text(), found);
    found.sort(Comparator.comparingInt(Token::start));
    found.addAll(LocalNumbers.find(text.text(), List.copyOf(found)));
    found.sort(Comparator.comparingInt(Token::start));
    return found;
  }

  private static void emails(NormalisedText text, List<Token> found) {
    String s = text.text();
    int lastEnd = 0;
    for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
      int left = at;
      while (left > lastEnd && localChar(s.charAt(left - 1))) {
        left--;
      }
      while (left < at && s.charAt(left) == '.') {
        left++;
      }
      int right = at + 1;
      while (right < s.length() && domainChar(s.charAt(right))) {
        right++;
      }
      while (right > at + 1 && (s.charAt(right - 1) == '.' || s.charAt(right - 1) == '-')) {
        right--; // a sentence's full stop is not part of the domain
      }
      if (left < at && validDomain(s.substring(at + 1, right))) {
        found.add(new Token(text.originalChars(left, right), left, right, Token.Kind.EMAIL));
        lastEnd = right;
      }
    }
  }

  private static boolean validDomain(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty()) {
        return false;
      }
    }
    String tld = labels[labels.length - 1];
    return tld.length() >= 2 && tld.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  private static void phones(String s, List<Token> found) {
    List<Token> emails = List.copyOf(found);
    int e = 0;
    for (int plus = s.indexOf('+'); plus >= 0; plus = s.indexOf('+', plus + 1)) {
      while (e < emails.size() && emails.get(e).end() <= plus) {
        e++;
      }
      if (e < emails.size() && emails.get(e).start() <= plus) {
        continue; // "a+b@x.com" is an address, not a number
      }
      StringBuilder digits = new StringBuilder();
      int j = plus + 1;
      int end = -1;
      while (true) {
        int g = j;
        while (g < s.length() && Words.digit(s.charAt(g))) {
          g++;
        }
        if (g == j || digits.length() + (g - j) > MAX_DIGITS) {
          break;
        }
        digits.append(s, j, g);
        end = g;
        int sep = g;
        while (sep < s.length() && sep - g < 2 && PHONE_SEPARATORS.indexOf(s.charAt(sep)) >= 0) {
          sep++;
        }
        if (sep == g || sep >= s.length() || !Words.digit(s.charAt(sep))) {
          break;
        }
        j = sep;
      }
      String e164 = digits.length() >= MIN_DIGITS ? PhoneNumbers.dialled("+" + digits) : null;
      if (e164 != null) {
        found.add(new Token(e164, plus, end, Token.Kind.PHONE));
        plus = end - 1;
      }
    }
  }

  private static boolean localChar(char c) {
    return (c >= 'a' && c <= 'z') || Words.digit(c) || "._%+-".indexOf(c) >= 0;
  }

  private static boolean domainChar(char c) {
    return (c >= 'a' && c <= 'z') || Words.digit(c) || c == '.' || c == '-';
  }
}
