package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.romna.activities.whatsapp.FakeTwilio;
import com.romna.api.support.Api;
import com.romna.api.support.ProviderEngineTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * Editing a draft before approval over HTTP: the edit is checked as intake checks, versioned, and
 * what the provider receives is the version the user approved; a stale approval or an edit of
 * anything but a waiting draft is a 409 that changes nothing.
 */
class DraftEditTests extends ProviderEngineTest {

  private Api.Response edit(UUID planId, Map<String, Object> fields) {
    return api.send("PATCH", "/api/plans/" + planId, token, "application/json", Api.json(fields), Map.of());
  }

  private Api.Response approve(UUID planId, int version) {
    return api.post("/api/plans/" + planId + "/approve", token, Api.json(Map.of("version", version)));
  }

  private String payload(UUID planId) {
    return jdbc.sql("SELECT payload::text || ' v' || version FROM execution_plans WHERE id = :id")
        .param("id", planId).query(String.class).single();
  }

  private long historyEvents(UUID planId) {
    return env.getWorkflowClient().fetchHistory("plan-" + planId).getEvents().size();
  }

  @Test
  void anEditedEmailApprovedByItsVersionReachesResendAsEdited() throws Exception {
    assertThat(api.post("/api/contacts", token, Api.json(Map.of("name", "Sara", "email", "sara@example.com")))
        .status()).isEqualTo(201);
    UUID planId = planId(decide("Send email to john@example.com about meeting tomorrow", "UTC"));
    assertThat(plan(planId).body().get("version").asInt()).isEqualTo(1);

    Api.Response edited = edit(planId, Map.of("recipient", "Sara", "subject", "Budget\u202E review",
        "body", "See you at 10."));

    assertThat(edited.status()).isEqualTo(200);
    assertThat(edited.body().get("version").asInt()).isEqualTo(2);
    assertThat(edited.body().get("payload").get("to").asString()).isEqualTo("sara@example.com");
    assertThat(edited.body().get("payload").get("subject").asString()).isEqualTo("Budget review");
    assertThat(edited.body().get("status").asString()).isEqualTo("waiting_approval");
    assertThat(approve(planId, 2).status()).isEqualTo(200);
    awaitStatus(planId, "executed");

    List<LoggedRequest> sent = resend.requests().stream()
        .filter(r -> ("plan/" + planId + "/email").equals(r.getHeader("Idempotency-Key"))).toList();
    assertThat(sent).hasSize(1);
    JSONAssert.assertEquals("{\"to\":[\"sara@example.com\"],\"subject\":\"Budget review\",\"text\":\"See you at 10.\"}",
        sent.get(0).getBodyAsString(), JSONCompareMode.LENIENT);
  }

  @Test
  void anEditedWhatsAppAtANewTimeIsSentAsEditedAtThatTime() {
    twilio.stubFor(FakeTwilio.send().willReturn(FakeTwilio.created("SM" + UUID.randomUUID().toString()
        .replace("-", ""), "whatsapp:+966501234567", "late")));
    int before = twilio.sends().size();
    UUID planId = planId(decide("Send a WhatsApp to +966501234567 that I'm running late", "Asia/Riyadh"));
    Instant at = now().plus(Duration.ofHours(3));

    Api.Response edited = edit(planId, Map.of("message", "I'll be 20 minutes late",
        "scheduledFor", at.atOffset(ZoneOffset.ofHours(3)).toString()));
    assertThat(edited.status()).isEqualTo(200);
    assertThat(scheduledFor(edited)).isEqualTo(at);
    assertThat(approve(planId).status()).isEqualTo(200); // no version: the current one
    env.sleep(Duration.ofHours(2));
    assertThat(twilio.sends()).hasSize(before);
    env.sleep(Duration.ofHours(1).plusMinutes(1));
    awaitStatus(planId, "executed");

    assertThat(twilio.sends().subList(before, twilio.sends().size()))
        .singleElement().satisfies(m -> assertThat(m.get("Body")).isEqualTo("I'll be 20 minutes late"));
  }

  @Test
  void aStaleVersionIsRefusedAndNothingIsApproved() {
    UUID planId = planId(decide("Send email to john@example.com about meeting tomorrow", "UTC"));
    assertThat(edit(planId, Map.of("body", "New text")).status()).isEqualTo(200);
    long events = historyEvents(planId);

    Api.Response stale = approve(planId, 1);

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.text("type")).isEqualTo("urn:romna:problem:draft-changed");
    assertThat(stale.body().get("version").asInt()).isEqualTo(2);
    assertThat(status(planId)).isEqualTo("waiting_approval");
    assertThat(historyEvents(planId)).isEqualTo(events);
    assertThat(approve(planId, 2).status()).isEqualTo(200);
  }

  @Test
  void onlyAWaitingDraftCanBeEdited() {
    UUID reminder = planId(decide("Remind me to call mom in 2 hours", "UTC"));
    Api.Response notDraft = edit(reminder, Map.of("body", "x"));
    assertThat(notDraft.status()).isEqualTo(409);
    assertThat(notDraft.text("type")).isEqualTo("urn:romna:problem:not-a-draft");

    UUID email = planId(decide("Send email to john@example.com about meeting tomorrow", "UTC"));
    assertThat(approve(email, 1).status()).isEqualTo(200);
    String before = payload(email);
    Api.Response approved = edit(email, Map.of("body", "changed after approval"));
    assertThat(approved.status()).isEqualTo(409);
    assertThat(approved.text("type")).isIn("urn:romna:problem:not-a-draft", "urn:romna:problem:plan-finished");
    assertThat(payload(email)).isEqualTo(before);
  }

  @Test
  void aBadRecipientOrEmptyFieldChangesNothing() {
    UUID planId = planId(decide("Send email to john@example.com about meeting tomorrow", "UTC"));
    String before = payload(planId);

    Api.Response invalid = edit(planId, Map.of("recipient", "bob@", "body", "new"));
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.text("type")).isEqualTo("urn:romna:problem:invalid-recipient");
    Api.Response unknown = edit(planId, Map.of("recipient", "Nobody"));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.text("type")).isEqualTo("urn:romna:problem:recipient-not-found");
    Api.Response empty = edit(planId, Map.of("subject", " \u200B "));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.text("type")).isEqualTo("urn:romna:problem:invalid-edit");
    Api.Response wrongField = edit(planId, Map.of("message", "hi"));
    assertThat(wrongField.status()).isEqualTo(400);

    assertThat(payload(planId)).isEqualTo(before);
    assertThat(plan(planId).body().get("version").asInt()).isEqualTo(1);
  }
}
