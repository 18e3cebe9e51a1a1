package com.romna.api.contacts;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * E.164 from a number as people write it: "+966 50 123 4567", "00966501234567", or national with or
 * without its trunk "0" ("0501234567", "501234567"), completed with the user's country code.
 */
final class PhoneNumbers {
  private static final int MIN_E164 = 8;
  private static final int MAX_E164 = 15;
  private static final int MIN_NATIONAL = 6;

  enum Failure { NOT_A_NUMBER, NEEDS_COUNTRY_CODE }

  /** Either the E.164 number or why there is none. */
  record Result(String e164, Failure failure) {
    static Result of(String e164) {
      return new Result(e164, null);
    }

    static Result failed(Failure failure) {
      return new Result(null, failure);
    }
  }

  private PhoneNumbers() {}

  /** @param countryCode asked only for a national number */
  static Result e164(String raw, Supplier<Optional<String>> countryCode) {
    String digits = digits(raw);
    if (digits == null) {
      return Result.failed(Failure.NOT_A_NUMBER);
    }
    if (digits.startsWith("+")) {
      return international(digits.substring(1));
    }
    if (digits.startsWith("00")) {
      return international(digits.substring(2));
    }
    if (digits.length() < MIN_NATIONAL) {
      return Result.failed(Failure.NOT_A_NUMBER);
    }
    Optional<String> code = countryCode.get();
    if (code.isEmpty()) {
      return Result.failed(Failure.NEEDS_COUNTRY_CODE);
    }
    String cc = code.get();
    if (digits.charAt(0) == '0') {
      return international(cc + digits.substring(1));
    }
    // "966501234567" typed without its '+': already international
    boolean withCode = digits.startsWith(cc) && digits.length() >= 11;
    return international(withCode ? digits : cc + digits);
  }

  private static Result international(String digits) {
    boolean valid = digits.length() >= MIN_E164 && digits.length() <= MAX_E164 && digits.charAt(0) != '0'
        && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    return valid ? Result.of("+" + digits) : Result.failed(Failure.NOT_A_NUMBER);
  }

  /** Digits (Arabic-Indic too) with a leading '+' kept and separators dropped; null for anything else. */
  private static String digits(String raw) {
    StringBuilder out = new StringBuilder();
    String s = raw.strip();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = Character.digit(c, 10);
      if (d >= 0) {
        out.append((char) ('0' + d));
      } else if (c == '+' && out.isEmpty() && i == 0) {
        out.append('+');
      } else if (" -.()\u00a0".indexOf(c) < 0) {
        return null;
      }
    }
    return out.length() == 0 || out.toString().equals("+") ? null : out.toString();
  }
}
