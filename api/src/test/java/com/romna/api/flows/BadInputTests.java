package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.auth.DevTokens;
import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every bad request gets a clear problem response, and no plan (so no workflow) is created. */
class BadInputTests extends EngineTest {

  private void assertProblem(Api.Response response, int status, String type) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.text("type")).isEqualTo("urn:romna:problem:" + type);
    assertThat(response.text("detail")).isNotBlank();
    assertThat(plansOfUser()).isZero();
  }

  private Api.Response decideRaw(String body) {
    return api.post("/api/voice/decide", token, body);
  }

  @Test
  void missingTranscriptIsABadRequest() {
    assertProblem(decideRaw("{\"timezone\":\"UTC\"}"), 400, "invalid-transcript");
  }

  @Test
  void emptyTranscriptIsABadRequest() {
    assertProblem(decideRaw("{\"transcript\":\"   \"}"), 400, "invalid-transcript");
  }

  @Test
  void fiveThousandCharacterTranscriptIsABadRequest() {
    String transcript = "remind me in 2 hours ".repeat(250).substring(0, 5000);
    assertThat(transcript).hasSize(5000);
    Api.Response response = decideRaw(Api.json(Map.of("transcript", transcript)));
    assertProblem(response, 400, "invalid-transcript");
    assertThat(response.text("detail")).contains("5000").contains("1000");
  }

  @Test
  void malformedJsonIsABadRequest() {
    assertProblem(decideRaw("{\"transcript\": \"remind me"), 400, "malformed-body");
  }

  @Test
  void missingBodyIsABadRequest() {
    assertProblem(decideRaw(""), 400, "malformed-body");
  }

  @Test
  void unknownTimeZoneIsABadRequest() {
    Api.Response response =
        decideRaw(Api.json(Map.of("transcript", "remind me in 2 hours", "timezone", "Mars/Olympus")));
    assertProblem(response, 400, "invalid-timezone");
  }

  @Test
  void transcriptThatAsksForNothingWeDoIsUnprocessableAndSaysWhatWasUnderstood() {
    Api.Response response = decideRaw(Api.json(Map.of("transcript", "what's the weather like?")));
    assertProblem(response, 422, "not-understood");
    assertThat(response.body().get("understood").get("missing").get(0).asString()).isEqualTo("intent");
  }

  @Test
  void reminderWithoutATimeIsUnprocessableAndKeepsWhatWasUnderstood() {
    Api.Response response = decideRaw(Api.json(Map.of("transcript", "remind me to call mom")));
    assertProblem(response, 422, "not-understood");
    assertThat(response.body().get("understood").get("intent").asString()).isEqualTo("create_reminder");
    assertThat(response.body().get("understood").get("missing").get(0).asString()).isEqualTo("time");
  }

  @Test
  void emailWithoutAnAddressIsUnprocessable() {
    Api.Response response = decideRaw(Api.json(Map.of("transcript", "send an email about the meeting")));
    assertProblem(response, 422, "not-understood");
    assertThat(response.text("detail")).contains("recipient");
  }

  @Test
  void nonUuidPlanIdIsABadRequest() {
    assertProblem(api.get("/api/plans/12345", token), 400, "invalid-parameter");
    assertProblem(api.post("/api/plans/not-a-plan/approve", token, ""), 400, "invalid-parameter");
    assertProblem(
        api.post("/api/actions/approve", token, Api.json(Map.of("planId", "nope", "action", "approve"))),
        400,
        "invalid-parameter");
  }

  @Test
  void unknownPlanIsNotFound() {
    UUID unknown = UUID.randomUUID();
    assertProblem(api.get("/api/plans/" + unknown, token), 404, "not-found");
    assertProblem(api.post("/api/plans/" + unknown + "/cancel", token, ""), 404, "not-found");
  }

  @Test
  void unknownActionIsABadRequest() {
    Api.Response response =
        api.post(
            "/api/actions/approve",
            token,
            Api.json(Map.of("planId", UUID.randomUUID().toString(), "action", "delete")));
    assertProblem(response, 400, "invalid-action");
  }

  @Test
  void unknownStatusFilterIsABadRequest() {
    assertProblem(api.get("/api/plans?status=done", token), 400, "invalid-parameter");
  }

  @Test
  void invalidNowForInterpretIsABadRequest() {
    Api.Response response =
        api.post(
            "/api/voice/interpret",
            token,
            Api.json(Map.of("transcript", "remind me in 2 hours", "now", "yesterday")));
    assertProblem(response, 400, "invalid-now");
  }

  @Test
  void invalidIdempotencyKeyIsABadRequest() {
    Api.Response response =
        api.post(
            "/api/voice/decide",
            token,
            Api.json(Map.of("transcript", "remind me in 2 hours")),
            "Idempotency-Key",
            "x".repeat(201));
    assertProblem(response, 400, "invalid-idempotency-key");
  }

  @Test
  void missingTokenIsUnauthorized() {
    Api.Response response = api.post("/api/voice/decide", null, Api.json(Map.of("transcript", "remind me in 2 hours")));
    assertProblem(response, 401, "unauthorized");
    assertThat(response.headers().get("www-authenticate")).containsExactly("Bearer");
    assertProblem(api.get("/api/plans", null), 401, "unauthorized");
  }

  @Test
  void tokenSignedWithAnotherSecretIsUnauthorized() {
    String forged =
        DevTokens.mint(user, "an-attacker-secret-that-is-long-enough-to-sign", Instant.now(), Duration.ofHours(1));
    Api.Response response =
        api.post("/api/voice/decide", forged, Api.json(Map.of("transcript", "remind me in 2 hours")));
    assertProblem(response, 401, "unauthorized");
  }

  @Test
  void tamperedTokenIsUnauthorized() {
    String other = Api.tokenFor("someone-else");
    String[] parts = token.split("\\.");
    String swapped = parts[0] + "." + other.split("\\.")[1] + "." + parts[2];
    assertProblem(api.get("/api/plans", swapped), 401, "unauthorized");
    assertProblem(api.get("/api/plans", "not.a.jwt"), 401, "unauthorized");
  }

  @Test
  void expiredTokenIsUnauthorized() {
    String expired =
        DevTokens.mint(user, DevTokens.DEVELOPMENT_SECRET, now().minus(Duration.ofHours(2)), Duration.ofHours(1));
    assertProblem(api.get("/api/plans", expired), 401, "unauthorized");
  }

  @Test
  void serviceKeyMustNameTheUser() {
    Api.Response response =
        api.post("/api/voice/decide", Api.SERVICE_KEY, Api.json(Map.of("transcript", "remind me in 2 hours")));
    assertProblem(response, 400, "user-required");
  }

  @Test
  void userTokenCannotActForAnotherUser() {
    Api.Response response =
        decideRaw(Api.json(Map.of("transcript", "remind me in 2 hours", "userId", "someone-else")));
    assertProblem(response, 403, "forbidden");
  }
}
