package com.romna.understanding;

import java.time.Instant;
import java.util.List;

/**
 * What a transcript asks for. {@code missing} names what could not be understood ("intent",
 * "time", "recipient", "content"), so a caller can say exactly what to repeat. A request about
 * existing plans ("cancel my reminder") has no intent but a {@code command}, and misses nothing.
 *
 * <p>{@code recipient} is the e-mail address or phone number as said; a national number
 * ("0501234567") stays as said, for the user's country code to complete. {@code recipientName} is a
 * contact's name as it was said ("Sara", "أحمد") where a request names someone instead of giving an
 * address or number; {@code recipient} is then null until the name is looked up in the user's contacts.
 *
 * <p>{@code recurrence} says how a repeating request repeats (its first occurrence is {@code scheduledFor});
 * {@code timeProblem} why a time that was said gives no instant; {@code place} where prayer times were
 * computed, when a prayer was named; {@code reply} a short sentence to speak back, in the user's language.
 */
public record Interpretation(Intent intent, Instant scheduledFor, Content content, String recipient,
    String language, List<String> missing, PlanCommand command, String recipientName, Recurrence recurrence,
    TimeProblem timeProblem, Place place, String reply) {

  /** Why a time that was said gives no instant: too vague, contradicting, or already past. */
  public enum TimeProblem {
    UNCLEAR,
    AMBIGUOUS,
    PAST;

    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Interpretation {
    missing = missing == null ? List.of() : List.copyOf(missing);
  }

  public Interpretation(Intent intent, Instant scheduledFor, Content content, String recipient, String language,
      List<String> missing, PlanCommand command, String recipientName) {
    this(intent, scheduledFor, content, recipient, language, missing, command, recipientName, null, null, null,
        null);
  }

  public Interpretation(Intent intent, Instant scheduledFor, Content content, String recipient, String language,
      List<String> missing) {
    this(intent, scheduledFor, content, recipient, language, missing, null, null);
  }

  /** Nothing to create: no intent, or a command about existing plans. */
  static Interpretation none(String language, List<String> missing, PlanCommand command) {
    return new Interpretation(null, null, null, null, language, missing, command, null);
  }

  Interpretation with(Recurrence r, TimeProblem problem) {
    return new Interpretation(intent, scheduledFor, content, recipient, language, missing, command, recipientName,
        r, problem, place, reply);
  }

  /** The same interpretation with its reply and the place its prayer times were computed for. */
  Interpretation with(Place where, String sentence) {
    return new Interpretation(intent, scheduledFor, content, recipient, language, missing, command, recipientName,
        recurrence, timeProblem, where, sentence);
  }

  /** The same interpretation with another reply, e.g. once a recipient was looked up. */
  public Interpretation withReply(String sentence) {
    return with(place, sentence);
  }

  public boolean understood() {
    return intent != null && missing.isEmpty();
  }

  /** The same interpretation sending to {@code to}, e.g. once a contact's name has been looked up. */
  public Interpretation withRecipient(String to) {
    return new Interpretation(intent, scheduledFor, content, to, language, missing, command, recipientName,
        recurrence, timeProblem, place, reply);
  }
}
