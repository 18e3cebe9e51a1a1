package com.romna.api.voice;

import com.romna.api.settings.UserSettings;

/**
 * The seed-compatible request body of {@code /api/voice/decide} and {@code /api/voice/interpret}.
 *
 * @param timezone the user's IANA zone (default UTC); times like "tomorrow at 9" are computed there
 * @param now interpret only: the reference instant for relative expressions (ISO-8601)
 * @param location where the user is, for prayer times; else the user's settings, else the zone's main city
 */
public record VoiceRequest(
    String transcript, String locale, String userId, String timezone, String now, UserSettings.Location location) {

  public VoiceRequest(String transcript, String locale, String userId, String timezone, String now) {
    this(transcript, locale, userId, timezone, now, null);
  }
}
