package com.romna.workflows.delivery;

import com.romna.workflows.ExecutionType;
import java.time.Instant;
import java.util.UUID;

/**
 * Which plan to deliver, and through which channel: identifiers only. The delivery activity reads
 * the recipient and the text from the plan's row, so they never enter Temporal's history.
 *
 * @param sendAt the instant the message is due when the workflow woke a lead before it: the worker
 *     holds the send until then (a cancel meanwhile still stops it); null: send at once
 */
public record DeliveryRequest(UUID planId, ExecutionType channel, Instant sendAt) {

  public DeliveryRequest(UUID planId, ExecutionType channel) {
    this(planId, channel, null);
  }

  /**
   * Derived from the plan and channel, never random: every retry of the same delivery carries the
   * same key, which the {@code deliveries} ledger (and providers that support it) use to send once.
   */
  public String idempotencyKey() {
    return "plan/" + planId + "/" + channel.wire();
  }
}
