package com.romna.activities.email;

import com.resend.core.exception.ResendException;
import com.romna.activities.delivery.DeliveryFailure;

/**
 * Resend's errors (https://resend.com/docs/api-reference/errors) as retry decisions. The message
 * becomes the plan's {@code last_error}, so it says what went wrong in words and keeps Resend's own
 * explanation (which names the offending field).
 *
 * <p>Retry-After: Resend answers 429 with rate-limit headers, but resend-java turns every error
 * into a {@link ResendException} holding only the status and body, so the headers are lost here.
 * Rate limits and outages therefore rely on the activity's exponential backoff.
 */
final class ResendFailures {

  private static final String CONFIGURATION =
      "email is not configured correctly at Resend (check RESEND_API_KEY, and that the domain of"
          + " ROMNA_EMAIL_FROM is verified at Resend): ";

  private static final int MAX_MESSAGE = 300;

  private ResendFailures() {}

  static DeliveryFailure classify(ResendException e) {
    Integer status = e.getStatusCode();
    String said = brief(e.getMessage());
    if (status == null) {
      return DeliveryFailure.unavailable("could not reach Resend: " + said, null, e);
    }
    String name = e.getErrorName() == null ? "" : e.getErrorName();
    return switch (status) {
      case 400, 422 ->
          "invalid_from_address".equals(name)
              ? DeliveryFailure.rejected(
                  "Resend refused the sender address; check ROMNA_EMAIL_FROM: " + said, e)
              : DeliveryFailure.rejected("Resend refused the email: " + said, e);
      case 401, 403 -> DeliveryFailure.rejected(CONFIGURATION + said, e);
      case 409 ->
          // The same key with another payload means Resend already holds a different email for
          // this plan: sending again cannot succeed, and must not.
          "invalid_idempotent_request".equals(name)
              ? DeliveryFailure.rejected(
                  "Resend already has a different email for this plan under the same idempotency"
                      + " key; not sending again",
                  e)
              : DeliveryFailure.unavailable(
                  "Resend is still processing an earlier attempt of this email", null, e);
      case 429 ->
          DeliveryFailure.unavailable(
              "Resend is limiting how fast or how much we send: " + said, null, e);
      default ->
          status >= 500
              ? DeliveryFailure.unavailable(
                  "Resend is unavailable (HTTP " + status + "): " + said, null, e)
              : DeliveryFailure.rejected(
                  "Resend refused the email (HTTP " + status + "): " + said, e);
    };
  }

  /**
   * resend-java wraps network failures (connection refused, timeout, TLS) in a plain
   * RuntimeException. Whether Resend got the request is unknown, and resending with the same
   * idempotency key is harmless, so they are worth retrying.
   */
  static DeliveryFailure unreachable(RuntimeException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String what =
        cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    return DeliveryFailure.unavailable("could not reach Resend: " + brief(what), null, e);
  }

  /** A gateway's HTML error page is no message for a user: keep it short. */
  private static String brief(String message) {
    if (message == null || message.isBlank()) {
      return "no explanation given";
    }
    String line = message.strip().replaceAll("\\s+", " ");
    return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "…";
  }
}
