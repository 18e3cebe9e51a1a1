package com.romna.api.plans;

import com.romna.api.web.ApiException;
import com.romna.understanding.Interpretation;
import com.romna.understanding.PlanCommand;
import com.romna.understanding.TranscriptInterpreter;
import com.romna.workflows.TimeChange;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads the new time of a snooze or reschedule request: an ISO-8601 instant, a duration ("10m",
 * "PT1H"), or a spoken time ("tomorrow at 9", "بكرة الساعة ٩") read by the product's one time grammar
 * in the plan's zone.
 */
@Component
class NewTimes {

  private final TranscriptInterpreter interpreter;

  NewTimes(TranscriptInterpreter interpreter) {
    this.interpreter = interpreter;
  }

  static TimeChange snooze(String duration) {
    if (duration == null || duration.isBlank() || duration.strip().chars().allMatch(Character::isDigit)) {
      throw invalidDuration();
    }
    Duration parsed;
    try {
      parsed = DurationStyle.detectAndParse(duration.strip());
    } catch (IllegalArgumentException e) {
      throw invalidDuration();
    }
    if (parsed.compareTo(Duration.ofMinutes(1)) < 0 || parsed.compareTo(TimeChange.LONGEST_SNOOZE) > 0) {
      throw ApiException.badRequest("invalid-duration", "A snooze lasts from 1 minute to 7 days.");
    }
    return TimeChange.snoozeFor(parsed);
  }

  /** Exactly one of {@code scheduledFor} and {@code transcript}. */
  TimeChange reschedule(String scheduledFor, String transcript, Plan plan, Instant now) {
    boolean at = scheduledFor != null && !scheduledFor.isBlank();
    boolean said = transcript != null && !transcript.isBlank();
    if (at == said) {
      throw ApiException.badRequest("invalid-time",
          "Give either 'scheduledFor' (an ISO-8601 time with offset) or 'transcript' (e.g. \"tomorrow at 9\").");
    }
    if (at) {
      try {
        return TimeChange.to(OffsetDateTime.parse(scheduledFor.strip()).toInstant());
      } catch (DateTimeException e) {
        throw ApiException.badRequest("invalid-time",
            "'scheduledFor' must be an ISO-8601 time with offset like \"2026-11-25T21:00:00+03:00\".");
      }
    }
    return TimeChange.to(spoken(transcript.strip(), ZoneId.of(plan.timezone()), now));
  }

  /** "move it to 9" says the time in a command; a bare "tomorrow at 9" reads as a reminder's time. */
  private Instant spoken(String transcript, ZoneId zone, Instant now) {
    Interpretation in = interpreter.interpret(transcript, null, zone, now).interpretation();
    PlanCommand command = in.command();
    if (command != null && command.to() != null) {
      return command.to();
    }
    if (command != null && command.action() == PlanCommand.Action.RESCHEDULE && command.at() != null) {
      return command.at();
    }
    boolean arabic = transcript.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    Interpretation asked = interpreter.interpret((arabic ? "ذكرني " : "remind me ") + transcript, null, zone, now)
        .interpretation();
    if (asked.scheduledFor() == null || asked.recurrence() != null) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "not-understood", "Not understood",
          "The transcript names no single time to move the plan to; nothing was changed.")
          .with("reply", arabic ? "ما فهمت الوقت الجديد، وما غيرت شي." : "I didn't catch the new time; nothing was changed.");
    }
    return asked.scheduledFor();
  }

  private static ApiException invalidDuration() {
    return ApiException.badRequest("invalid-duration",
        "'duration' must be a length with a unit, like \"10m\", \"1h\" or \"PT15M\".");
  }
}
