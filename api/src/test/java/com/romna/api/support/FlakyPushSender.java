package com.romna.api.support;

import com.romna.activities.delivery.LocalOutbox;
import com.romna.activities.delivery.PushSender;
import com.romna.activities.delivery.SentMessage;
import com.romna.workflows.delivery.Delivery;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The local outbox, except that an armed plan's first send fails like a provider outage. */
public class FlakyPushSender implements PushSender {

  private final LocalOutbox outbox;
  private final Set<UUID> failOnce = ConcurrentHashMap.newKeySet();
  public final AtomicInteger calls = new AtomicInteger();

  FlakyPushSender(LocalOutbox outbox) {
    this.outbox = outbox;
  }

  public void failOnceFor(UUID planId) {
    failOnce.add(planId);
  }

  private void maybeFail(Delivery delivery) {
    calls.incrementAndGet();
    if (failOnce.remove(delivery.planId())) {
      throw new IllegalStateException("push provider unavailable (simulated)");
    }
  }

  @Override
  public SentMessage sendNotification(Delivery delivery) {
    maybeFail(delivery);
    return outbox.sendNotification(delivery);
  }

  @Override
  public SentMessage sendAlarm(Delivery delivery) {
    maybeFail(delivery);
    return outbox.sendAlarm(delivery);
  }
}
