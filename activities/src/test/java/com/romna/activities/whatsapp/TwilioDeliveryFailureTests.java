package com.romna.activities.whatsapp;

import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.http.Fault;
import com.romna.activities.DeliveryHarness;
import com.romna.activities.TestDatabase;
import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.PlanStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Twilio's failures through the real workflow, retry policy and ledger. */
class TwilioDeliveryFailureTests {

  private static final String TO = "whatsapp:+966501234567";

  private final FakeTwilio twilio = new FakeTwilio();
  private final String user = "u-" + UUID.randomUUID();

  @AfterEach
  void stop() {
    twilio.close();
  }

  @Test
  void serverErrorIsRetriedAndTheMessageSentOnce() {
    twilio.server.stubFor(
        FakeTwilio.send()
            .inScenario("outage")
            .whenScenarioStateIs(STARTED)
            .willReturn(FakeTwilio.error(500, 20500, "An internal server error has occurred"))
            .willSetStateTo("up"));
    twilio.server.stubFor(
        FakeTwilio.send()
            .inScenario("outage")
            .whenScenarioStateIs("up")
            .willReturn(FakeTwilio.created("SM100", TO, "running late")));
    UUID planId = WhatsAppRows.plan(user, "running late");

    PlanStatus status = run(planId, "running late");

    assertThat(status).isEqualTo(PlanStatus.EXECUTED);
    assertThat(twilio.sends()).hasSize(2).allSatisfy(form -> assertThat(form).containsEntry("To", TO));
    // The retry first asked Twilio whether the failed attempt had left a message after all.
    assertThat(twilio.lookups()).hasSize(1);
    assertThat(WhatsAppRows.delivery(planId))
        .contains(entry("status", "queued"), entry("provider_message_id", "SM100"), entry("attempts", 2));
  }

