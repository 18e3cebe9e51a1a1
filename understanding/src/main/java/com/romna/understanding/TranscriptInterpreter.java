package com.romna.understanding;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Turns a transcript into an {@link Interpretation}, and says who read it. The rules ({@link
 * RulesInterpreter}) are the default; an optional LLM reader ({@code com.romna.api.llm}) may answer
 * for transcripts the rules do not understand. Never creates or executes anything.
 */
public interface TranscriptInterpreter {

  /** Same arguments as {@link Understanding#interpret}; prayer times at the zone's principal city. */
  default Reading interpret(String transcript, String localeHint, ZoneId zone, Instant now) {
    return interpret(transcript, localeHint, zone, now, null);
  }

  /** Same arguments as {@link Understanding#interpret(String, String, ZoneId, Instant, Place)}. */
  Reading interpret(String transcript, String localeHint, ZoneId zone, Instant now, Place location);

  /** An interpretation and the reader whose reading it is. */
  record Reading(Interpretation interpretation, Reader by) {}

  enum Reader {
    RULES,
    LLM;

    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
