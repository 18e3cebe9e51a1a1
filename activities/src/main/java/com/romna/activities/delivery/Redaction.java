package com.romna.activities.delivery;

import java.util.Collection;
import java.util.Locale;

/**
 * Failure messages travel into Temporal's history (and the Web UI), which must not hold personal
 * content. Our own messages name no recipient, but a provider's explanation may quote the address
 * or the text it was given: those exact values (and a number's bare digits) are taken out of
 * whatever leaves the activity. Example addresses in a provider's help text stay readable.
 */
public final class Redaction {

  static final String MARK = "<redacted>";

  private Redaction() {}

  /** {@code message} without any of {@code personal} (values shorter than 3 characters are kept). */
  public static String scrub(String message, Collection<String> personal) {
    if (message == null) {
      return null;
    }
    String scrubbed = message;
    for (String value : personal) {
      if (value == null || value.strip().length() < 3) {
        continue;
      }
      scrubbed = removeIgnoringCase(scrubbed, value.strip());
      String digits = value.replaceAll("\\D", "");
      if (digits.length() >= 7) {
        scrubbed = scrubbed.replace(digits, MARK);
      }
    }
    return scrubbed;
  }

  private static String removeIgnoringCase(String text, String value) {
    String lower = text.toLowerCase(Locale.ROOT);
    String needle = value.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, from)) {
      out.append(text, from, at).append(MARK);
      from = at + needle.length();
    }
    return out.append(text.substring(from)).toString();
  }
}
