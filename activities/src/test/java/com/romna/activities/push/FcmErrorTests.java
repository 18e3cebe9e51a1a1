package com.romna.activities.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.romna.activities.TestDatabase;
import com.romna.activities.delivery.DeliveryFailure;
import com.romna.activities.delivery.DeliveryFailure.Kind;
import com.romna.workflows.ExecutionType;
import com.romna.workflows.PlanPayload;
import com.romna.activities.delivery.Delivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every FCM error the real SDK reports, classified into gone / retry / never. */
class FcmErrorTests {

  private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");
  private static final String TOKEN = "fcm-token-for-errors-abc123";

  private final FakeFcm fcm = new FakeFcm();
  private final FcmPushSender sender =
      new FcmPushSender(fcm.messaging(), TestDatabase.jdbc(), Clock.fixed(NOW, ZoneOffset.UTC));
  private final Delivery delivery =
      new Delivery(
          UUID.randomUUID(), "u-err", ExecutionType.NOTIFICATION, PlanPayload.reminder("water"),
          NOW, "UTC", "en");

  @AfterEach
  void stop() {
    fcm.close();
  }

  private DeliveryFailure failureFor(ResponseDefinitionBuilder error) {
    fcm.fails(TOKEN, error);
    return catchThrowableOfType(DeliveryFailure.class, () -> sender.send(delivery, TOKEN, "key"));
  }

  @Test
  void unregisteredTokenMeansTheDeviceIsGone() {
    DeliveryFailure failure = failureFor(FakeFcm.unregistered());

    assertThat(failure.kind()).isEqualTo(Kind.RECIPIENT_GONE);
    assertThat(failure.getMessage())
        .isEqualTo("the device …abc123 is no longer registered with Firebase (UNREGISTERED)");
  }

  @Test
  void invalidRegistrationTokenMeansTheDeviceIsGone() {
    DeliveryFailure failure =
        failureFor(
            FakeFcm.error(
                400, "INVALID_ARGUMENT", "The registration token is not a valid FCM registration token",
                "INVALID_ARGUMENT"));

    assertThat(failure.kind()).isEqualTo(Kind.RECIPIENT_GONE);
    assertThat(failure.getMessage())
        .isEqualTo("the device …abc123 has a token Firebase does not accept (INVALID_ARGUMENT)");
  }

  @Test
  void invalidMessageIsRejectedWithoutBlamingTheDevice() {
    DeliveryFailure failure =
        failureFor(
            FakeFcm.error(
                400, "INVALID_ARGUMENT", "Invalid value at 'message.data[0].value'", "INVALID_ARGUMENT"));

    assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
    assertThat(failure.getMessage())
        .isEqualTo(
            "Firebase rejected the message (INVALID_ARGUMENT): Invalid value at 'message.data[0].value'");
  }

  @Test
  void quotaExceededIsRetriedAfterRetryAfterSeconds() {
    DeliveryFailure failure = failureFor(FakeFcm.quotaExceeded().withHeader("Retry-After", "3"));

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(3));
    assertThat(failure.getMessage())
        .isEqualTo("Firebase Cloud Messaging is rate limiting our sends (QUOTA_EXCEEDED)");
    assertThat(fcm.requests()).hasSize(1);
  }

  @Test
  void retryAfterAsAnHttpDateIsTheTimeLeftUntilThen() {
    DeliveryFailure failure =
        failureFor(FakeFcm.quotaExceeded().withHeader("Retry-After", "Wed, 25 Nov 2026 20:01:30 GMT"));

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void internalErrorIsRetriedWithTheActivitysBackoff() {
    DeliveryFailure failure = failureFor(FakeFcm.internal());

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.retryAfter()).isNull();
    assertThat(failure.getMessage())
        .isEqualTo("Firebase Cloud Messaging had an internal error (INTERNAL)");
    assertThat(fcm.requests()).hasSize(1);
  }

  @Test
  void unavailableWithALongRetryAfterIsLeftToTemporalNotSleptInTheSdk() {
    // The SDK retries a 503 itself only when Retry-After is under a minute.
    DeliveryFailure failure = failureFor(FakeFcm.unavailable().withHeader("Retry-After", "120"));

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    assertThat(failure.getMessage()).isEqualTo("Firebase Cloud Messaging is unavailable (UNAVAILABLE)");
    assertThat(fcm.requests()).hasSize(1);
  }

  @Test
  void senderIdMismatchIsRejectedAndSaysWhy() {
    DeliveryFailure failure =
        failureFor(FakeFcm.error(403, "PERMISSION_DENIED", "SenderId mismatch", "SENDER_ID_MISMATCH"));

    assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
    assertThat(failure.getMessage())
        .isEqualTo(
            "the device …abc123 belongs to another Firebase project than this service's"
                + " (SENDER_ID_MISMATCH)");
  }

  @Test
  void thirdPartyAuthErrorIsRejectedAndSaysWhy() {
    DeliveryFailure failure =
        failureFor(
            FakeFcm.error(
                401, "UNAUTHENTICATED", "Auth error from APNS or Web Push Service", "THIRD_PARTY_AUTH_ERROR"));

    assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
    assertThat(failure.getMessage())
        .isEqualTo(
            "Firebase could not reach Apple or the browser's push service with this project's"
                + " credentials (THIRD_PARTY_AUTH_ERROR)");
    // On a 401 the SDK refreshes its access token and tries again, four times, before giving up.
    assertThat(fcm.requests()).hasSize(5);
  }

  @Test
  void refusedCredentialsAreRejected() {
    DeliveryFailure failure =
        failureFor(
            FakeFcm.error(
                403, "PERMISSION_DENIED",
                "Permission 'cloudmessaging.messages.create' denied on resource", null));

    assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
    assertThat(failure.getMessage())
        .startsWith("Firebase refused this service's credentials (PERMISSION_DENIED)");
  }

  @Test
  void credentialsThatCannotBeRefreshedAreRetriedNotLeftInDoubt() {
    AccessToken stale = new AccessToken("stale", Date.from(Instant.parse("2000-01-01T00:00:00Z")));
    try (FakeFcm expired = new FakeFcm(GoogleCredentials.create(stale))) {
      expired.accepts(TOKEN);
      FcmPushSender sender = new FcmPushSender(expired.messaging(), TestDatabase.jdbc(), Clock.systemUTC());

      DeliveryFailure failure =
          catchThrowableOfType(DeliveryFailure.class, () -> sender.send(delivery, TOKEN, "key"));

      assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
      assertThat(failure.getMessage()).startsWith("Firebase Cloud Messaging could not be");
      assertThat(expired.requests()).isEmpty();
    }
  }

  @Test
  void connectionDroppedByFcmIsRetried() {
    DeliveryFailure failure =
        failureFor(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.getMessage()).startsWith("Firebase Cloud Messaging could not be reached");
  }
}
