package com.romna.understanding;

import java.time.Instant;
import java.time.ZoneId;

/** The rule-based reading alone: the default, with no I/O. */
public final class RulesInterpreter implements TranscriptInterpreter {

  private final Understanding understanding;

  public RulesInterpreter(Understanding understanding) {
    this.understanding = understanding;
  }

  @Override
  public Reading interpret(String transcript, String localeHint, ZoneId zone, Instant now, Place location) {
    return new Reading(understanding.interpret(transcript, localeHint, zone, now, location), Reader.RULES);
  }
}
