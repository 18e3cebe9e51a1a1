package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Registering the devices reminders and alarms are pushed to; each user sees only their own. */
class DeviceTests extends EngineTest {

  // Shaped like a real FCM registration token, unique to the test.
  private final String phone =
      "fcm-" + UUID.randomUUID() + ":APA91bHPRgkF3JUikC4ENAHEeMrd41Zxv3hVZjC9KtT8OvPVGJ-hQMRKRrZuJA"
          + "Ecl7B338qju59zJMjw2DELjzEvxwYv7hH5Ynpc1ODQ0aT4U4OFEeco8ohsN5PjL1iC2dNtk2BAokeMCg2ZXKqpc8FXKmhX94kIxQ";

  private Api.Response register(String token, String platform) {
    Map<String, String> body =
        platform == null ? Map.of("token", token) : Map.of("token", token, "platform", platform);
    return api.post("/api/devices", this.token, Api.json(body));
  }

  private String storedOwner(String deviceToken) {
    return jdbc.sql("SELECT user_id FROM devices WHERE token = :token")
        .param("token", deviceToken)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private Instant storedUpdatedAt(String deviceToken) {
    return jdbc.sql("SELECT updated_at FROM devices WHERE token = :token")
        .param("token", deviceToken)
        .query(OffsetDateTime.class)
        .single()
        .toInstant();
  }

  private void assertProblem(Api.Response response, int status, String type) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.text("type")).isEqualTo("urn:romna:problem:" + type);
    assertThat(response.text("detail")).isNotBlank();
  }

  @Test
  void registeringANewDeviceIsCreatedAndShowsOnlyTheTokensEnd() {
    Api.Response response = register(phone, "android");

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.text("token")).isEqualTo("…" + phone.substring(phone.length() - 6));
    assertThat(response.text("platform")).isEqualTo("android");
    assertThat(Instant.parse(response.text("registeredAt"))).isEqualTo(storedUpdatedAt(phone));
    assertThat(response.text("updatedAt")).isEqualTo(response.text("registeredAt"));
    assertThat(storedOwner(phone)).isEqualTo(user);
  }

  @Test
  void registeringTheSameTokenAgainIsIdempotentAndRefreshesIt() {
    assertThat(register(phone, "ios").status()).isEqualTo(201);
    Instant first = storedUpdatedAt(phone);
    env.sleep(Duration.ofMinutes(5));

    Api.Response again = register(phone, null);

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.text("platform")).isEqualTo("ios");
    assertThat(storedUpdatedAt(phone)).isAfterOrEqualTo(first.plus(Duration.ofMinutes(5)));
    assertThat(Instant.parse(again.text("registeredAt"))).isEqualTo(first);
    assertThat(api.get("/api/devices", token).body().get("devices").size()).isEqualTo(1);
  }

  @Test
  void aTokenRegisteredByAnotherUserCannotBeTakenOver() {
    String ownerId = "owner-" + UUID.randomUUID();
    String owner = Api.tokenFor(ownerId);
    assertThat(api.post("/api/devices", owner, Api.json(Map.of("token", phone, "platform", "ios"))).status())
        .isEqualTo(201);
    Instant registered = storedUpdatedAt(phone);

    Api.Response response = register(phone, "android");

    assertProblem(response, 409, "device-registered-elsewhere");
    assertThat(response.body().toString()).doesNotContain(ownerId).doesNotContain(phone);
    assertThat(storedOwner(phone)).isEqualTo(ownerId);
    assertThat(storedUpdatedAt(phone)).isEqualTo(registered);
    assertThat(api.get("/api/devices", token).body().get("devices").size()).isZero();
    JsonNode ownersDevices = api.get("/api/devices", owner).body().get("devices");
    assertThat(ownersDevices.size()).isEqualTo(1);
    assertThat(ownersDevices.get(0).get("platform").asString()).isEqualTo("ios");
    // Once its owner lets go of it (signs out on the phone), it can be registered by someone else.
    assertThat(api.delete("/api/devices/" + phone, owner).status()).isEqualTo(204);
    assertThat(register(phone, "android").status()).isEqualTo(201);
    assertThat(storedOwner(phone)).isEqualTo(user);
  }

  @Test
  void theServiceKeyCannotMoveAnotherUsersDeviceEither() {
    String ownerId = "owner-" + UUID.randomUUID();
    api.post("/api/devices", Api.tokenFor(ownerId), Api.json(Map.of("token", phone)));

    assertProblem(api.post("/api/devices", Api.SERVICE_KEY, Api.json(Map.of("token", phone, "userId", user))),
        409, "device-registered-elsewhere");
    assertThat(storedOwner(phone)).isEqualTo(ownerId);
  }

  @Test
  void listingShowsTheCallersDevicesMasked() {
    String tablet = "tablet-" + UUID.randomUUID() + "-tail42";
    register(phone, "android");
    register(tablet, "web");
    api.post(
        "/api/devices",
        Api.tokenFor("someone-else-" + UUID.randomUUID()),
        Api.json(Map.of("token", "other-" + UUID.randomUUID())));

    JsonNode devices = api.get("/api/devices", token).body().get("devices");

    assertThat(devices.size()).isEqualTo(2);
    List<String> shown =
        List.of(devices.get(0).get("token").asString(), devices.get(1).get("token").asString());
    assertThat(shown).containsExactly("…" + phone.substring(phone.length() - 6), "…tail42");
    assertThat(devices.toString()).doesNotContain(phone).doesNotContain(tablet);
  }

  @Test
  void deletingOwnDeviceRemovesIt() {
    register(phone, "android");

    Api.Response response = api.delete("/api/devices/" + phone, token);

    assertThat(response.status()).isEqualTo(204);
    assertThat(storedOwner(phone)).isNull();
    assertThat(api.get("/api/devices", token).body().get("devices").size()).isZero();
  }

  @Test
  void deletingAnotherUsersDeviceIsNotFoundAndKeepsIt() {
    String owner = "owner-" + UUID.randomUUID();
    api.post("/api/devices", Api.tokenFor(owner), Api.json(Map.of("token", phone)));

    assertProblem(api.delete("/api/devices/" + phone, token), 404, "not-found");
    assertProblem(api.delete("/api/devices/never-registered-token", token), 404, "not-found");
    assertThat(storedOwner(phone)).isEqualTo(owner);
  }

  @Test
  void serviceKeyRegistersListsAndDeletesForTheUserItNames() {
    Api.Response created =
        api.post("/api/devices", Api.SERVICE_KEY, Api.json(Map.of("token", phone, "userId", user)));

    assertThat(created.status()).isEqualTo(201);
    assertThat(api.get("/api/devices?userId=" + user, Api.SERVICE_KEY).body().get("devices").size())
        .isEqualTo(1);
    assertThat(api.delete("/api/devices/" + phone + "?userId=" + user, Api.SERVICE_KEY).status())
        .isEqualTo(204);
    assertProblem(
        api.post("/api/devices", Api.SERVICE_KEY, Api.json(Map.of("token", phone))),
        400,
        "user-required");
  }

  @Test
  void unknownPlatformIsABadRequest() {
    assertProblem(register(phone, "windows-phone"), 400, "invalid-platform");
    assertThat(storedOwner(phone)).isNull();
  }

  @Test
  void emptyOrInvalidTokenIsABadRequest() {
    assertProblem(register("", "android"), 400, "invalid-token");
    assertProblem(
        api.post("/api/devices", token, Api.json(Map.of("platform", "ios"))), 400, "invalid-token");
    assertProblem(register("has a space", "android"), 400, "invalid-token");
    assertProblem(register("x".repeat(4097), "android"), 400, "invalid-token");
    assertProblem(api.post("/api/devices", token, ""), 400, "malformed-body");
    assertThat(api.get("/api/devices", token).body().get("devices").size()).isZero();
  }

  @Test
  void withoutATokenEveryDeviceEndpointIsUnauthorized() {
    assertProblem(
        api.post("/api/devices", null, Api.json(Map.of("token", phone))), 401, "unauthorized");
    assertProblem(api.get("/api/devices", null), 401, "unauthorized");
    assertProblem(api.delete("/api/devices/" + phone, null), 401, "unauthorized");
    assertThat(storedOwner(phone)).isNull();
  }
}
