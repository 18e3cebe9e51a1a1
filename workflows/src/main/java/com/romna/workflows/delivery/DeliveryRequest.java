package com.romna.workflows.delivery;

import com.romna.workflows.ExecutionType;
import java.util.UUID;

/**
 * Which plan to deliver, and through which channel: identifiers only. The delivery activity reads
 * the recipient and the text from the plan's row, so they never enter Temporal's history.
 */
public record DeliveryRequest(UUID planId, ExecutionType channel) {

  /**
   * Derived from the plan and channel, never random: every retry of the same delivery carries the
   * same key, which the {@code deliveries} ledger (and providers that support it) use to send once.
   */
  public String idempotencyKey() {
    return "plan/" + planId + "/" + channel.wire();
  }
}
