package com.romna.workflows.delivery;

import com.romna.workflows.ExecutionType;
import java.time.Instant;
import java.util.UUID;

/**
 * Which plan to deliver, through which channel, and which of its deliveries ({@code occurrence},
 * null for a plan's only one): identifiers and times only. The delivery activity reads
 * the recipient and the text from the plan's row, so they never enter Temporal's history.
 * {@code approvedVersion}: the draft version the user approved (email, WhatsApp), which the row
 * must still hold for anything to be sent; null when the plan needs no approval.
 */
public record DeliveryRequest(UUID planId, ExecutionType channel, Instant occurrence, Integer approvedVersion) {

  public DeliveryRequest(UUID planId, ExecutionType channel, Instant occurrence) {
    this(planId, channel, occurrence, null);
  }

  public DeliveryRequest(UUID planId, ExecutionType channel) {
    this(planId, channel, null, null);
  }

  /**
   * Derived from the plan and channel, never random: every retry of the same delivery carries the
   * same key, which the {@code deliveries} ledger (and providers that support it) use to send once.
   * A plan delivered more than once (a snoozed reminder ringing again, a series' occurrence) adds
   * the due time of that delivery, so each one is sent once and on its own.
   */
  public String idempotencyKey() {
    return key(planId, channel, occurrence);
  }

  public static String key(UUID planId, ExecutionType channel, Instant occurrence) {
    return "plan/" + planId + "/" + channel.wire() + (occurrence == null ? "" : "/" + occurrence);
  }
}
