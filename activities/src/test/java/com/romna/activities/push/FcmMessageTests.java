package com.romna.activities.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.romna.activities.TestDatabase;
import com.romna.activities.delivery.SentMessage;
import com.romna.workflows.ExecutionType;
import com.romna.workflows.PlanPayload;
import com.romna.activities.delivery.Delivery;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/** What FCM receives for a reminder and an alarm, byte for byte as the real SDK sends it. */
class FcmMessageTests {

  private static final Instant DUE = Instant.parse("2026-11-26T03:30:00Z");

  private final FakeFcm fcm = new FakeFcm();
  private final FcmPushSender sender =
      new FcmPushSender(fcm.messaging(), TestDatabase.jdbc(), Clock.systemUTC());

  @AfterEach
  void stop() {
    fcm.close();
  }

  private static Delivery delivery(ExecutionType channel, PlanPayload payload, String locale) {
    return new Delivery(UUID.randomUUID(), "u-msg", channel, payload, DUE, "Asia/Riyadh", locale);
  }

  private LoggedRequest onlyRequest() {
    assertThat(fcm.requests()).hasSize(1);
    LoggedRequest request = fcm.requests().get(0);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + FakeFcm.ACCESS_TOKEN);
    return request;
  }

  @Test
  void arabicReminderIsANotificationTitledInArabicWithTheReminderAsBody() throws Exception {
    String name = fcm.accepts("token-ar-0001");
    Delivery delivery = delivery(ExecutionType.NOTIFICATION, PlanPayload.reminder("الدواء"), "ar-SA");

    SentMessage sent = sender.send(delivery, "token-ar-0001", delivery.idempotencyKey() + "/x");

    String plan = delivery.planId().toString();
    JSONAssert.assertEquals(
        """
        {"message":{
          "token":"token-ar-0001",
          "notification":{"title":"تذكير","body":"الدواء"},
          "data":{"type":"reminder","planId":"%s"},
          "android":{"notification":{"tag":"%s"}},
          "apns":{"headers":{"apns-collapse-id":"%s"},"payload":{"aps":{}}}}}
        """
            .formatted(plan, plan, plan),
        onlyRequest().getBodyAsString(),
        JSONCompareMode.STRICT);
    assertThat(sent)
        .isEqualTo(
            new SentMessage(
                "fcm", name, "sent", "token-ar-0001", Map.of("title", "تذكير", "body", "الدواء")));
  }

  @Test
  void englishReminderIsTitledReminder() throws Exception {
    fcm.accepts("token-en-0001");
    Delivery delivery = delivery(ExecutionType.NOTIFICATION, PlanPayload.reminder("call mom"), "en");

    sender.send(delivery, "token-en-0001", "key");

    String plan = delivery.planId().toString();
    JSONAssert.assertEquals(
        """
        {"message":{
          "token":"token-en-0001",
          "notification":{"title":"Reminder","body":"call mom"},
          "data":{"type":"reminder","planId":"%s"},
          "android":{"notification":{"tag":"%s"}},
          "apns":{"headers":{"apns-collapse-id":"%s"},"payload":{"aps":{}}}}}
        """
            .formatted(plan, plan, plan),
        onlyRequest().getBodyAsString(),
        JSONCompareMode.STRICT);
  }

  @Test
  void reminderWithoutLocaleIsInEnglish() throws Exception {
    fcm.accepts("token-xx-0001");
    Delivery delivery = delivery(ExecutionType.NOTIFICATION, PlanPayload.reminder("stretch"), null);

    sender.send(delivery, "token-xx-0001", "key");

    JSONAssert.assertEquals(
        "{\"message\":{\"notification\":{\"title\":\"Reminder\",\"body\":\"stretch\"}}}",
        onlyRequest().getBodyAsString(),
        JSONCompareMode.LENIENT);
  }

  @Test
  void alarmIsAHighPriorityDataMessageWithLabelTimeAndZone() throws Exception {
    String name = fcm.accepts("token-alarm-01");
    Delivery delivery = delivery(ExecutionType.ALARM, PlanPayload.alarm("صلاة الفجر"), "ar");

    SentMessage sent = sender.send(delivery, "token-alarm-01", "key");

    String plan = delivery.planId().toString();
    JSONAssert.assertEquals(
        """
        {"message":{
          "token":"token-alarm-01",
          "data":{"type":"alarm","planId":"%s","label":"صلاة الفجر",
                  "time":"2026-11-26T03:30:00Z","timezone":"Asia/Riyadh"},
          "android":{"priority":"high"},
          "apns":{
            "headers":{"apns-priority":"10","apns-push-type":"alert","apns-collapse-id":"%s"},
            "payload":{"aps":{"alert":{"title":"منبه","body":"صلاة الفجر"},"sound":"default",
                              "content-available":1}}}}}
        """
            .formatted(plan, plan),
        onlyRequest().getBodyAsString(),
        JSONCompareMode.STRICT);
    assertThat(sent.providerMessageId()).isEqualTo(name);
    assertThat(sent.content())
        .containsExactly(
            Map.entry("type", "alarm"),
            Map.entry("label", "صلاة الفجر"),
            Map.entry("time", "2026-11-26T03:30:00Z"),
            Map.entry("timezone", "Asia/Riyadh"));
  }

  @Test
  void alarmWithoutLabelIsLabelledAlarmInTheUsersLanguage() throws Exception {
    fcm.accepts("token-alarm-02");
    Delivery delivery = delivery(ExecutionType.ALARM, PlanPayload.alarm(null), "en-GB");

    sender.send(delivery, "token-alarm-02", "key");

    JSONAssert.assertEquals(
        """
        {"message":{"data":{"type":"alarm","label":"Alarm"},
          "apns":{"payload":{"aps":{"alert":{"title":"Alarm","body":"Alarm"}}}}}}
        """,
        onlyRequest().getBodyAsString(),
        JSONCompareMode.LENIENT);
  }
}
