package com.romna.activities.delivery;

import com.romna.workflows.delivery.Delivery;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What ops graph: deliveries by provider, channel and outcome, and how late plans execute against
 * their {@code scheduledFor} (a histogram, so a burst of due plans shows as a tail).
 */
public class DeliveryMetrics {

  private final MeterRegistry registry;
  private final Timer lateness;
  private final Clock clock;

  public DeliveryMetrics(MeterRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
    this.lateness =
        Timer.builder("romna.execution.lateness")
            .description("time from a plan's scheduledFor to its delivery")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(10))
            .maximumExpectedValue(Duration.ofHours(1))
            .register(registry);
  }

  /** For tests and tools that do not export metrics. */
  public static DeliveryMetrics none() {
    return new DeliveryMetrics(new SimpleMeterRegistry(), Clock.systemUTC());
  }

  void delivered(Delivery delivery, String provider, boolean repeated) {
    count(delivery, provider, repeated ? "repeated" : "delivered");
    if (!repeated) {
      Duration late = Duration.between(delivery.scheduledFor(), Instant.now(clock));
      lateness.record(late.isNegative() ? Duration.ZERO : late);
    }
  }

  void failed(Delivery delivery, String provider, DeliveryFailure failure) {
    count(delivery, provider, failure.kind().name().toLowerCase(java.util.Locale.ROOT));
  }

  private void count(Delivery delivery, String provider, String outcome) {
    Counter.builder("romna.deliveries")
        .description("delivery attempts by provider, channel and outcome")
        .tag("provider", provider)
        .tag("channel", delivery.channel().wire())
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }
}
