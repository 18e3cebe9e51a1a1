package com.romna.activities.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the worker sends deliveries it holds until their due instant ({@link HeldSends}).
 *
 * @param sendThreads sends running at once when many fall due together (a provider's needs a
 *     database connection and an HTTP call; the local outbox's wait for their batch's one statement,
 *     so more threads make fuller batches)
 * @param completionThreads calls reporting finished sends back to Temporal at once
 * @param fenceCheck how often the held plans' cancel fences are read: the longest a cancel waits
 *     for a held send to let go
 */
@ConfigurationProperties("romna.delivery")
public record DeliverySettings(int sendThreads, int completionThreads, Duration fenceCheck) {

  public DeliverySettings {
    sendThreads = sendThreads > 0 ? sendThreads : 64;
    completionThreads = completionThreads > 0 ? completionThreads : 4;
    fenceCheck = fenceCheck != null && !fenceCheck.isNegative() && !fenceCheck.isZero() ? fenceCheck : Duration.ofMillis(250);
  }

  public static DeliverySettings defaults() {
    return new DeliverySettings(0, 0, null);
  }
}
