package com.romna.workflows;

/** What a cancel achieved, told at the moment it was asked. */
public enum CancelOutcome {
  /** Nothing was sent and nothing will be: the plan is {@code cancelled}. */
  CANCELLED("cancelled"),
  /** The message had already left: the plan is (or is about to be) {@code executed}. */
  ALREADY_SENT("already_sent"),
  /**
   * A delivery attempt was in flight: no further attempt will start, and the plan ends {@code
   * executed} if that attempt got through, otherwise {@code cancelled}.
   */
  SENDING("sending");

  private final String wire;

  CancelOutcome(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }
}
