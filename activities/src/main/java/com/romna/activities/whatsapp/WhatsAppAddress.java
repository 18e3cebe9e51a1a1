package com.romna.activities.whatsapp;

import java.util.Optional;
import java.util.regex.Pattern;

/** Twilio addresses WhatsApp users as {@code whatsapp:+<E.164>}; drafts hold a plain number. */
final class WhatsAppAddress {

  static final String PREFIX = "whatsapp:";

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s()\\-.]");

  private WhatsAppAddress() {}

  /**
   * {@code whatsapp:+<E.164>} for a number written as a person would ({@code +966 50 123 4567},
   * {@code 00966...}, or already prefixed); empty when it is not an international number.
   */
  static Optional<String> parse(String number) {
    if (number == null) {
      return Optional.empty();
    }
    String digits = SEPARATORS.matcher(number.strip()).replaceAll("");
    if (digits.startsWith(PREFIX)) {
      digits = digits.substring(PREFIX.length());
    }
    if (digits.startsWith("00")) {
      digits = "+" + digits.substring(2);
    }
    return E164.matcher(digits).matches() ? Optional.of(PREFIX + digits) : Optional.empty();
  }
}
