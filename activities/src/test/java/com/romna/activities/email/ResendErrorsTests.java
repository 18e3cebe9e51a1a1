package com.romna.activities.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.romna.activities.delivery.DeliveryFailure;
import com.romna.activities.delivery.DeliveryFailure.Kind;
import com.romna.workflows.PlanPayload;
import com.romna.activities.delivery.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resend's documented error answers, as the real SDK reports them, classified for retrying. */
class ResendErrorsTests {

  private final FakeResend resend = new FakeResend();

  @AfterEach
  void stop() {
    resend.close();
  }

  @ParameterizedTest(name = "{0} {1} -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          422 | validation_error               | Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format. | REJECTED    | Resend refused the email: Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.
          400 | validation_error               | The `subject` field must be a string.                                       | REJECTED    | Resend refused the email: The `subject` field must be a string.
          422 | invalid_from_address           | Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format. | REJECTED | Resend refused the sender address; check ROMNA_EMAIL_FROM: Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.
          401 | missing_api_key                | Missing API key in the authorization header.                                | REJECTED    | email is not configured correctly at Resend (check RESEND_API_KEY, and that the domain of ROMNA_EMAIL_FROM is verified at Resend): Missing API key in the authorization header.
          403 | invalid_api_key                | API key is invalid                                                          | REJECTED    | email is not configured correctly at Resend (check RESEND_API_KEY, and that the domain of ROMNA_EMAIL_FROM is verified at Resend): API key is invalid
          409 | concurrent_idempotent_requests | Same idempotency key used while original request is still in progress.     | UNAVAILABLE | Resend is still processing an earlier attempt of this email
          409 | invalid_idempotent_request     | Same idempotency key used with a different request payload.                 | REJECTED    | Resend already has a different email for this plan under the same idempotency key; not sending again
          429 | rate_limit_exceeded            | Too many requests. Please limit the number of requests per second.          | UNAVAILABLE | Resend is limiting how fast or how much we send: Too many requests. Please limit the number of requests per second.
          429 | daily_quota_exceeded           | You have reached your daily email sending quota.                            | UNAVAILABLE | Resend is limiting how fast or how much we send: You have reached your daily email sending quota.
          500 | application_error              | An unexpected error occurred.                                               | UNAVAILABLE | Resend is unavailable (HTTP 500): An unexpected error occurred.
          404 | not_found                      | The requested endpoint does not exist.                                      | REJECTED    | Resend refused the email (HTTP 404): The requested endpoint does not exist.
          """)
  void classifiesEachDocumentedErrorAndKeepsResendsMessage(
      int status, String name, String said, Kind kind, String message) {
    resend.answers(status, error(status, name, said));

    DeliveryFailure failure = sendFailure();

    assertThat(failure.kind()).isEqualTo(kind);
    assertThat(failure.getMessage()).isEqualTo(message);
    assertThat(failure.retryAfter()).isNull();
    assertThat(resend.requests()).hasSize(1);
  }

  @Test
  void unverifiedDomainIsAConfigurationProblem() {
    resend.answers(
        403,
        error(
            403,
            "validation_error",
            "The romna.test domain is not verified. Please, add and verify your domain."));

    DeliveryFailure failure = sendFailure();

    assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
    assertThat(failure.getMessage())
        .isEqualTo(
            "email is not configured correctly at Resend (check RESEND_API_KEY, and that the domain"
                + " of ROMNA_EMAIL_FROM is verified at Resend): The romna.test domain is not"
                + " verified. Please, add and verify your domain.");
  }

  @Test
  void gatewayPageInsteadOfJsonIsRetriedWithAShortMessage() {
    resend.answers(502, "<html>" + "x".repeat(1000) + "</html>");

    DeliveryFailure failure = sendFailure();

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.getMessage())
        .startsWith("Resend is unavailable (HTTP 502): <html>xxx")
        .endsWith("…");
    assertThat(failure.getMessage()).hasSizeLessThan(400);
  }

  @Test
  void networkFailureIsRetried() {
    resend.dropsConnections();

    DeliveryFailure failure = sendFailure();

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.getMessage()).startsWith("could not reach Resend: ");
    assertThat(resend.requests()).hasSize(1);
  }

  private DeliveryFailure sendFailure() {
    Delivery delivery =
        ResendEmailSenderTests.email(PlanPayload.email("john@example.com", "Hi", "Hello"), "en");
    return catchThrowableOfType(
        DeliveryFailure.class,
        () -> resend.sender().send(delivery, "john@example.com", delivery.idempotencyKey()));
  }

  /** Resend's error body: {@code {statusCode, name, message}}. */
  static String error(int status, String name, String message) {
    return "{\"statusCode\":"
        + status
        + ",\"name\":\""
        + name
        + "\",\"message\":\""
        + message.replace("\"", "\\\"")
        + "\"}";
  }
}
