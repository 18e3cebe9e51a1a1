package com.romna.api.voice;

import com.romna.api.plans.PlansProperties;
import com.romna.api.settings.Preferences;
import com.romna.api.settings.UserSettings;
import com.romna.understanding.Interpretation;
import com.romna.understanding.Place;
import com.romna.understanding.TranscriptInterpreter;
import com.romna.api.web.ApiException;
import com.romna.api.web.TimeZones;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Validates a voice request and understands it. Never creates or executes anything. */
@Component
class Interpreting {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

  private final TranscriptInterpreter interpreter;
  private final PlansProperties properties;
  private final Preferences preferences;

  Interpreting(TranscriptInterpreter interpreter, PlansProperties properties, Preferences preferences) {
    this.interpreter = interpreter;
    this.properties = properties;
    this.preferences = preferences;
  }

  /**
   * @param by which reader's interpretation this is: the rules or the LLM
   * @param settings the user's settings, as read for this request
   */
  record Understood(VoiceRequest request, ZoneId zone, Instant now, Interpretation interpretation,
      TranscriptInterpreter.Reader by, UserSettings settings) {}

  /**
   * The zone is the request's, else the user's setting, else UTC; the place for prayer times the request's
   * location, else the user's, else (in understanding) the principal city of the zone.
   */
  Understood interpret(String userId, VoiceRequest request, Instant at) {
    // Plans are timed to the second; sub-second noise would only differ between the row and the reply.
    Instant now = at.truncatedTo(ChronoUnit.SECONDS);
    String transcript = request.transcript();
    if (transcript == null || transcript.isBlank()) {
      throw ApiException.badRequest("invalid-transcript", "'transcript' is required and must not be empty.");
    }
    if (transcript.length() > properties.maxTranscriptLength()) {
      throw ApiException.badRequest(
          "invalid-transcript",
          "'transcript' is " + transcript.length() + " characters; at most "
              + properties.maxTranscriptLength() + " are accepted.");
    }
    if (request.locale() != null && !LOCALE.matcher(request.locale()).matches()) {
      throw ApiException.badRequest("invalid-locale", "'" + request.locale() + "' is not a locale like \"ar\" or \"en-US\".");
    }
    UserSettings mine = preferences.of(userId);
    ZoneId zone = zone(request.timezone() != null && !request.timezone().isBlank() ? request.timezone()
        : mine.timezone());
    Place place = place(request.location() != null ? request.location().validated() : null, "request");
    place = place != null ? place : place(mine.location(), "settings");
    TranscriptInterpreter.Reading reading =
        interpreter.interpret(transcript.strip(), request.locale(), zone, now, place);
    return new Understood(request, zone, now, reading.interpretation(), reading.by(), mine);
  }

  private static Place place(UserSettings.Location at, String source) {
    return at == null ? null : new Place(source.equals("request") ? "the location sent" : "your saved location",
        at.latitude(), at.longitude(), source);
  }

  static ZoneId zone(String timezone) {
    return TimeZones.parse(timezone, UTC);
  }

  static Instant instant(String value, Instant fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      throw ApiException.badRequest(
          "invalid-now", "'now' must be an ISO-8601 instant like \"2026-11-25T17:00:00Z\".");
    }
  }
}
