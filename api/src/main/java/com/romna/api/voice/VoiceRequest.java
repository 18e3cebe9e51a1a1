package com.romna.api.voice;

/**
 * The seed-compatible request body of {@code /api/voice/decide} and {@code /api/voice/interpret}.
 *
 * @param timezone the user's IANA zone (default UTC); times like "tomorrow at 9" are computed there
 * @param now interpret only: the reference instant for relative expressions (ISO-8601)
 */
public record VoiceRequest(
    String transcript, String locale, String userId, String timezone, String now) {}
