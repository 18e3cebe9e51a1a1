package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.romna.activities.push.FakeFcm;
import com.romna.api.support.Api;
import com.romna.api.support.ProviderEngineTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;

/**
 * Reminders and alarms end to end: a device registered over HTTP, a transcript, skipped time, and
 * the real firebase-admin SDK delivering to a fake FCM exactly once, at the due time.
 */
class PushProviderFlowTests extends ProviderEngineTest {

  // Shaped like an FCM registration token, unique to the test.
  private final String device = "fcm-" + UUID.randomUUID() + ":APA91bHPRgkF3JUikC4ENAHEeMrd41Zxv3h";

  private String registerDevice() {
    String messageName = fcm.accepts(device);
    Api.Response registered =
        api.post("/api/devices", token, Api.json(Map.of("token", device, "platform", "android")));
    assertThat(registered.status()).isEqualTo(201);
    return messageName;
  }

  /** What FCM received for this test's device. */
  private List<LoggedRequest> pushesToDevice() {
    return fcm.requests().stream()
        .filter(r -> r.getBodyAsString().contains("\"" + device + "\""))
        .toList();
  }

  private String reminderJson(UUID planId, String title, String body) {
    return """
        {"message":{
          "token":"%s",
          "notification":{"title":"%s","body":"%s"},
          "data":{"type":"reminder","planId":"%s"},
          "android":{"notification":{"tag":"%s"}},
          "apns":{"headers":{"apns-collapse-id":"%s"},"payload":{"aps":{}}}}}
        """
        .formatted(device, title, body, planId, planId, planId);
  }

  private void assertPushedOnceAt(Instant due) {
    List<FakeFcm.Sent> sent = fcm.sentTo(device);
    assertThat(sent).hasSize(1);
    assertThat(Instant.ofEpochMilli(sent.get(0).atMillis())).isBetween(due, due.plusSeconds(90));
    assertThat(pushesToDevice()).hasSize(1);
    assertThat(pushesToDevice().get(0).getHeader("Authorization"))
        .isEqualTo("Bearer " + FakeFcm.ACCESS_TOKEN);
  }

  private void assertSentThroughFcm(UUID planId, String channel, String messageName) {
    JsonNode delivery = onlyDelivery(planId);
    assertThat(delivery.get("channel").asString()).isEqualTo(channel);
    assertThat(delivery.get("provider").asString()).isEqualTo("fcm");
    // The device token is a credential: the plan view shows only its end.
    assertThat(delivery.get("recipient").asString())
        .isEqualTo("…" + device.substring(device.length() - 6));
    assertThat(delivery.get("providerMessageId").asString()).isEqualTo(messageName);
    assertThat(delivery.get("status").asString()).isEqualTo("sent");
    assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
    assertThat(delivery.has("error")).isFalse();
    Api.Response plan = plan(planId);
    assertThat(plan.text("status")).isEqualTo("executed");
    assertThat(plan.body().get("attempts").asInt()).isEqualTo(1);
    assertThat(plan.body().has("lastError")).isFalse();
    assertThat(plan.body().get("events").findValuesAsString("status"))
        .containsExactly("pending", "scheduled", "executed");
  }

  @Test
  void reminderIsPushedOnceToTheRegisteredDeviceWhenItIsDue() throws Exception {
    String messageName = registerDevice();
    Api.Response created = decide("remind me in 30 minutes to call mom", "Asia/Riyadh");
    assertThat(created.status()).isEqualTo(201);
    UUID planId = planId(created);
    Instant due = scheduledFor(created);

    env.sleep(Duration.ofMinutes(29));
    assertThat(fcm.sentTo(device)).isEmpty();
    assertThat(status(planId)).isEqualTo("scheduled");

    env.sleep(Duration.ofMinutes(2));
    awaitStatus(planId, "executed");

    assertPushedOnceAt(due);
    JSONAssert.assertEquals(
        reminderJson(planId, "Reminder", "call mom"),
        pushesToDevice().get(0).getBodyAsString(),
        JSONCompareMode.STRICT);
    assertSentThroughFcm(planId, "notification", messageName);
    JsonNode content = onlyDelivery(planId).get("content");
    assertThat(content.get("title").asString()).isEqualTo("Reminder");
    assertThat(content.get("body").asString()).isEqualTo("call mom");
    assertThat(deliveryRows(planId))
        .singleElement()
        .satisfies(row -> assertThat(row).containsEntry("status", "sent").containsEntry("provider", "fcm"));
  }

