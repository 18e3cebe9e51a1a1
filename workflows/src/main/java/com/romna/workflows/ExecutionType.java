package com.romna.workflows;

/** The channel a plan is delivered through; also the {@code deliveries.channel} value. */
public enum ExecutionType {
  NOTIFICATION("notification"),
  ALARM("alarm"),
  EMAIL("email"),
  WHATSAPP("whatsapp");

  private final String wire;

  ExecutionType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }
}
