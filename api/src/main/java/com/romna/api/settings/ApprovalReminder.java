package com.romna.api.settings;

import com.romna.api.web.ApiException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The approval reminder setting: how long before an email/WhatsApp draft expires its user is
 * reminded to approve it. On the wire an ISO-8601 duration ({@code "PT1H"}) or {@code "off"}; stored
 * as seconds, NULL for the default and 0 for off.
 */
public final class ApprovalReminder {

  public static final Duration DEFAULT = Duration.ofHours(1);
  static final String OFF = "off";
  private static final Duration SHORTEST = Duration.ofMinutes(1);
  private static final Duration LONGEST = Duration.ofDays(7);

  private ApprovalReminder() {}

  /** What the user sees: their lead, the default one, or {@code "off"}. */
  static String wire(Integer seconds) {
    return seconds == null ? DEFAULT.toString() : seconds == 0 ? OFF : Duration.ofSeconds(seconds).toString();
  }

  /** The lead before the expiry, or null when the user turned reminders off. */
  static Duration lead(String wire) {
    return wire == null ? DEFAULT : OFF.equals(wire) ? null : Duration.parse(wire);
  }

  /** What to store: null for the default (left out or null), 0 for off, else the lead in seconds. */
  static Integer seconds(String wire) {
    Duration lead = wire == null ? null : lead(wire);
    return wire == null ? null : lead == null ? 0 : (int) lead.toSeconds();
  }

  /**
   * The request's value, normalised ({@code "pt30m"} → {@code "PT30M"}, {@code "PT0S"} → {@code
   * "off"}); null stays null (the default). A 400 that says what is accepted otherwise.
   */
  static String parse(String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.strip().toUpperCase(Locale.ROOT);
    if (value.equals("OFF")) {
      return OFF;
    }
    Duration lead;
    try {
      lead = Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw invalid();
    }
    if (lead.isZero()) {
      return OFF;
    }
    if (lead.compareTo(SHORTEST) < 0 || lead.compareTo(LONGEST) > 0 || lead.getNano() != 0) {
      throw invalid();
    }
    return lead.toString();
  }

  private static ApiException invalid() {
    return ApiException.badRequest(
        "invalid-approval-reminder",
        "'approvalReminder' must say how long before a draft expires to remind you, from 1 minute to 7 days as"
            + " an ISO-8601 duration like \"PT1H\" or \"PT30M\", or \"off\".");
  }
}
