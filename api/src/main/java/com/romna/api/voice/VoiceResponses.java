package com.romna.api.voice;

import com.romna.understanding.Interpretation;
import com.romna.understanding.PlanCommand;
import com.romna.workflows.PlanPayload;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Response bodies of the voice endpoints. Times carry the user's offset. */
final class VoiceResponses {

  private VoiceResponses() {}

  /** Seed-compatible answer of {@code /api/voice/decide}. */
  record Decided(
      boolean success,
      String intent,
      String action,
      UUID planId,
      String intentType,
      String status,
      OffsetDateTime scheduledFor,
      boolean requiresApproval,
      PlanPayload payload) {}

  /**
   * What was understood; also the body of a 422 when it is not enough to make a plan. {@code
   * interpretedBy} says whose reading it is: "rules" or "llm". {@code recipientName}: the contact's
   * name as said ("email Sara"); {@code recipientProblem}: why that name or a local number does not
   * resolve to an address for this user (null when it does).
   */
  record Interpreted(
      boolean understood,
      String intent,
      String intentType,
      OffsetDateTime scheduledFor,
      PlanPayload payload,
      String language,
      List<String> missing,
      Command command,
      String interpretedBy,
      String recipientName,
      String recipientProblem) {

    static Interpreted of(Interpreting.Understood understood) {
      return of(understood, understood.interpretation(), null);
    }

    /** {@code in}: the reading with its recipient resolved for the caller, where it could be. */
    static Interpreted of(
        Interpreting.Understood understood, Interpretation in, String recipientProblem) {
      ZoneId zone = understood.zone();
      return new Interpreted(
          in.understood(),
          in.intent() == null ? null : in.intent().wire(),
          in.intent() == null ? null : in.intent().kind().wire(),
          in.scheduledFor() == null ? null : in.scheduledFor().atZone(zone).toOffsetDateTime(),
          PlanShapes.payload(in),
          in.language(),
          in.missing(),
          Command.of(in.command()),
          understood.by().wire(),
          in.recipientName(),
          recipientProblem);
    }
  }

  /** A request about existing plans ("cancel my reminder"): {@code action} cancel, snooze or list. */
  record Command(String action, String target, Long delaySeconds) {

    static Command of(PlanCommand command) {
      if (command == null) {
        return null;
      }
      return new Command(
          command.action().wire(),
          command.target() == null ? null : command.target().wire(),
          command.delay() == null ? null : command.delay().toSeconds());
    }
  }
}
