package com.romna.api.ops;

import io.grpc.health.v1.HealthCheckResponse;
import io.temporal.serviceclient.WorkflowServiceStubs;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness follows Temporal: without it no plan can start or run. Contributes as {@code
 * temporal} to {@code /actuator/health} and its readiness group.
 */
@Component("temporal")
class TemporalHealthIndicator extends AbstractHealthIndicator {

  private final WorkflowServiceStubs stubs;

  TemporalHealthIndicator(WorkflowServiceStubs stubs) {
    super("Temporal health check failed");
    this.stubs = stubs;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    HealthCheckResponse.ServingStatus status = stubs.healthCheck().getStatus();
    builder.withDetail("target", String.valueOf(stubs.getOptions().getTarget())).withDetail("serving", status.name());
    if (status == HealthCheckResponse.ServingStatus.SERVING) {
      builder.up();
    } else {
      builder.down();
    }
  }
}
