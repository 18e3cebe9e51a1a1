package com.romna.understanding.recipients;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one phone-number normaliser, for numbers said in a transcript and numbers typed into contacts: E.164 from
 * a number as people write it ("+966 50 123 4567", "00966501234567", "٠٥٠١٢٣٤٥٦٧", or national with or without
 * its trunk prefix, completed with the user's calling code). libphonenumber knows each country's trunk prefix
 * (Italy keeps its "0") and number lengths. A number must have a whole number's length for its country
 * (not one dialable only locally); number ranges are not checked, since metadata lagging behind a new range
 * would refuse a real contact.
 */
public final class PhoneNumbers {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final int MIN_NATIONAL = 6;
  private static final String SEPARATORS = " -.()\u00a0";

  public enum Failure { NOT_A_NUMBER, NEEDS_COUNTRY_CODE }

  /** Either the E.164 number or why there is none. */
  public record Result(String e164, Failure failure) {
    static Result of(String e164) {
      return new Result(e164, null);
    }

    static Result failed(Failure failure) {
      return new Result(null, failure);
    }
  }

  private PhoneNumbers() {}

  /** @param callingCode the user's calling code ("966"), asked only for a national number */
  public static Result e164(String raw, Supplier<Optional<String>> callingCode) {
    String digits = digits(raw);
    if (digits == null) {
      return Result.failed(Failure.NOT_A_NUMBER);
    }
    if (digits.startsWith("+") || digits.startsWith("00")) {
      return international(digits);
    }
    if (digits.length() < MIN_NATIONAL) {
      return Result.failed(Failure.NOT_A_NUMBER);
    }
    Optional<String> code = callingCode.get();
    if (code.isEmpty()) {
      return Result.failed(Failure.NEEDS_COUNTRY_CODE);
    }
    String region = UTIL.getRegionCodeForCountryCode(Integer.parseInt(code.get()));
    return parsed(digits, region);
  }

  /** E.164 for digits dialled with '+' or "00" ("+966501234567", "00966501234567"), or null when none. */
  static String dialled(String digits) {
    return international(digits).e164();
  }

  private static Result international(String plusOrZeros) {
    String plus = plusOrZeros.startsWith("00") ? "+" + plusOrZeros.substring(2) : plusOrZeros;
    return plus.length() > 1 && plus.charAt(1) != '0' ? parsed(plus, "ZZ") : Result.failed(Failure.NOT_A_NUMBER);
  }

  private static Result parsed(String digits, String region) {
    try {
      PhoneNumber n = UTIL.parse(digits, region);
      return UTIL.isPossibleNumberWithReason(n) == ValidationResult.IS_POSSIBLE && !n.hasExtension()
          ? Result.of(UTIL.format(n, PhoneNumberFormat.E164))
          : Result.failed(Failure.NOT_A_NUMBER);
    } catch (NumberParseException e) {
      return Result.failed(Failure.NOT_A_NUMBER);
    }
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
      } else if (c == '+' && i == 0) {
        out.append('+');
      } else if (SEPARATORS.indexOf(c) < 0) {
        return null;
      }
    }
    return out.length() == 0 || out.toString().equals("+") ? null : out.toString();
  }
}
