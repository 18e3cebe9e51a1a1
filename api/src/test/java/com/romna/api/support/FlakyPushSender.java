package com.romna.api.support;

import com.romna.activities.delivery.LocalOutbox;
import com.romna.activities.delivery.PushSender;
import com.romna.activities.delivery.SentMessage;
import com.romna.workflows.delivery.Delivery;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The local outbox, except that an armed plan's first send fails like a provider outage. */
public class FlakyPushSender implements PushSender {

  private final PushSender outbox = new LocalOutbox.Push();
  private final Set<UUID> failOnce = ConcurrentHashMap.newKeySet();

  public void failOnceFor(UUID planId) {
    failOnce.add(planId);
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
    if (failOnce.remove(delivery.planId())) {
      throw new IllegalStateException("push provider unavailable (simulated)");
    }
    return outbox.send(delivery, recipient, idempotencyKey);
  }
}
