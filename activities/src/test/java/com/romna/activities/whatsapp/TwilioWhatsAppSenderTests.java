package com.romna.activities.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.romna.activities.DeliveryHarness;
import com.romna.activities.TestDatabase;
import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.PlanStatus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exact requests Twilio receives from the real SDK, through the real workflow and ledger. */
class TwilioWhatsAppSenderTests {

  private static final String CALLBACK = "https://romna.example.com/api/webhooks/twilio/status";

  private final FakeTwilio twilio = new FakeTwilio();
  private final String user = "u-" + UUID.randomUUID();

  @AfterEach
  void stop() {
    twilio.close();
  }

  @Test
  void freeFormMessageGoesToTheRecipientsWhatsAppFromTheConfiguredSender() {
    twilio.server.stubFor(
        FakeTwilio.send().willReturn(FakeTwilio.created("SM001", "whatsapp:+966501234567", "running late")));
    UUID planId = WhatsAppRows.plan(user, "running late");

    PlanStatus status = run(twilio.sender(null, CALLBACK), planId, "running late");

    assertThat(status).isEqualTo(PlanStatus.EXECUTED);
    assertThat(twilio.sends())
        .containsExactly(
            Map.of(
                "To", "whatsapp:+966501234567",
                "From", "whatsapp:+14155238886",
                "Body", "running late",
                "StatusCallback", CALLBACK));
    assertThat(twilio.sendRequests().get(0).getHeader("Authorization"))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (FakeTwilio.ACCOUNT_SID + ":" + FakeTwilio.AUTH_TOKEN)
                            .getBytes(StandardCharsets.UTF_8)));
    assertThat(twilio.sendRequests().get(0).getHeader("Content-Type"))
        .startsWith("application/x-www-form-urlencoded");
    assertThat(WhatsAppRows.delivery(planId))
        .contains(
            entry("status", "queued"),
            entry("provider", "twilio"),
            entry("provider_message_id", "SM001"),
            entry("recipient", "whatsapp:+966501234567"));
    assertThat(twilio.lookups()).isEmpty();
  }

  @Test
  void configuredTemplateCarriesTheMessageAsItsFirstVariable() {
    twilio.server.stubFor(
        FakeTwilio.send()
            .willReturn(
                FakeTwilio.created(
                    "SM002", "whatsapp:+966501234567", "Message from ROMNA: call \"mum\" back")));
    UUID planId = WhatsAppRows.plan(user, "call mum back");

    PlanStatus status =
        run(twilio.sender("HX0123456789abcdef0123456789abcdef", CALLBACK), planId, "call \"mum\" back");

    assertThat(status).isEqualTo(PlanStatus.EXECUTED);
    assertThat(twilio.sends())
        .containsExactly(
            Map.of(
                "To", "whatsapp:+966501234567",
                "From", "whatsapp:+14155238886",
                "ContentSid", "HX0123456789abcdef0123456789abcdef",
                "ContentVariables", "{\"1\":\"call \\\"mum\\\" back\"}",
                "StatusCallback", CALLBACK));
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("provider_message_id", "SM002"));
  }

  @Test
  void withoutPublicBaseUrlNoStatusCallbackIsRequested() {
    twilio.server.stubFor(
        FakeTwilio.send().willReturn(FakeTwilio.created("SM003", "whatsapp:+966501234567", "hi")));
    UUID planId = WhatsAppRows.plan(user, "hi");

    PlanStatus status = run(twilio.sender(null, null), planId, "hi");

    assertThat(status).isEqualTo(PlanStatus.EXECUTED);
    assertThat(twilio.sends())
        .containsExactly(
            Map.of("To", "whatsapp:+966501234567", "From", "whatsapp:+14155238886", "Body", "hi"));
  }

  @Test
  void numberWrittenWithSpacesAndZerosIsSentInE164() {
    twilio.server.stubFor(
        FakeTwilio.send().willReturn(FakeTwilio.created("SM004", "whatsapp:+966501234567", "hi")));
    UUID planId =
        TestDatabase.insertPlan(
            user, "whatsapp", "{\"to\":\"00966 50 123 4567\",\"message\":\"hi\"}", java.time.Instant.now());

    try (DeliveryHarness harness = new DeliveryHarness(null, null, twilio.sender(null, null))) {
      harness.run(
          planId, user, IntentType.WHATSAPP, PlanPayload.whatsApp("00966 50 123 4567", "hi"), "en");
    }

    assertThat(twilio.sends().get(0)).containsEntry("To", "whatsapp:+966501234567");
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("executed");
  }

  private PlanStatus run(TwilioWhatsAppSender sender, UUID planId, String message) {
    try (DeliveryHarness harness = new DeliveryHarness(null, null, sender)) {
      return harness.run(
          planId, user, IntentType.WHATSAPP, PlanPayload.whatsApp(WhatsAppRows.TO, message), "en");
    }
  }
}