  @Test
  void arabicReminderIsPushedWithAnArabicTitle() throws Exception {
    String messageName = registerDevice();
    Api.Response created = decide("ذكرني أن أتصل بأمي بعد ساعة", "Asia/Riyadh");
    UUID planId = planId(created);
    Instant due = scheduledFor(created);

    env.sleep(Duration.ofMinutes(59));
    assertThat(fcm.sentTo(device)).isEmpty();

    env.sleep(Duration.ofMinutes(2));
    awaitStatus(planId, "executed");

    assertPushedOnceAt(due);
    JSONAssert.assertEquals(
        reminderJson(planId, "تذكير", "أتصل بأمي"),
        pushesToDevice().get(0).getBodyAsString(),
        JSONCompareMode.STRICT);
    assertSentThroughFcm(planId, "notification", messageName);
    JsonNode content = onlyDelivery(planId).get("content");
    assertThat(content.get("title").asString()).isEqualTo("تذكير");
    assertThat(content.get("body").asString()).isEqualTo("أتصل بأمي");
  }

  @Test
  void alarmIsAHighPriorityDataMessageAtTheSaidTime() throws Exception {
    String messageName = registerDevice();
    Api.Response created = decide("wake me up at 6:30 tomorrow", "Asia/Riyadh");
    assertThat(created.text("intent")).isEqualTo("create_alarm");
    UUID planId = planId(created);
    Instant at = scheduledFor(created);
    assertThat(OffsetDateTime.parse(created.text("scheduledFor")).toLocalTime().toString())
        .isEqualTo("06:30");

    env.sleep(Duration.between(now(), at).minusMinutes(1));
    assertThat(fcm.sentTo(device)).isEmpty();

    env.sleep(Duration.ofMinutes(2));
    awaitStatus(planId, "executed");

    assertPushedOnceAt(at);
    JSONAssert.assertEquals(
        """
        {"message":{
          "token":"%s",
          "data":{"type":"alarm","planId":"%s","label":"Alarm","time":"%s","timezone":"Asia/Riyadh"},
          "android":{"priority":"high"},
          "apns":{
            "headers":{"apns-priority":"10","apns-push-type":"alert","apns-collapse-id":"%s"},
            "payload":{"aps":{"alert":{"title":"Alarm","body":"Alarm"},"sound":"default",
                              "content-available":1}}}}}
        """
            .formatted(device, planId, at, planId),
        pushesToDevice().get(0).getBodyAsString(),
        JSONCompareMode.STRICT);
    assertSentThroughFcm(planId, "alarm", messageName);
    JsonNode content = onlyDelivery(planId).get("content");
    assertThat(content.get("type").asString()).isEqualTo("alarm");
    assertThat(content.get("label").asString()).isEqualTo("Alarm");
    assertThat(content.get("time").asString()).isEqualTo(at.toString());
    assertThat(content.get("timezone").asString()).isEqualTo("Asia/Riyadh");
  }

  @Test
  void reminderOfAUserWithoutDevicesFailsSayingSo() {
    int requestsBefore = fcm.requests().size();
    UUID planId = planId(decide("remind me in 30 minutes to call mom", "Asia/Riyadh"));

    env.sleep(Duration.ofMinutes(31));
    awaitStatus(planId, "failed");

    Api.Response plan = plan(planId);
    assertThat(plan.text("status")).isEqualTo("failed");
    assertThat(plan.text("lastError")).isEqualTo("no device is registered for this user");
    assertThat(plan.body().get("deliveries").size()).isZero();
    assertThat(deliveryRows(planId)).isEmpty();
    assertThat(plan.body().get("events").findValuesAsString("status"))
        .containsExactly("pending", "scheduled", "failed");
    assertThat(fcm.requests()).hasSize(requestsBefore);
  }
}
