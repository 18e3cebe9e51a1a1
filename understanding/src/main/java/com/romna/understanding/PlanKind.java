package com.romna.understanding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of plan a request can create or be about, named as the plan store names them. */
public enum PlanKind {
  REMINDER,
  ALARM,
  EMAIL,
  WHATSAPP;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PlanKind> ofWire(String wire) {
    return Arrays.stream(values()).filter(k -> k.wire().equals(wire)).findFirst();
  }
}
