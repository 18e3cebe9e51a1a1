package com.romna.activities.delivery;

import com.romna.workflows.ExecutionType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.delivery.DeliveryRequest;
import java.time.Instant;
import java.util.UUID;

/**
 * One message to deliver for a plan, through the plan's channel, as read from the plan's row by
 * the delivery activity. It lives only inside the activity: the workflow knows the plan's id, never
 * its content.
 *
 * @param locale the user's language ("ar", "en"...), or null when unknown
 * @param approvedAt when the user approved the draft, or null (reminders, alarms)
 * @param occurrence which of the plan's deliveries this is (a snoozed reminder's next ring), or null
 *     for its only one
 * @param notice a message to the user about the plan instead of the plan's own (an approval
 *     reminder), or null
 */
public record Delivery(
    UUID planId,
    String userId,
    ExecutionType channel,
    PlanPayload payload,
    Instant scheduledFor,
    String timezone,
    String locale,
    Instant approvedAt,
    Instant occurrence,
    Notice notice) {

  public Delivery(
      UUID planId,
      String userId,
      ExecutionType channel,
      PlanPayload payload,
      Instant scheduledFor,
      String timezone,
      String locale,
      Instant approvedAt) {
    this(planId, userId, channel, payload, scheduledFor, timezone, locale, approvedAt, null, null);
  }

  public Delivery(
      UUID planId,
      String userId,
      ExecutionType channel,
      PlanPayload payload,
      Instant scheduledFor,
      String timezone,
      String locale) {
    this(planId, userId, channel, payload, scheduledFor, timezone, locale, null, null, null);
  }

  /** Derived from the plan and channel (or the notice), never random (see {@code DeliveryRequest}). */
  public String idempotencyKey() {
    return notice != null ? notice.key() : DeliveryRequest.key(planId, channel, occurrence);
  }

  /** What the {@code deliveries} row is for: the plan's own message, or a notice about it. */
  public String purpose() {
    return notice != null ? notice.purpose() : Notice.PLAN;
  }

  /** The same delivery, carrying a notice about the plan instead of the plan's message. */
  public Delivery withNotice(Notice about) {
    return new Delivery(planId, userId, channel, payload, scheduledFor, timezone, locale, approvedAt,
        occurrence, about);
  }

  /** True when the user approved only after the message was due: it then waited for them. */
  public boolean approvedLate() {
    return approvedAt != null && approvedAt.isAfter(scheduledFor);
  }
}
