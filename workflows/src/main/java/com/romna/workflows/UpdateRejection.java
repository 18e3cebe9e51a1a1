package com.romna.workflows;

import io.temporal.failure.ApplicationFailure;
import java.util.Arrays;
import java.util.Optional;

/**
 * Why an update's validator turned it down. Rejected updates leave nothing in the history; the
 * caller reads the reason here. The type travels in the message ("PLAN_SENDING: …"): Temporal Java
 * SDK 1.38 serializes a validator's {@code ApplicationFailure} twice and loses its type
 * (sdk-java#2875), so validators throw a plain exception with the type in front.
 */
public record UpdateRejection(FailureType type, String reason) {

  static IllegalArgumentException of(FailureType type, String reason) {
    return new IllegalArgumentException(type.name() + ": " + reason);
  }

  /** The rejection somewhere in a failed update's causes, if the validator rejected it. */
  public static Optional<UpdateRejection> in(Throwable failure) {
    for (Throwable c = failure; c != null; c = c.getCause()) {
      String message = c instanceof ApplicationFailure app ? app.getOriginalMessage() : c.getMessage();
      Optional<UpdateRejection> found = parse(message);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<UpdateRejection> parse(String message) {
    if (message == null) {
      return Optional.empty();
    }
    int colon = message.indexOf(": ");
    String head = colon < 0 ? "" : message.substring(0, colon);
    return Arrays.stream(FailureType.values())
        .filter(t -> t.name().equals(head))
        .findFirst()
        .map(t -> new UpdateRejection(t, message.substring(colon + 2)));
  }
}
