package com.romna.activities.delivery;

import com.romna.workflows.ExecutionType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What ops graph: deliveries by provider, channel and outcome, and how late plans execute (a
 * histogram, so a burst of due plans shows as a tail). Lateness is the engine's: counted from the
 * due time, except for a draft approved only after it was due, which waited for its user, not for
 * the engine; its delay is counted from the approval, in a metric of its own.
 */
public class DeliveryMetrics {

  private final MeterRegistry registry;
  private final Timer lateness;
  private final Timer afterLateApproval;
  private final Clock clock;

  public DeliveryMetrics(MeterRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
    this.lateness = timer("romna.execution.lateness",
        "time from a plan's scheduledFor to its delivery (plans not waiting for a late approval)");
    this.afterLateApproval = timer("romna.execution.after.approval",
        "time from the approval to the delivery, for drafts approved after they were due");
  }

  private Timer timer(String name, String description) {
    return Timer.builder(name)
        .description(description)
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
    count(delivery.channel(), provider, repeated ? "repeated" : "delivered");
    if (!repeated) {
      Instant now = Instant.now(clock);
      if (delivery.approvedLate()) {
        afterLateApproval.record(positive(Duration.between(delivery.approvedAt(), now)));
      } else {
        lateness.record(positive(Duration.between(delivery.scheduledFor(), now)));
      }
    }
  }

  void failed(ExecutionType channel, String provider, DeliveryFailure failure) {
    count(channel, provider, failure.kind().name().toLowerCase(Locale.ROOT));
  }

  private static Duration positive(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }

  private void count(ExecutionType channel, String provider, String outcome) {
    Counter.builder("romna.deliveries")
        .description("delivery attempts by provider, channel and outcome")
        .tag("provider", provider)
        .tag("channel", channel.wire())
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }
}
