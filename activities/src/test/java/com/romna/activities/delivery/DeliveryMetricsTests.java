package com.romna.activities.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.workflows.ExecutionType;
import com.romna.workflows.PlanPayload;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeliveryMetricsTests {

  private final Instant now = Instant.parse("2026-11-25T18:00:00Z");
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final DeliveryMetrics metrics = new DeliveryMetrics(registry, Clock.fixed(now, ZoneOffset.UTC));

  private Delivery email(Instant due, Instant approvedAt) {
    return new Delivery(UUID.randomUUID(), "u", ExecutionType.EMAIL,
        PlanPayload.email("a@example.com", "s", "b"), due, "UTC", "en", approvedAt);
  }

  @Test
  void latenessCountsFromTheDueTimeForAPlanApprovedBeforeIt() {
    metrics.delivered(email(now.minusSeconds(3), now.minus(Duration.ofHours(1))), "resend", false);

    assertThat(registry.timer("romna.execution.lateness").totalTime(TimeUnit.SECONDS)).isEqualTo(3);
    assertThat(registry.timer("romna.execution.after.approval").count()).isZero();
  }

  @Test
  void aDraftApprovedAfterItWasDueIsNotCountedAsTheEnginesLateness() {
    metrics.delivered(email(now.minus(Duration.ofDays(2)), now.minusSeconds(2)), "resend", false);

    assertThat(registry.timer("romna.execution.lateness").count()).isZero();
    assertThat(registry.timer("romna.execution.after.approval").totalTime(TimeUnit.SECONDS)).isEqualTo(2);
  }
}
