package com.romna.workflows.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * Which draft to remind its user of, and the expiry the reminder is about: an identifier and a
 * time only. The activity reads the draft's title, the user's language and zone from the plan's
 * row, so none of it enters Temporal's history.
 */
public record ApprovalReminderRequest(UUID planId, Instant expiresAt) {

  /**
   * One reminder per draft, never random: a retried activity or a re-driven workflow finds the
   * reminder already in the {@code deliveries} ledger and sends nothing again. Edits keep the key
   * (they do not move the approval expiry), so an edited draft is not reminded twice.
   */
  public String idempotencyKey() {
    return key(planId);
  }

  public static String key(UUID planId) {
    return "plan/" + planId + "/approval-reminder";
  }
}
