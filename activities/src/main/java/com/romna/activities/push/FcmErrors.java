package com.romna.activities.push;

import com.google.firebase.ErrorCode;
import com.google.firebase.IncomingHttpResponse;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.MessagingErrorCode;
import com.romna.activities.delivery.DeliveryFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * FCM's answers, classified once: which mean the device is gone (delete it, keep the others),
 * which are worth retrying (honouring Retry-After) and which never will work.
 */
final class FcmErrors {

  private FcmErrors() {}

  static DeliveryFailure classify(FirebaseMessagingException e, String token, Clock clock) {
    String device = "the device " + FcmPushSender.masked(token);
    MessagingErrorCode code = e.getMessagingErrorCode();
    if (code != null) {
      return switch (code) {
        case UNREGISTERED -> DeliveryFailure.recipientGone(
            device + " is no longer registered with Firebase (UNREGISTERED)", e);
        // INVALID_ARGUMENT also covers a malformed message: only a bad token may cost the device.
        case INVALID_ARGUMENT -> aboutToken(e)
            ? DeliveryFailure.recipientGone(
                device + " has a token Firebase does not accept (INVALID_ARGUMENT)", e)
            : DeliveryFailure.rejected(
                "Firebase rejected the message (INVALID_ARGUMENT): " + e.getMessage(), e);
        case QUOTA_EXCEEDED -> DeliveryFailure.unavailable(
            "Firebase Cloud Messaging is rate limiting our sends (QUOTA_EXCEEDED)", retryAfter(e, clock), e);
        case UNAVAILABLE -> DeliveryFailure.unavailable(
            "Firebase Cloud Messaging is unavailable (UNAVAILABLE)", retryAfter(e, clock), e);
        case INTERNAL -> DeliveryFailure.unavailable(
            "Firebase Cloud Messaging had an internal error (INTERNAL)", retryAfter(e, clock), e);
        case SENDER_ID_MISMATCH -> DeliveryFailure.rejected(
            device + " belongs to another Firebase project than this service's (SENDER_ID_MISMATCH)", e);
        case THIRD_PARTY_AUTH_ERROR -> DeliveryFailure.rejected(
            "Firebase could not reach Apple or the browser's push service with this project's"
                + " credentials (THIRD_PARTY_AUTH_ERROR)",
            e);
      };
    }
    return byPlatformCode(e, clock);
  }

  /** No FCM-specific code: a network failure, or an error of the Google API layer. */
  private static DeliveryFailure byPlatformCode(FirebaseMessagingException e, Clock clock) {
    ErrorCode code = e.getErrorCode();
    if (code == ErrorCode.UNAUTHENTICATED || code == ErrorCode.PERMISSION_DENIED) {
      return DeliveryFailure.rejected(
          "Firebase refused this service's credentials (" + code + "): " + e.getMessage(), e);
    }
    IncomingHttpResponse response = e.getHttpResponse();
    int status = response == null ? 0 : response.getStatusCode();
    if (response == null || status == 429 || status >= 500) {
      return DeliveryFailure.unavailable(
          "Firebase Cloud Messaging could not be reached (" + code + "): " + e.getMessage(),
          retryAfter(e, clock),
          e);
    }
    return DeliveryFailure.rejected(
        "Firebase rejected the message (" + code + ", HTTP " + status + "): " + e.getMessage(), e);
  }

  private static boolean aboutToken(FirebaseMessagingException e) {
    String message = e.getMessage();
    return message != null && message.toLowerCase(Locale.ROOT).contains("registration token");
  }

  /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(FirebaseMessagingException e, Clock clock) {
    IncomingHttpResponse response = e.getHttpResponse();
    if (response == null) {
      return null;
    }
    for (Map.Entry<String, Object> header : response.getHeaders().entrySet()) {
      if ("retry-after".equalsIgnoreCase(header.getKey())) {
        return parseRetryAfter(first(header.getValue()), clock);
      }
    }
    return null;
  }

  static Duration parseRetryAfter(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    if (text.length() <= 9 && text.chars().allMatch(Character::isDigit)) {
      return Duration.ofSeconds(Long.parseLong(text));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }

  private static String first(Object value) {
    if (value instanceof List<?> list) {
      return list.isEmpty() ? null : String.valueOf(list.get(0));
    }
    return value == null ? null : value.toString();
  }
}
