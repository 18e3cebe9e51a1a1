package com.romna.api.understanding;

import com.romna.workflows.PlanPayload;
import java.time.Instant;
import java.util.List;

/**
 * What a transcript asks for. {@code missing} names what could not be understood ("intent",
 * "time", "recipient", "content"), so a caller can say exactly what to repeat. A request about
 * existing plans ("cancel my reminder") has no intent but a {@code command}, and misses nothing.
 *
 * <p>{@code recipientName} is a contact's name as it was said ("Sara", "أحمد") where an e-mail or
 * WhatsApp request names someone instead of giving an address or number; the payload's {@code to}
 * is then empty until the name is looked up in the user's contacts. A national number ("0501234567")
 * is left in {@code to} as said, for the user's country code to complete.
 */
public record Interpretation(Intent intent, Instant scheduledFor, PlanPayload payload, String language,
    List<String> missing, PlanCommand command, String recipientName) {

  public Interpretation {
    missing = missing == null ? List.of() : List.copyOf(missing);
  }

  public Interpretation(Intent intent, Instant scheduledFor, PlanPayload payload, String language,
      List<String> missing, PlanCommand command) {
    this(intent, scheduledFor, payload, language, missing, command, null);
  }

  public Interpretation(Intent intent, Instant scheduledFor, PlanPayload payload, String language,
      List<String> missing) {
    this(intent, scheduledFor, payload, language, missing, null, null);
  }

  public boolean understood() {
    return intent != null && missing.isEmpty();
  }

  /** The same interpretation sending to {@code to}, e.g. once a contact's name has been looked up. */
  public Interpretation withRecipient(String to) {
    PlanPayload p = payload;
    PlanPayload addressed = new PlanPayload(p.title(), p.label(), to, p.subject(), p.body(), p.message());
    return new Interpretation(intent, scheduledFor, addressed, language, missing, command, recipientName);
  }
}
