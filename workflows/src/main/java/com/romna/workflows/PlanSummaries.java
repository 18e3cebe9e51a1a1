package com.romna.workflows;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The words ops read in the Temporal Web UI: a one-line summary, details, and the current state.
 * Computed by the client that starts the plan, from the plan's row: recipients are masked and
 * message bodies left out; the reminder's title is shown, so ops can tell plans apart. Pure
 * functions, so workflow code may use them.
 */
public final class PlanSummaries {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int TITLE_LENGTH = 40;

  private PlanSummaries() {}

  /** E.g. {@code reminder · medicine · 2026-11-25 21:00 Asia/Riyadh}. */
  public static String summary(ExecutionInput input, PlanPayload payload) {
    String what =
        switch (input.intentType()) {
          case REMINDER -> shorten(payload.title());
          case ALARM -> shorten(payload.label());
          case EMAIL, WHATSAPP -> "to " + maskRecipient(payload.to());
        };
    return input.intentType().wire() + " · " + what + " · " + local(input.scheduledFor(), input.timezone());
  }

  public static String details(ExecutionInput input, PlanPayload payload) {
    StringBuilder details =
        new StringBuilder()
            .append("**plan** ").append(input.planId()).append('\n')
            .append("**intent** ").append(input.intentType().wire()).append('\n')
            .append("**scheduled for** ").append(local(input.scheduledFor(), input.timezone()));
    if (input.intentType().requiresApproval()) {
      details.append('\n').append("**recipient** ").append(maskRecipient(payload.to()));
      if (input.approvalExpiresAt() != null) {
        details.append('\n').append("**approval expires** ")
            .append(local(input.approvalExpiresAt(), input.timezone()));
      }
    }
    return details.toString();
  }

  /** A time as the user reads it: {@code 2026-11-25 21:00 Asia/Riyadh}. */
  public static String local(Instant instant, String timezone) {
    ZoneId zone = ZoneId.of(timezone);
    return LOCAL.format(instant.atZone(zone)) + " " + zone.getId();
  }

  /** {@code j***@example.com}, {@code +966*****567}: enough to tell drafts apart, not to contact. */
  public static String maskRecipient(String recipient) {
    if (recipient == null || recipient.isBlank()) {
      return "(none)";
    }
    int at = recipient.indexOf('@');
    if (at > 0) {
      return recipient.charAt(0) + "***" + recipient.substring(at);
    }
    if (recipient.length() <= 7) {
      return "***";
    }
    return recipient.substring(0, 4) + "*".repeat(recipient.length() - 7)
        + recipient.substring(recipient.length() - 3);
  }

  private static String shorten(String text) {
    if (text == null || text.isBlank()) {
      return "(untitled)";
    }
    String stripped = text.strip();
    return stripped.length() <= TITLE_LENGTH ? stripped : stripped.substring(0, TITLE_LENGTH) + "…";
  }
}
