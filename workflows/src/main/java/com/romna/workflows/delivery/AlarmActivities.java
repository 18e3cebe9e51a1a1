package com.romna.workflows.delivery;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

@ActivityInterface
public interface AlarmActivities {

  /**
   * Delivers a high-priority alarm message that the user's app turns into a ringing alarm, read from the plan's row, and records the plan as {@code executed} (status,
   * {@code executed_at}, attempts, a {@code plan_events} row) together with the {@code deliveries}
   * row.
   *
   * <p>A regular activity under the retry policy of {@code DeliveryPolicy}. Idempotent by {@link
   * DeliveryRequest#idempotencyKey()}: a retry after a delivery that succeeded returns the earlier
   * receipt and sends nothing. Sends nothing once the plan's cancel fence is up ({@code
   * PLAN_CANCELLED}); failures the provider will never accept are non-retryable {@code
   * DELIVERY_REJECTED}; a provider's Retry-After comes back as the failure's next retry delay.
   */
  @ActivityMethod(name = "RingAlarm")
  DeliveryReceipt ringAlarm(DeliveryRequest request);
}
