package com.romna.api.plans;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One entry of a plan's status history, timed in the plan's zone. {@code note} is the entry in
 * English; {@code code} and {@code params} say the same for a client to put in its user's language
 * (both absent for a note without a code).
 */
public record PlanEvent(String status, String note, OffsetDateTime at, String code, Map<String, String> params) {

  static PlanEvent of(String status, String note, OffsetDateTime at) {
    EventNotes.Reading reading = EventNotes.read(status, note);
    return reading == null ? new PlanEvent(status, note, at, null, null)
        : new PlanEvent(status, note, at, reading.code(), reading.params().isEmpty() ? null : reading.params());
  }
}
