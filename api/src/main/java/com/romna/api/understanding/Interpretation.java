package com.romna.api.understanding;

import com.romna.workflows.PlanPayload;
import java.time.Instant;
import java.util.List;

/**
 * What a transcript asks for. {@code missing} names what could not be understood ("intent",
 * "time", "recipient", "content"), so a caller can say exactly what to repeat. A request about
 * existing plans ("cancel my reminder") has no intent but a {@code command}, and misses nothing.
 */
public record Interpretation(Intent intent, Instant scheduledFor, PlanPayload payload, String language,
    List<String> missing, PlanCommand command) {

  public Interpretation {
    missing = missing == null ? List.of() : List.copyOf(missing);
  }

  public Interpretation(Intent intent, Instant scheduledFor, PlanPayload payload, String language,
      List<String> missing) {
    this(intent, scheduledFor, payload, language, missing, null);
  }

  public boolean understood() {
    return intent != null && missing.isEmpty();
  }
}
