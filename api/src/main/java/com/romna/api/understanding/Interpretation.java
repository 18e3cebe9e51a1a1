package com.romna.api.understanding;

import com.romna.workflows.PlanPayload;
import java.time.Instant;
import java.util.List;

/**
 * What a transcript asks for. {@code missing} names what could not be understood ("intent",
 * "time", "recipient", "content"), so a caller can say exactly what to repeat.
 */
public record Interpretation(
    Intent intent, Instant scheduledFor, PlanPayload payload, String language, List<String> missing) {

  public Interpretation {
    missing = missing == null ? List.of() : List.copyOf(missing);
  }

  public boolean understood() {
    return intent != null && missing.isEmpty();
  }
}
