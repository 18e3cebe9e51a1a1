package com.romna.workflows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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

  /**
   * The terminal statuses as an SQL list, {@code ('executed','failed','cancelled')}, so that no
   * query spells them out again; {@link #isTerminal()} is the one definition.
   */
  public static final String TERMINAL_SQL =
      Arrays.stream(values())
          .filter(PlanStatus::isTerminal)
          .map(s -> "'" + s.wire + "'")
          .collect(Collectors.joining(",", "(", ")"));

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

  /** The values a client may name, in lifecycle order, e.g. for an error listing them. */
  public static List<String> wireValues() {
    return Arrays.stream(values()).map(PlanStatus::wire).toList();
  }

  public static Optional<PlanStatus> parse(String value) {
    return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
  }

  public static PlanStatus fromWire(String value) {
    return parse(value)
        .orElseThrow(() -> new IllegalArgumentException("unknown plan status: " + value));
  }
}
