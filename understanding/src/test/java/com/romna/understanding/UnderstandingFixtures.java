package com.romna.understanding;

import java.time.Instant;
import java.time.ZoneId;

/** A fixed "now" (Wednesday 2026-11-25 17:00 UTC) and zones shared by the understanding tests. */
final class UnderstandingFixtures {
  static final Instant NOW = Instant.parse("2026-11-25T17:00:00Z");
  static final ZoneId UTC = ZoneId.of("UTC");
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static final Understanding UNDERSTANDING = new Understanding();

  private UnderstandingFixtures() {}

  static Interpretation interpret(String transcript) {
    return UNDERSTANDING.interpret(transcript, null, UTC, NOW);
  }

  static Interpretation interpret(String transcript, ZoneId zone, Instant now) {
    return UNDERSTANDING.interpret(transcript, null, zone, now);
  }

  static Instant utc(String localDateTime) {
    return Instant.parse(localDateTime + "Z");
  }
}
