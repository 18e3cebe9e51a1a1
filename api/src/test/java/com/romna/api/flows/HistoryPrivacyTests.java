package com.romna.api.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.romna.activities.whatsapp.FakeTwilio;
import com.romna.activities.whatsapp.TwilioSignatures;
import com.romna.api.support.Api;
import com.romna.api.support.ProviderEngineTest;
import com.romna.api.support.ProviderFakesConfiguration;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Temporal keeps a plan's history for its retention and shows it in the Web UI: it must not hold
 * who a message goes to or what it says. Every channel is run to its end through the real provider
 * SDKs, and each history is read whole, every payload decoded, every string and failure message.
 */
class HistoryPrivacyTests extends ProviderEngineTest {

  @Autowired WorkflowClient client;

  private final String device = "fcm-" + UUID.randomUUID() + ":APA91bHPRgkF3JUikC4ENAHEeMr";

  @Test
  void noFinishedPlansHistoryHoldsARecipientASubjectOrABody() {
    fcm.accepts(device);
    api.post("/api/devices", token, Api.json(Map.of("token", device, "platform", "android")));
    String sent = "SM" + UUID.randomUUID().toString().replace("-", "");
    twilio.stubFor(FakeTwilio.send().withRequestBody(containing(encoded("+966501234599")))
        .willReturn(FakeTwilio.created(sent, "whatsapp:+966501234599", "the parcel is at the door")));
    twilio.stubFor(FakeTwilio.send().withRequestBody(containing(encoded("+966501234598")))
        .willReturn(FakeTwilio.error(400, 21999, "Message to +966501234598 was blocked: the parcel went back")));

    UUID reminder = planId(decide("remind me in 30 minutes to take my insulin", "UTC"));
    UUID alarm = planId(decide("wake me up in 20 minutes", "UTC"));
    UUID email = planId(decide("Send email to jane.doe@example.org about the quarterly audit", "UTC"));
    UUID whatsApp = planId(decide("send a whatsapp to +966501234599 that the parcel is at the door", "UTC"));
    UUID refused = planId(decide("send a whatsapp to +966501234598 that the parcel went back", "UTC"));
    UUID reminded = planId(decide("Send email to jane.doe@example.org about the quarterly audit draft", "UTC"));
    List.of(email, whatsApp, refused).forEach(this::approve);
    env.sleep(Duration.ofHours(1));
    awaitStatus(refused, "failed");
    awaitStatus(whatsApp, "executed");
    signedUndelivered(sent);
    awaitStatus(whatsApp, "failed");
    awaitStatus(reminder, "executed");
    awaitStatus(alarm, "executed");
    awaitStatus(email, "executed");
    // A draft left waiting: its approval reminder goes through FCM an hour before it expires.
    env.sleep(Duration.ofDays(7).minusHours(2).plusMinutes(1));
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
        "SELECT count(*) FROM deliveries WHERE plan_id = :id AND purpose = 'approval_reminder' AND status = 'sent'")
        .param("id", reminded).query(Integer.class).single() == 1);
    approve(reminded);
    awaitStatus(reminded, "executed");

    List<String> personal = List.of(
        "jane.doe@example.org", "jane.doe", "quarterly audit",
        "+966501234599", "966501234599", "+966501234598", "966501234598", "parcel",
        device, "insulin", "wake me up", "remind me", "Send email");
    for (UUID plan : List.of(reminder, alarm, email, whatsApp, refused, reminded)) {
      String history = text(plan, false);
      assertThat(history).as("history of plan " + plan).contains(plan.toString());
      for (String value : personal) {
        assertThat(history).as("history of plan " + plan).doesNotContainIgnoringCase(value);
      }
    }
    // The one exception by design: the reminder's title in the summary ops read in the Web UI.
    assertThat(text(reminder, true)).contains("insulin");
    assertThat(text(refused, false)).contains("<redacted>");
  }

  private String encoded(String number) {
    return URLEncoder.encode("whatsapp:" + number, StandardCharsets.UTF_8);
  }

  private void signedUndelivered(String sid) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("AccountSid", FakeTwilio.ACCOUNT_SID);
    form.put("MessageSid", sid);
    form.put("MessageStatus", "undelivered");
    form.put("ErrorCode", "30003");
    form.put("To", "whatsapp:+966501234599");
    String url = ProviderFakesConfiguration.PUBLIC_BASE_URL + "/api/webhooks/twilio/status";
    assertThat(api.postForm("/api/webhooks/twilio/status", form,
            "X-Twilio-Signature", TwilioSignatures.sign(FakeTwilio.AUTH_TOKEN, url, form)).status())
        .isEqualTo(204);
  }

  /** Every string and decoded payload of the plan's history; the summary ops read only if asked. */
  private String text(UUID planId, boolean withSummary) {
    List<String> out = new ArrayList<>();
    for (HistoryEvent event : client.fetchHistory("plan-" + planId).getHistory().getEventsList()) {
      HistoryEvent scanned = withSummary ? event : event.toBuilder().clearUserMetadata().build();
      collect(scanned, out);
    }
    return String.join("\n", out);
  }

  private static void collect(Object value, List<String> out) {
    if (value instanceof Message message) {
      for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
        if (field.getValue() instanceof List<?> list) {
          list.forEach(item -> collect(item, out));
        } else {
          collect(field.getValue(), out);
        }
      }
    } else if (value instanceof ByteString bytes) {
      out.add(bytes.toStringUtf8());
    } else if (value instanceof String string) {
      out.add(string);
    }
  }
}
