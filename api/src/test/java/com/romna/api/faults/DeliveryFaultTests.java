package com.romna.api.faults;

import static com.romna.api.faults.FaultLedger.duplicates;
import static com.romna.api.faults.FaultLedger.lost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.romna.activities.push.FakeFcm;
import com.romna.activities.whatsapp.FakeTwilio;
import com.romna.api.support.Api;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Faults around a delivery: cancels that meet it, providers that fail, a worker lost mid-send. */
class DeliveryFaultTests extends FaultRig {

  @Test
  void cancelDuringRetryBackoff() {
    String number = number();
    twilio.stubFor(sendTo(number).willReturn(FakeTwilio.error(503, 20500, "Service unavailable")));
    UUID planId = whatsApp(number);
    env.sleep(Duration.ofMinutes(1)); // due at once: attempts fail and back off
    long tried = twilio.sendsTo("whatsapp:" + number);
    assertThat(tried).isGreaterThanOrEqualTo(2);

    Api.Response cancelled = cancel(planId);
    env.sleep(Duration.ofHours(13)); // past the give-up window: no attempt may come after the cancel

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.text("cancel")).isEqualTo("cancelled");
    assertThat(status(planId)).isEqualTo("cancelled");
    assertThat(twilio.sendsTo("whatsapp:" + number)).isEqualTo(tried);
    FaultLedger.record("cancel during retry backoff", lost(status(planId), "cancelled"),
        duplicates(twilio.created("whatsapp:" + number)));
  }

  @Test
  void cancelRacingTheFirstAttemptThatGetsThrough() {
    String number = number();
    twilio.stubFor(sendTo(number).willReturn(
        FakeTwilio.created("SM" + UUID.randomUUID().toString().replace("-", ""), "whatsapp:" + number,
            "the gate code changed").withFixedDelay(2_000)));
    UUID planId = whatsApp(number);
    awaitDeliveryRow(planId, "sending"); // the attempt is in flight: Twilio has not answered

    Api.Response cancelling = cancel(planId);
    awaitStatus(planId, "executed");

    assertThat(cancelling.status()).isEqualTo(202);
    assertThat(cancelling.text("cancel")).isEqualTo("sending");
    assertThat(twilio.sendsTo("whatsapp:" + number)).isEqualTo(1);
    assertThat(eventStatuses(planId)).endsWith("executed");
    FaultLedger.record("cancel racing the first attempt (it got through)", lost(status(planId), "executed"),
        duplicates(twilio.created("whatsapp:" + number)));
  }

  @Test
  void cancelRacingTheFirstAttemptThatFails() {
    String number = number();
    twilio.stubFor(sendTo(number).willReturn(
        FakeTwilio.error(503, 20500, "Service unavailable").withFixedDelay(2_000)));
    UUID planId = whatsApp(number);
    awaitDeliveryRow(planId, "sending");

    Api.Response cancelling = cancel(planId);
    awaitStatus(planId, "cancelled");
    env.sleep(Duration.ofHours(1));

    assertThat(cancelling.text("cancel")).isEqualTo("sending");
    assertThat(twilio.sendsTo("whatsapp:" + number)).isEqualTo(1); // no retry after the cancel
    FaultLedger.record("cancel racing the first attempt (it failed)", lost(status(planId), "cancelled"),
        duplicates(twilio.created("whatsapp:" + number)));
  }

  @Test
  void approveRacingCancel() throws Exception {
    for (int round = 1; round <= 3; round++) {
      String address = "race-" + UUID.randomUUID() + "@example.com";
      UUID planId = draft("Send email to " + address + " about the lease");
      CompletableFuture<Api.Response> approve = CompletableFuture.supplyAsync(() -> approve(planId));
      CompletableFuture<Api.Response> cancel = CompletableFuture.supplyAsync(() -> cancel(planId));
      Api.Response cancelled = cancel.get();
      approve.get();
      await().atMost(Duration.ofSeconds(20)).until(() -> !status(planId).matches("pending|waiting_approval|scheduled"));
      env.sleep(Duration.ofHours(1));

      // Whatever won, the answers, the plan and Resend agree.
      String end = status(planId);
      boolean sent = resend.idFor("plan/" + planId + "/email") != null;
      assertThat(end).isIn("cancelled", "executed");
      assertThat(sent).isEqualTo(end.equals("executed"));
      if (cancelled.status() == 200) {
        assertThat(end).isEqualTo("cancelled");
      } else if (cancelled.status() == 409) {
        assertThat(cancelled.text("planStatus")).isEqualTo("executed");
      }
      int lost = end.equals("cancelled") || end.equals("executed") ? 0 : 1;
      FaultLedger.record("approve racing cancel, round " + round, lost,
          duplicates(resend.requests().stream()
              .filter(r -> r.getBodyAsString().contains(address)).map(r -> r.getHeader("Idempotency-Key"))
              .distinct().count()));
    }
  }

  @Test
  void workerCrashAfterTheProviderAcceptedBeforeTheActivityCompleted() {
    String number = number();
    String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
    twilio.stubFor(sendTo(number).willReturn(FakeTwilio.created(sid, "whatsapp:" + number, "the gate code changed")));
    twilio.lists(sid, "whatsapp:" + number, "the gate code changed", now());
    UUID whatsAppPlan = draft("send a whatsapp to " + number + " that the gate code changed");
    String address = "crash-" + UUID.randomUUID() + "@example.com";
    UUID emailPlan = draft("Send email to " + address + " about the lease");
    crashes.crashAfterSending(whatsAppPlan);
    crashes.crashAfterSending(emailPlan);

    approve(whatsAppPlan);
    approve(emailPlan);
    awaitDeliveryRow(whatsAppPlan, "sending"); // accepted by Twilio, not recorded
    restartWorker();
    env.sleep(Duration.ofMinutes(1));
    awaitStatus(whatsAppPlan, "executed");
    awaitStatus(emailPlan, "executed");

    // Twilio: the retry found the message it had already accepted and sent nothing.
    assertThat(twilio.sendsTo("whatsapp:" + number)).isEqualTo(1);
    assertThat(onlyDelivery(whatsAppPlan).get("providerMessageId").asString()).isEqualTo(sid);
    // Resend: the retry carried the same idempotency key, so Resend created no second email.
    String key = "plan/" + emailPlan + "/email";
    assertThat(resend.requests().stream().filter(r -> key.equals(r.getHeader("Idempotency-Key"))))
        .hasSize(2);
    FaultLedger.record("worker crash after the provider accepted",
        lost(status(whatsAppPlan), "executed") + lost(status(emailPlan), "executed"),
        duplicates(twilio.created("whatsapp:" + number)) + (resend.idFor(key) == null ? 1 : 0));
  }

  @Test
  void providerOutageStormThenRecovery() {
    String number = number();
    String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
    twilioFailsThenCreates(number, 5, sid);
    UUID planId = whatsApp(number);

    env.sleep(Duration.ofMinutes(3)); // 1 + 2 + 4 + 8 + 16 s of backoff
    awaitStatus(planId, "executed");

    assertThat(twilio.sendsTo("whatsapp:" + number)).isEqualTo(6);
    assertThat(plan(planId).body().get("attempts").asInt()).isEqualTo(6);
    assertThat(onlyDelivery(planId).get("providerMessageId").asString()).isEqualTo(sid);
    FaultLedger.record("provider 5xx storm then recovery", lost(status(planId), "executed"),
        duplicates(twilio.created("whatsapp:" + number)));
  }

  @Test
  void rateLimitWithRetryAfter() {
    String device = device();
    fcm.failsThenAccepts(device, 1, FakeFcm.quotaExceeded().withHeader("Retry-After", "120"));
    UUID planId = draft("remind me in 1 minute to stretch");

    env.sleep(Duration.ofMinutes(5));
    awaitStatus(planId, "executed");

    List<FakeFcm.Sent> sent = fcm.sentTo(device);
    assertThat(sent).hasSize(2);
    assertThat(Duration.ofMillis(sent.get(1).atMillis() - sent.get(0).atMillis()))
        .isBetween(Duration.ofSeconds(120), Duration.ofSeconds(125));
    FaultLedger.record("429 with Retry-After", lost(status(planId), "executed"),
        duplicates(fcm.sentTo(device).size() - 1));
  }

  private List<String> eventStatuses(UUID planId) {
    return plan(planId).body().get("events").findValuesAsString("status");
  }
}
