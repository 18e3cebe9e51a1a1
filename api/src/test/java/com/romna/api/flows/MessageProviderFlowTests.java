package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.romna.activities.email.FakeResend;
import com.romna.activities.whatsapp.FakeTwilio;
import com.romna.activities.whatsapp.TwilioSignatures;
import com.romna.api.support.Api;
import com.romna.api.support.ProviderEngineTest;
import com.romna.api.support.ProviderFakesConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;

/**
 * Email and WhatsApp end to end: a draft over HTTP, nothing sent while it waits for approval, one
 * request to the real provider SDK's fake server after approval (however often it is approved),
 * and what the provider said afterwards visible on the plan.
 */
class MessageProviderFlowTests extends ProviderEngineTest {

  private static final String CALLBACK_URL =
      ProviderFakesConfiguration.PUBLIC_BASE_URL + "/api/webhooks/twilio/status";

  private List<LoggedRequest> emailsWithKey(String key) {
    return resend.requests().stream()
        .filter(r -> key.equals(r.getHeader("Idempotency-Key")))
        .toList();
  }

  private void approveTwice(UUID planId) {
    Api.Response first = approve(planId);
    Api.Response again = approve(planId);
    assertThat(first.status()).isEqualTo(200);
    // Due at once: by the second approval the draft may be sent, and then it is a finished plan.
    assertThat(again.status()).isIn(200, 409);
    assertThat(again.status() == 200 ? again.text("status") : again.text("planStatus"))
        .isIn("scheduled", "executed", "failed");
  }

  @Test
  void approvedEmailIsCreatedOnceAtResendUnderThePlansIdempotencyKey() throws Exception {
    int createdBefore = resend.emailsCreated();
    Api.Response created = decide("Send email to john@example.com about meeting tomorrow", "UTC");
    assertThat(created.text("status")).isEqualTo("waiting_approval");
    UUID planId = planId(created);
    String key = "plan/" + planId + "/email";

    env.sleep(Duration.ofDays(1));
    assertThat(emailsWithKey(key)).isEmpty();
    assertThat(status(planId)).isEqualTo("waiting_approval");

    approveTwice(planId);
    awaitStatus(planId, "executed");

    assertThat(emailsWithKey(key)).hasSize(1);
    assertThat(resend.emailsCreated() - createdBefore).isEqualTo(1);
    LoggedRequest email = emailsWithKey(key).get(0);
    assertThat(email.getHeader("Authorization")).isEqualTo("Bearer " + FakeResend.API_KEY);
    JSONAssert.assertEquals(
        """
        {"from":"ROMNA <noreply@romna.test>","to":["john@example.com"],
         "subject":"meeting tomorrow","text":"meeting tomorrow",
         "html":"<div dir=\\"ltr\\">meeting tomorrow</div>"}
        """,
        email.getBodyAsString(),
        JSONCompareMode.STRICT);
    JsonNode delivery = onlyDelivery(planId);
    assertThat(delivery.get("channel").asString()).isEqualTo("email");
    assertThat(delivery.get("provider").asString()).isEqualTo("resend");
    assertThat(delivery.get("providerMessageId").asString()).isEqualTo(resend.idFor(key));
    assertThat(delivery.get("status").asString()).isEqualTo("sent");
    assertThat(delivery.get("recipient").asString()).isEqualTo("john@example.com");
    assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
    assertThat(delivery.get("content").get("subject").asString()).isEqualTo("meeting tomorrow");
    assertThat(delivery.get("content").get("body").asString()).isEqualTo("meeting tomorrow");
    assertThat(plan(planId).body().get("events").findValuesAsString("status"))
        .containsExactly("pending", "waiting_approval", "scheduled", "executed");
  }

  @Test
  void emailResendRefusesFailsThePlanWithResendsReasonAndIsNotRetried() {
    String reason =
        "Invalid `to` field. The email address needs to follow the `email@example.com` or `Name"
            + " <email@example.com>` format.";
    resend.answersFor(
        "ghost@example.net",
        422,
        "{\"statusCode\":422,\"name\":\"validation_error\",\"message\":\""
            + reason.replace("\"", "\\\"")
            + "\"}");
    UUID planId = planId(decide("Send email to ghost@example.net about the invoice", "UTC"));
    String key = "plan/" + planId + "/email";

    approveTwice(planId);
    awaitStatus(planId, "failed");
    env.sleep(Duration.ofHours(1));

    assertThat(emailsWithKey(key)).hasSize(1);
    assertThat(resend.idFor(key)).isNull();
    Api.Response plan = plan(planId);
    assertThat(plan.text("status")).isEqualTo("failed");
    assertThat(plan.text("lastError")).isEqualTo("Resend refused the email: " + reason);
    JsonNode delivery = onlyDelivery(planId);
    assertThat(delivery.get("provider").asString()).isEqualTo("resend");
    assertThat(delivery.get("status").asString()).isEqualTo("failed");
    assertThat(delivery.get("error").asString()).isEqualTo("Resend refused the email: " + reason);
    assertThat(delivery.has("providerMessageId")).isFalse();
    assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
    assertThat(plan.body().get("events").findValuesAsString("status"))
        .containsExactly("pending", "waiting_approval", "scheduled", "failed");
  }

