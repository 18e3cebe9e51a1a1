package com.romna.workflows.delivery;

import com.romna.workflows.ExecutionType;
import com.romna.workflows.PlanPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * One message to deliver for a plan, through the plan's channel.
 *
 * @param locale the user's language ("ar", "en"...), or null when unknown
 * @param attempt which try this is (1, 2, ...), counted by the workflow; 0 when the activity's
 *     own retries count (workflows started before the workflow retried deliveries itself)
 */
public record Delivery(
    UUID planId,
    String userId,
    ExecutionType channel,
    PlanPayload payload,
    Instant scheduledFor,
    String timezone,
    String locale,
    int attempt) {

  public Delivery(
      UUID planId,
      String userId,
      ExecutionType channel,
      PlanPayload payload,
      Instant scheduledFor,
      String timezone,
      String locale) {
    this(planId, userId, channel, payload, scheduledFor, timezone, locale, 0);
  }

  public Delivery withAttempt(int attempt) {
    return new Delivery(planId, userId, channel, payload, scheduledFor, timezone, locale, attempt);
  }

  /**
   * Derived from the plan and channel, never random: every retry of the same delivery carries the
   * same key, which the {@code deliveries} ledger (and providers that support it) use to send once.
   */
  public String idempotencyKey() {
    return "plan/" + planId + "/" + channel.wire();
  }
}
