package com.romna.workflows;

import java.util.Arrays;

/** What a plan is, as stored in {@code execution_plans.intent_type}, and how it is delivered. */
public enum IntentType {
  REMINDER("reminder", ExecutionType.NOTIFICATION, false),
  ALARM("alarm", ExecutionType.ALARM, false),
  EMAIL("email", ExecutionType.EMAIL, true),
  WHATSAPP("whatsapp", ExecutionType.WHATSAPP, true);

  private final String wire;
  private final ExecutionType executionType;
  private final boolean requiresApproval;

  IntentType(String wire, ExecutionType executionType, boolean requiresApproval) {
    this.wire = wire;
    this.executionType = executionType;
    this.requiresApproval = requiresApproval;
  }

  public String wire() {
    return wire;
  }

  public ExecutionType executionType() {
    return executionType;
  }

  /** Email and WhatsApp never leave without the user's approval. */
  public boolean requiresApproval() {
    return requiresApproval;
  }

  public static IntentType fromWire(String value) {
    return Arrays.stream(values())
        .filter(t -> t.wire.equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown intent type: " + value));
  }
}
