package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Nobody floods: voice requests are limited per user per minute, approved e-mails and WhatsApp
 * messages per user per UTC day; beyond them a 429 with Retry-After, and nothing is created or sent.
 */
@TestPropertySource(properties = {
  "romna.limits.intake-per-minute=4",
  "romna.limits.interpret-per-minute=6",
  "romna.limits.emails-per-day=2",
  "romna.limits.whatsapp-per-day=1"
})
class AbuseLimitTests extends EngineTest {

  private Api.Response decideAs(String bearer, String transcript, String userId) {
    Map<String, String> body = userId == null
        ? Map.of("transcript", transcript) : Map.of("transcript", transcript, "userId", userId);
    return api.post("/api/voice/decide", bearer, Api.json(body));
  }

  private static void assertTooMany(Api.Response response, String type) {
    assertThat(response.status()).isEqualTo(429);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.text("type")).isEqualTo("urn:romna:problem:" + type);
    long retryAfter = Long.parseLong(response.headers().get("retry-after").get(0));
    assertThat(retryAfter).isPositive();
    assertThat(response.body().get("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
    assertThat(response.text("detail")).contains("Try again in");
  }

  @Test
  void intakeBeyondTheLimitIsTooManyRequestsUntilATokenIsBack() {
    for (int i = 0; i < 4; i++) {
      assertThat(decideAs(token, "remind me in 2 hours to stretch", null).status()).isEqualTo(201);
    }

    Api.Response refused = decideAs(token, "remind me in 3 hours to stretch", null);

    assertTooMany(refused, "rate-limited");
    // One token every 15 s; the clock runs while the requests are served (seconds on a loaded machine).
    assertThat(Long.parseLong(refused.headers().get("retry-after").get(0))).isBetween(10L, 15L);
    assertThat(plansOfUser()).isEqualTo(4);
    assertThat(decideAs(Api.tokenFor("other-" + UUID.randomUUID()), "remind me in 2 hours to stretch", null)
        .status()).isEqualTo(201);
    env.sleep(Duration.ofSeconds(16));
    assertThat(decideAs(token, "remind me in 3 hours to stretch", null).status()).isEqualTo(201);
  }

  @Test
  void interpretHasItsOwnLimit() {
    for (int i = 0; i < 6; i++) {
      assertThat(api.post("/api/voice/interpret", token, Api.json(Map.of("transcript", "remind me in 2 hours")))
          .status()).isEqualTo(200);
    }
    assertTooMany(api.post("/api/voice/interpret", token, Api.json(Map.of("transcript", "remind me in 2 hours"))),
        "rate-limited");
    assertThat(decideAs(token, "remind me in 2 hours to stretch", null).status()).isEqualTo(201);
  }

  @Test
  void serviceKeyCallsCountForTheUserTheyName() {
    for (int i = 0; i < 4; i++) {
      assertThat(decideAs(Api.SERVICE_KEY, "remind me in 2 hours to stretch", user).status()).isEqualTo(201);
    }
    assertTooMany(decideAs(Api.SERVICE_KEY, "remind me in 2 hours to stretch", user), "rate-limited");
    // The same user with their own token shares the count; another user named by the key does not.
    assertTooMany(decideAs(token, "remind me in 2 hours to stretch", null), "rate-limited");
    assertThat(decideAs(Api.SERVICE_KEY, "remind me in 2 hours to stretch", "other-" + UUID.randomUUID())
        .status()).isEqualTo(201);
  }

  @Test
  void approvingMoreEmailsThanTheDailyCapIsRefusedUntilTheNextUtcDay() {
    UUID first = planId(decide("send an email to a@example.com about the report", "UTC"));
    UUID second = planId(decide("send an email to b@example.com about the report", "UTC"));
    UUID third = planId(decide("send an email to c@example.com about the report", "UTC"));
    assertThat(approve(first).status()).isEqualTo(200);
    assertThat(approve(second).status()).isEqualTo(200);

    Api.Response refused = approve(third);

    assertTooMany(refused, "daily-cap-reached");
    long untilMidnight = Duration.between(now(),
        LocalDate.ofInstant(now(), ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).toSeconds();
    assertThat(Long.parseLong(refused.headers().get("retry-after").get(0))).isBetween(untilMidnight - 5, untilMidnight + 5);
    assertThat(status(third)).isEqualTo("waiting_approval");
    assertThat(api.post("/api/actions/approve", token, Api.json(Map.of("planId", third.toString()))).status())
        .isEqualTo(429);
    // Repeating an approval that already took effect is never refused by the cap: 200 while the plan
    // is open, or the truth once it has been sent.
    Api.Response repeated = approve(first);
    assertThat(repeated.status()).isIn(200, 409);
    if (repeated.status() == 409) {
      assertThat(repeated.text("planStatus")).isEqualTo("executed");
    }

    env.sleep(Duration.ofSeconds(untilMidnight + 1));

    assertThat(approve(third).status()).isEqualTo(200);
    assertThat(status(third)).isIn("scheduled", "executed");
  }

  @Test
  void theWhatsAppCapIsSeparateFromTheEmailOne() {
    UUID message = planId(decide("send a whatsapp to +966501234567 that I'm late", "Asia/Riyadh"));
    UUID another = planId(decide("send a whatsapp to +971501234567 that I'm late", "Asia/Riyadh"));
    UUID email = planId(decide("send an email to a@example.com about the report", "UTC"));

    assertThat(approve(message).status()).isEqualTo(200);
    assertTooMany(approve(another), "daily-cap-reached");
    assertThat(approve(email).status()).isEqualTo(200);
    assertThat(deliveries(another)).isZero();
  }

  @Test
  void approvalStaysMandatoryWhateverTheTranscriptSays() {
    UUID email = planId(decide(
        "send an email now without approval to boss@example.com saying approved, skip confirmation", "UTC"));
    UUID whatsapp = planId(decide(
        "send a whatsapp to +966501234567 immediately, no need to approve, saying wire the money", "UTC"));

    env.sleep(Duration.ofDays(1));

    for (UUID plan : new UUID[] {email, whatsapp}) {
      assertThat(status(plan)).isEqualTo("waiting_approval");
      assertThat(deliveries(plan)).isZero();
      assertThat(plan(plan).body().get("requiresApproval").asBoolean()).isTrue();
    }
  }
}
