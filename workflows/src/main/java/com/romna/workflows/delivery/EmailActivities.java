package com.romna.workflows.delivery;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

@ActivityInterface
public interface EmailActivities {

  /**
   * Delivers the approved email draft, and records the plan as {@code executed} (status, {@code executed_at},
   * attempts, a {@code plan_events} row) in the same transaction as the {@code deliveries} row.
   *
   * <p>Idempotent by {@link Delivery#idempotencyKey()}: a retry after a delivery that succeeded
   * returns the earlier receipt and sends nothing. Safe to retry with backoff; failures the
   * provider will never accept are raised as non-retryable {@code DELIVERY_REJECTED}.
   */
  @ActivityMethod(name = "SendEmail")
  DeliveryReceipt sendEmail(Delivery delivery);
}
