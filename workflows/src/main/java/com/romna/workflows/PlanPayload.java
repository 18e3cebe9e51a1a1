package com.romna.workflows;

import java.util.Arrays;
import java.util.List;

/**
 * What a plan delivers. One shape for all intents so it round-trips through Temporal and the
 * {@code payload} jsonb column alike; each intent uses its own fields and leaves the rest null:
 * reminder {@code title}; alarm {@code label}; email {@code to, subject, body}; WhatsApp {@code to,
 * message}.
 */
public record PlanPayload(
    String title, String label, String to, String subject, String body, String message) {

  /** Every value that is the user's own content, for keeping it out of logs and histories. */
  public List<String> personal() {
    return Arrays.asList(title, label, to, subject, body, message);
  }

  public static PlanPayload reminder(String title) {
    return new PlanPayload(title, null, null, null, null, null);
  }

  public static PlanPayload alarm(String label) {
    return new PlanPayload(null, label, null, null, null, null);
  }

  public static PlanPayload email(String to, String subject, String body) {
    return new PlanPayload(null, null, to, subject, body, null);
  }

  public static PlanPayload whatsApp(String to, String message) {
    return new PlanPayload(null, null, to, null, null, message);
  }
}
