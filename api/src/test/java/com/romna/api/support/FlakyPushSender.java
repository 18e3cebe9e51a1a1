package com.romna.api.support;

import com.romna.activities.delivery.DeliveryFailure;
import com.romna.activities.delivery.LocalOutbox;
import com.romna.activities.delivery.PushSender;
import com.romna.activities.delivery.SentMessage;
import com.romna.activities.delivery.Delivery;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local outbox, except that an armed plan's first send fails like a provider outage that asks
 * to be tried again in a minute (Retry-After).
 */
public class FlakyPushSender implements PushSender {

  private final PushSender outbox = new LocalOutbox.Push();
  private final Set<UUID> failOnce = ConcurrentHashMap.newKeySet();
  private final Set<UUID> refused = ConcurrentHashMap.newKeySet();

  public void failOnceFor(UUID planId) {
    failOnce.add(planId);
  }

  /** Every send of the plan is refused for good (non-retryable), until {@link #accept}. */
  public void refuse(UUID planId) {
    refused.add(planId);
  }

  public void accept(UUID planId) {
    refused.remove(planId);
  }

  @Override
  public String provider() {
    return outbox.provider();
  }

  @Override
  public List<String> recipients(Delivery delivery) {
    return outbox.recipients(delivery);
  }

  @Override
  public SentMessage send(Delivery delivery, String recipient, String idempotencyKey) {
    if (refused.contains(delivery.planId())) {
      throw DeliveryFailure.rejected("the device token is not valid (simulated)", null);
    }
    if (failOnce.remove(delivery.planId())) {
      throw DeliveryFailure.unavailable(
          "push provider unavailable (simulated)", Duration.ofMinutes(1), null);
    }
    return outbox.send(delivery, recipient, idempotencyKey);
  }
}