  @Test
  void invalidNumberFailsThePlanWithAReadableReasonAndNoRetry() {
    twilio.server.stubFor(
        FakeTwilio.send()
            .willReturn(
                FakeTwilio.error(400, 21211, "Invalid 'To' Phone Number: whatsapp:+96650123XXXX")));
    UUID planId = WhatsAppRows.plan(user, "running late");

    PlanStatus status = run(planId, "running late");

    assertThat(status).isEqualTo(PlanStatus.FAILED);
    assertThat(TestDatabase.lastError(planId))
        .isEqualTo(
            "WhatsApp message not sent: the recipient's number is not a valid phone number (Twilio 21211)");
    assertThat(twilio.sends()).hasSize(1);
    assertThat(twilio.lookups()).isEmpty();
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "failed"));
  }

  @Test
  void freeFormOutsideTheSessionWindowFailsExplainingTheTemplateSetting() {
    twilio.server.stubFor(
        FakeTwilio.send()
            .willReturn(
                FakeTwilio.error(
                    400,
                    63016,
                    "Failed to send freeform message because you are outside the allowed window.")));
    UUID planId = WhatsAppRows.plan(user, "running late");

    PlanStatus status = run(planId, "running late");

    assertThat(status).isEqualTo(PlanStatus.FAILED);
    assertThat(TestDatabase.lastError(planId))
        .startsWith("WhatsApp message not sent: WhatsApp refuses free-form text")
        .contains("last 24 hours", "Set TWILIO_WHATSAPP_CONTENT_SID", "{{1}}")
        .endsWith("(Twilio 63016)");
    assertThat(twilio.sends()).hasSize(1);
  }

  @Test
  void refusedCredentialsFailNamingTheSettingsToCheck() {
    twilio.server.stubFor(
        FakeTwilio.send().willReturn(FakeTwilio.error(401, 20003, "Authenticate")));
    UUID planId = WhatsAppRows.plan(user, "running late");

    PlanStatus status = run(planId, "running late");

    assertThat(status).isEqualTo(PlanStatus.FAILED);
    assertThat(TestDatabase.lastError(planId))
        .isEqualTo(
            "WhatsApp message not sent: Twilio refused the credentials; check TWILIO_ACCOUNT_SID"
                + " and TWILIO_AUTH_TOKEN (Twilio 20003)");
    assertThat(twilio.sends()).hasSize(1);
  }

  @Test
  void rateLimitIsRetriedNoSoonerThanRetryAfter() {
    twilio.server.stubFor(
        FakeTwilio.send()
            .inScenario("busy")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                FakeTwilio.error(429, 20429, "Too Many Requests").withHeader("Retry-After", "600"))
            .willSetStateTo("free"));
    twilio.server.stubFor(
        FakeTwilio.send()
            .inScenario("busy")
            .whenScenarioStateIs("free")
            .willReturn(FakeTwilio.created("SM101", TO, "running late")));
    UUID planId = WhatsAppRows.plan(user, "running late");

    try (DeliveryHarness harness = new DeliveryHarness(null, null, twilio.sender(null, null))) {
      long start = harness.env().currentTimeMillis();
      PlanStatus status = run(harness, planId, "running late");
      Duration elapsed = Duration.ofMillis(harness.env().currentTimeMillis() - start);

      assertThat(status).isEqualTo(PlanStatus.EXECUTED);
      // One minute until the plan is due, then Twilio's ten minutes.
      assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMinutes(11));
    }
    assertThat(twilio.sends()).hasSize(2);
  }

  @Test
  void inDoubtAttemptWhoseMessageTwilioHoldsIsNotSentAgain() {
    UUID planId = WhatsAppRows.plan(user, "running late");
    WhatsAppRows.delivery(planId, user, "sending", null, Instant.now());
    twilio.server.stubFor(
        FakeTwilio.list()
            .willReturn(
                FakeTwilio.json(
                    200,
                    FakeTwilio.page(
                        FakeTwilio.message("SM102", TO, "running late", "delivered", Instant.now()),
                        FakeTwilio.message("SM099", TO, "another message", "read", Instant.now())))));

    PlanStatus status = run(planId, "running late");

    assertThat(status).isEqualTo(PlanStatus.EXECUTED);
    assertThat(twilio.sends()).isEmpty();
    assertThat(twilio.lookups()).hasSize(1);
    assertThat(twilio.lookups().get(0).queryParameter("To").firstValue()).isEqualTo(TO);
    assertThat(twilio.lookups().get(0).queryParameter("From").firstValue())
        .isEqualTo(FakeTwilio.FROM);
    assertThat(twilio.lookups().get(0).queryParameter("DateSent>").isPresent()).isTrue();
    assertThat(WhatsAppRows.delivery(planId))
        .contains(entry("status", "delivered"), entry("provider_message_id", "SM102"));
  }

  @Test
  void inDoubtAttemptThatNeverReachedTwilioIsSentOnce() {
    UUID planId = WhatsAppRows.plan(user, "running late");
    WhatsAppRows.delivery(planId, user, "sending", null, Instant.now());
    twilio.server.stubFor(FakeTwilio.send().willReturn(FakeTwilio.created("SM103", TO, "running late")));

    PlanStatus status = run(planId, "running late");

    assertThat(status).isEqualTo(PlanStatus.EXECUTED);
    assertThat(twilio.lookups()).hasSize(1);
    assertThat(twilio.sends()).hasSize(1);
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("provider_message_id", "SM103"));
  }

  @Test
  void lostResponseIsFoundAtTwilioInsteadOfSendingAgain() {
    twilio.server.stubFor(
        FakeTwilio.send()
            .inScenario("lost")
            .whenScenarioStateIs(STARTED)
            .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("stored"));
    twilio.server.stubFor(
        FakeTwilio.list()
            .inScenario("lost")
            .whenScenarioStateIs("stored")
            .willReturn(
                FakeTwilio.json(
                    200,
                    FakeTwilio.page(
                        FakeTwilio.message("SM104", TO, "running late", "sent", Instant.now())))));
    UUID planId = WhatsAppRows.plan(user, "running late");

    PlanStatus status = run(planId, "running late");

    assertThat(status).isEqualTo(PlanStatus.EXECUTED);
    assertThat(twilio.sends()).hasSize(1);
    assertThat(WhatsAppRows.delivery(planId))
        .contains(entry("status", "sent"), entry("provider_message_id", "SM104"));
  }

  @Test
  void draftWithoutAnInternationalNumberFailsWithoutCallingTwilio() {
    UUID planId =
        TestDatabase.insertPlan(
            user, "whatsapp", "{\"to\":\"mum\",\"message\":\"hi\"}", Instant.now());

    PlanStatus status;
    try (DeliveryHarness harness = new DeliveryHarness(null, null, twilio.sender(null, null))) {
      status =
          harness.run(planId, user, IntentType.WHATSAPP, PlanPayload.whatsApp("mum", "hi"), "en");
    }

    assertThat(status).isEqualTo(PlanStatus.FAILED);
    assertThat(TestDatabase.lastError(planId))
        .isEqualTo(
            "WhatsApp message not sent: the recipient's number is not in international format"
                + " (e.g. +966501234567)");
    assertThat(twilio.server.getAllServeEvents()).isEmpty();
  }

  private PlanStatus run(UUID planId, String message) {
    try (DeliveryHarness harness = new DeliveryHarness(null, null, twilio.sender(null, null))) {
      return run(harness, planId, message);
    }
  }

  private PlanStatus run(DeliveryHarness harness, UUID planId, String message) {
    return harness.run(
        planId, user, IntentType.WHATSAPP, PlanPayload.whatsApp(WhatsAppRows.TO, message), "en");
  }
}
