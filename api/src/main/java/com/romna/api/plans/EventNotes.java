package com.romna.api.plans;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a history note (written in English by the workflow, the delivery ledger or intake) into a
 * {@code code} and its {@code params}, so a client shows the event in its user's language. Times
 * become ISO-8601 instants with the plan's offset; a provider's error stays as the provider said it.
 * A note not known here keeps its words and gets no code (e.g. written by a newer workflow).
 */
final class EventNotes {

  record Reading(String code, Map<String, String> params) {}

  private static final String TIME = "(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} [\\w/+-]+)";
  private static final Pattern LOCAL_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}) ([\\w/+-]+)");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private record Rule(Pattern pattern, String code, List<String> names) {}

  private static final List<Rule> RULES = List.of(
      rule("created from a voice transcript", "created"),
      rule("waiting for approval until " + TIME, "waiting-approval", "until"),
      rule("approval expired at " + TIME, "approval-expired", "at"),
      rule("approved", "approved"),
      rule("scheduled for " + TIME, "scheduled", "at"),
      rule("next occurrence " + TIME, "next-occurrence", "at"),
      rule("retry asked by the user: delivering again", "retry"),
      rule("delivered via (\\w+) to (\\d+) recipient\\(s\\)", "delivered", "provider", "count"),
      rule("delivered via (\\w+); the cancel came while it was being sent", "delivered-despite-cancel", "provider"),
      rule("delivered via (\\w+)", "delivered", "provider"),
      rule("delivered before the cancel", "delivered-before-cancel"),
      rule("(\\w+) reports the message (\\w+)", "receipt", "provider", "status"),
      rule("cancelled by the user", "cancelled-by-user"),
      rule("cancelled (?:by an operator|from Temporal by an operator)", "cancelled-by-operator"),
      rule(".*; the attempt in flight did not get through", "cancelled-in-flight"),
      rule("the series has no occurrence left", "series-ended"),
      rule("its last occurrence \\(" + TIME + "\\) was skipped; nothing is left", "series-last-skipped", "at"),
      rule("draft edited \\(version (\\d+)\\); rescheduled to " + TIME, "draft-rescheduled", "version", "at"),
      rule("snoozed until " + TIME, "snoozed", "until"),
      rule("rescheduled to " + TIME, "rescheduled", "at"),
      rule("series paused", "series-paused"),
      rule("series resumed; next occurrence " + TIME, "series-resumed", "at"),
      rule("skipped the occurrence of " + TIME + "; next occurrence " + TIME, "skipped", "skipped", "next"),
      rule("approval reminder sent via (\\w+); the draft expires " + TIME, "approval-reminder-sent", "provider", "at"),
      rule("approval reminder not delivered \\((.+)\\); the draft still waits until " + TIME,
          "approval-reminder-failed", "error", "until"),
      rule("gave up after (\\d+) attempts; last error: (.+)", "gave-up-attempts", "attempts", "error"),
      rule("gave up: not delivered within the time it was worth sending(?:; last error: (.+))?", "gave-up-time", "error"));

  private EventNotes() {}

  /** What the note says, or null for an empty note. A failure not known here is {@code failed} with its words. */
  static Reading read(String status, String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(note);
      if (m.matches()) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < rule.names().size(); i++) {
          String said = m.group(i + 1);
          if (said != null) {
            params.put(rule.names().get(i), value(said));
          }
        }
        return new Reading(rule.code(), params);
      }
    }
    return "failed".equals(status) ? new Reading("failed", Map.of("error", note)) : null;
  }

  /** "2026-11-25 21:00 Asia/Riyadh" → "2026-11-25T21:00+03:00"; anything else as it is. */
  private static String value(String said) {
    Matcher m = LOCAL_TIME.matcher(said);
    if (!m.matches()) {
      return said;
    }
    try {
      return LocalDateTime.parse(m.group(1), LOCAL).atZone(ZoneId.of(m.group(2))).toOffsetDateTime().toString();
    } catch (RuntimeException e) {
      return said;
    }
  }

  private static Rule rule(String regex, String code, String... names) {
    return new Rule(Pattern.compile(regex), code, List.of(names));
  }
}
