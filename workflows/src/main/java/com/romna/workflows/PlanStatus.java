package com.romna.workflows;

import java.util.Arrays;
import java.util.Optional;

/**
 * Plan lifecycle: {@code pending → scheduled | waiting_approval → scheduled → executed | failed};
 * {@code cancelled} from any state that is not terminal.
 */
public enum PlanStatus {
  PENDING("pending"),
  WAITING_APPROVAL("waiting_approval"),
  SCHEDULED("scheduled"),
  EXECUTED("executed"),
  FAILED("failed"),
  CANCELLED("cancelled");

  private final String wire;

  PlanStatus(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public boolean isTerminal() {
    return this == EXECUTED || this == FAILED || this == CANCELLED;
  }

  public static Optional<PlanStatus> parse(String value) {
    return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
  }

  public static PlanStatus fromWire(String value) {
    return parse(value)
        .orElseThrow(() -> new IllegalArgumentException("unknown plan status: " + value));
  }
}