  @Test
  void approvedWhatsAppIsOneTwilioMessageAndItsSignedStatusShowsOnThePlan() {
    String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
    twilio.stubFor(
        FakeTwilio.send()
            .willReturn(FakeTwilio.created(sid, "whatsapp:+966501234567", "راح أتأخر")));
    int sendsBefore = twilio.sends().size();
    Api.Response created = decide("جهز رسالة واتساب إلى +966501234567 أني راح أتأخر", "Asia/Riyadh");
    UUID planId = planId(created);

    env.sleep(Duration.ofDays(1));
    assertThat(twilio.sends()).hasSize(sendsBefore);

    approveTwice(planId);
    awaitStatus(planId, "executed");

    List<Map<String, String>> sends = twilio.sends().subList(sendsBefore, twilio.sends().size());
    assertThat(sends)
        .containsExactly(
            Map.of(
                "To", "whatsapp:+966501234567",
                "From", FakeTwilio.FROM,
                "Body", "راح أتأخر",
                "StatusCallback", CALLBACK_URL));
    assertThat(twilio.sendRequests().get(sendsBefore).getHeader("Authorization"))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (FakeTwilio.ACCOUNT_SID + ":" + FakeTwilio.AUTH_TOKEN)
                            .getBytes(StandardCharsets.UTF_8)));
    assertThat(twilio.lookups()).isEmpty();
    JsonNode delivery = onlyDelivery(planId);
    assertThat(delivery.get("provider").asString()).isEqualTo("twilio");
    assertThat(delivery.get("providerMessageId").asString()).isEqualTo(sid);
    assertThat(delivery.get("recipient").asString()).isEqualTo("whatsapp:+966501234567");
    assertThat(delivery.get("status").asString()).isEqualTo("queued");
    assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
    assertThat(delivery.get("content").get("message").asString()).isEqualTo("راح أتأخر");

    Map<String, String> callback = statusCallback(sid, "delivered");
    Api.Response answered =
        api.postForm(
            "/api/webhooks/twilio/status",
            callback,
            "X-Twilio-Signature",
            TwilioSignatures.sign(FakeTwilio.AUTH_TOKEN, sends.get(0).get("StatusCallback"), callback));

    assertThat(answered.status()).isEqualTo(204);
    assertThat(onlyDelivery(planId).get("status").asString()).isEqualTo("delivered");
    assertThat(plan(planId).text("status")).isEqualTo("executed");
    assertThat(deliveryRows(planId))
        .singleElement()
        .satisfies(row -> assertThat(row).containsEntry("status", "delivered"));
    // The workflow recorded the receipt itself, then closed: its receipt window is over.
    awaitEvent(planId, "delivered");
    assertThat(workflowStatus(planId))
        .isEqualTo(io.temporal.api.enums.v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
  }

  @Test
  void whatsAppRefusedWithinTheReceiptWindowFailsThePlanAndLaterReceiptsTouchOnlyTheDelivery() {
    String refused = "SM" + UUID.randomUUID().toString().replace("-", "");
    UUID failing = approvedWhatsApp(refused, "+966501234501");
    String late = "SM" + UUID.randomUUID().toString().replace("-", "");
    UUID lateOne = approvedWhatsApp(late, "+966501234502");

    assertThat(callback(refused, "undelivered", "30003").status()).isEqualTo(204);

    awaitStatus(failing, "failed");
    assertThat(plan(failing).text("lastError"))
        .isEqualTo("WhatsApp did not deliver the message: the recipient's phone is unreachable (Twilio 30003)");

    env.sleep(Duration.ofHours(25)); // the second plan's receipt window closes
    awaitWorkflowClosed(lateOne);
    assertThat(callback(late, "undelivered", "30003").status()).isEqualTo(204);
    assertThat(onlyDelivery(lateOne).get("status").asString()).isEqualTo("undelivered");
    assertThat(status(lateOne)).isEqualTo("executed");
  }

  private UUID approvedWhatsApp(String sid, String number) {
    twilio.stubFor(FakeTwilio.send()
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(
            java.net.URLEncoder.encode(number, StandardCharsets.UTF_8)))
        .willReturn(FakeTwilio.created(sid, "whatsapp:" + number, "running late")));
    UUID planId = planId(decide("send a whatsapp to " + number + " that I am running late", "UTC"));
    approve(planId);
    awaitStatus(planId, "executed");
    return planId;
  }

  private Api.Response callback(String sid, String status, String errorCode) {
    Map<String, String> form = statusCallback(sid, status);
    form.put("ErrorCode", errorCode);
    return api.postForm("/api/webhooks/twilio/status", form,
        "X-Twilio-Signature", TwilioSignatures.sign(FakeTwilio.AUTH_TOKEN, CALLBACK_URL, form));
  }

  private void awaitEvent(UUID planId, String status) {
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(plan(planId).body().get("events").findValuesAsString("status")).contains(status));
  }

  private void awaitWorkflowClosed(UUID planId) {
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(workflowStatus(planId))
            .isNotEqualTo(io.temporal.api.enums.v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING));
  }

  /** What Twilio posts to the status callback URL it was given. */
  private static Map<String, String> statusCallback(String sid, String status) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("AccountSid", FakeTwilio.ACCOUNT_SID);
    form.put("ApiVersion", "2010-04-01");
    form.put("ChannelPrefix", "whatsapp");
    form.put("From", FakeTwilio.FROM);
    form.put("MessageSid", sid);
    form.put("MessageStatus", status);
    form.put("To", "whatsapp:+966501234567");
    return form;
  }
}
