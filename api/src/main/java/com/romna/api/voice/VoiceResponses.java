package com.romna.api.voice;

import com.romna.understanding.Interpretation;
import com.romna.understanding.PlanCommand;
import com.romna.understanding.Place;
import com.romna.workflows.PlanPayload;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Response bodies of the voice endpoints. Times carry the user's offset. */
final class VoiceResponses {

  private VoiceResponses() {}

  /**
   * Seed-compatible answer of {@code /api/voice/decide}: the plan created (201), or for a command on
   * existing plans (200) the plan it acted on with {@code command} and, for a cancel, what it
   * achieved ({@code cancel}); a list names its plans in {@code plans} and has no single plan. A
   * repeating plan carries its rule in {@code recurrence}; {@code scheduledFor} is its next occurrence.
   */
  record Decided(
      boolean success,
      String intent,
      String action,
      UUID planId,
      String intentType,
      String status,
      OffsetDateTime scheduledFor,
      Boolean requiresApproval,
      PlanPayload payload,
      String reply,
      String command,
      String cancel,
      List<PlanBriefs.Brief> plans,
      String recurrence) {

    Decided(boolean success, String intent, String action, UUID planId, String intentType, String status,
        OffsetDateTime scheduledFor, boolean requiresApproval, PlanPayload payload, String reply) {
      this(success, intent, action, planId, intentType, status, scheduledFor, requiresApproval, payload, reply,
          null, null, null, null);
    }
  }

  /**
   * What was understood; also the body of a 422 when it is not enough to make a plan. {@code
   * interpretedBy} says whose reading it is: "rules" or "llm". {@code recipientName}: the contact's
   * name as said ("email Sara"); {@code recipientProblem}: why that name or a local number does not
   * resolve to an address for this user (null when it does). {@code reply}: a sentence to speak back in the
   * user's language; {@code recurrence}: an RFC 5545 RRULE for a repeating request; {@code timeProblem}: why a
   * time that was said gives none ("unclear", "ambiguous", "past"); {@code location}: where prayer times were
   * computed, when a prayer was named.
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
      String recipientProblem,
      String reply,
      String recurrence,
      String timeProblem,
      PrayerPlace location) {

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
          Command.of(in.command(), zone),
          understood.by().wire(),
          in.recipientName(),
          recipientProblem,
          in.reply(),
          in.recurrence() == null ? null : in.recurrence().rule(),
          in.timeProblem() == null ? null : in.timeProblem().wire(),
          PrayerPlace.of(in.place()));
    }
  }

  /** Where prayer times were computed, and why there: "request", "settings" or "zone" (its principal city). */
  record PrayerPlace(String name, double latitude, double longitude, String source) {

    static PrayerPlace of(Place p) {
      return p == null ? null : new PrayerPlace(p.name(), p.latitude(), p.longitude(), p.source());
    }
  }

  /**
   * A request or question about existing plans, for the caller to act on: {@code action} cancel, snooze,
   * reschedule, list or query; which plan ({@code target} kind, the words that name it, the time it was set for,
   * {@code last} for "the last one"); how long to snooze; the new time of a reschedule.
   */
  record Command(String action, String target, String about, OffsetDateTime at, boolean last, Long delaySeconds,
      OffsetDateTime to) {

    static Command of(PlanCommand command, ZoneId zone) {
      if (command == null) {
        return null;
      }
      return new Command(
          command.action().wire(),
          command.target() == null ? null : command.target().wire(),
          command.about(),
          command.at() == null ? null : command.at().atZone(zone).toOffsetDateTime(),
          command.last(),
          command.delay() == null ? null : command.delay().toSeconds(),
          command.to() == null ? null : command.to().atZone(zone).toOffsetDateTime());
    }
  }
}
