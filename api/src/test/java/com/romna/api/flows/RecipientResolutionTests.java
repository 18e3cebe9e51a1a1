package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Names and local numbers in voice requests become the caller's contact's address or an E.164 number
 * before anything is created; a name nobody has is a 422 that says who, and creates nothing.
 */
class RecipientResolutionTests extends EngineTest {

  private void contact(String token, String... fields) {
    Map<String, String> body = new HashMap<>();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      body.put(fields[i], fields[i + 1]);
    }
    assertThat(api.post("/api/contacts", token, Api.json(body)).status()).isEqualTo(201);
  }

  private String storedTo(UUID planId) {
    return jdbc.sql("SELECT payload->>'to' FROM execution_plans WHERE id = :id")
        .param("id", planId)
        .query(String.class)
        .single();
  }

  private Api.Response interpret(String transcript, String timezone) {
    return api.post("/api/voice/interpret", token,
        Api.json(Map.of("transcript", transcript, "timezone", timezone, "now", "2026-11-25T17:00:00Z")));
  }

  private void assertNothingCreated(Api.Response response, String type) {
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.text("type")).isEqualTo("urn:romna:problem:" + type);
    assertThat(plansOfUser()).isZero();
  }

  @Test
  void emailToAContactGoesToHerAddress() {
    contact(token, "name", "Sara", "email", "sara@example.com");

    Api.Response created = decide("email Sara about the report", "Asia/Riyadh");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("status")).isEqualTo("waiting_approval");
    assertThat(created.body().get("payload").get("to").asString()).isEqualTo("sara@example.com");
    assertThat(created.body().get("payload").get("subject").asString()).isEqualTo("the report");
    assertThat(created.body().get("payload").get("body").asString()).isEqualTo("the report");
    assertThat(storedTo(planId(created))).isEqualTo("sara@example.com");
  }

  @Test
  void arabicWhatsAppToAContactGoesToHisNumber() {
    contact(token, "name", "احمد", "phone", "0501234567", "timezone", "Asia/Riyadh");

    Api.Response created = decide("واتساب لأحمد إني راح أتأخر", "Asia/Riyadh");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("intent")).isEqualTo("send_whatsapp");
    assertThat(created.body().get("payload").get("to").asString()).isEqualTo("+966501234567");
    assertThat(created.body().get("payload").get("message").asString()).isEqualTo("راح أتأخر");
    assertThat(storedTo(planId(created))).isEqualTo("+966501234567");
  }

  @Test
  void anUnknownNameIsUnprocessableNamesHimAndCreatesNothing() {
    contact(token, "name", "Sara", "email", "sara@example.com");

    Api.Response response = decide("whatsapp Ahmed that I'm late", "Asia/Riyadh");

    assertNothingCreated(response, "recipient-not-found");
    assertThat(response.text("detail")).contains("No contact named 'Ahmed' with a phone number");
    assertThat(response.text("recipient")).isEqualTo("Ahmed");
    assertThat(response.body().get("understood").get("recipientName").asString()).isEqualTo("Ahmed");
    assertThat(response.body().get("understood").get("payload").get("message").asString()).isEqualTo("I'm late");
  }

  @Test
  void anArabicNameNotAmongTheContactsIsNamedInTheProblem() {
    Api.Response response = decide("ارسل ايميل لسارة عن الاجتماع", "Asia/Riyadh");

    assertNothingCreated(response, "recipient-not-found");
    assertThat(response.text("detail")).contains("No contact named 'سارة' with an e-mail address");
  }

  @Test
  void aContactWithoutTheNeededAddressIsNotFoundForThatChannel() {
    contact(token, "name", "Sara", "phone", "+966501234567");

    Api.Response response = decide("email Sara about the report", "UTC");

    assertNothingCreated(response, "recipient-not-found");
    assertThat(response.text("detail")).contains("No contact named 'Sara' with an e-mail address");
    assertThat(decide("whatsapp Sara that the report is ready", "UTC").body().get("payload").get("to").asString())
        .isEqualTo("+966501234567");
  }

  @Test
  void anotherUsersContactIsNeverUsed() {
    contact(Api.tokenFor("other-" + UUID.randomUUID()), "name", "Sara", "email", "their.sara@example.com");

    Api.Response response = decide("send an email to Sara about the report", "UTC");

    assertNothingCreated(response, "recipient-not-found");
    assertThat(response.toString()).doesNotContain("their.sara@example.com");
  }

  @Test
  void aLocalNumberTakesTheUsersDefaultCountryCode() {
    api.put("/api/settings", token, Api.json(Map.of("defaultCountryCode", "971")));

    Api.Response created = decide("whatsapp 050 123 4567 saying I'm outside", "Asia/Riyadh");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("payload").get("to").asString()).isEqualTo("+971501234567");
    assertThat(storedTo(planId(created))).isEqualTo("+971501234567");
  }

  @Test
  void withoutASettingALocalNumberTakesTheTimeZonesCountry() {
    Api.Response created = decide("واتساب ٠٥٠١٢٣٤٥٦٧ إني راح أتأخر", "Asia/Riyadh");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("payload").get("to").asString()).isEqualTo("+966501234567");
    assertThat(created.body().get("payload").get("message").asString()).isEqualTo("راح أتأخر");
  }

  @Test
  void aLocalNumberWithNoKnownCountryIsUnprocessableAndCreatesNothing() {
    Api.Response response = decide("whatsapp 0501234567 saying hi", "UTC");

    assertNothingCreated(response, "country-code-required");
    assertThat(response.text("detail")).contains("'0501234567'").contains("country code");
  }

  @Test
  void interpretShowsTheResolvedRecipientWhenTheCallerHasTheContact() {
    contact(token, "name", "Sara", "email", "sara@example.com");

    Api.Response known = interpret("email Sara about the report", "UTC");
    Api.Response unknown = interpret("email Omar about the report", "UTC");

    assertThat(known.status()).isEqualTo(200);
    assertThat(known.text("recipientName")).isEqualTo("Sara");
    assertThat(known.body().get("payload").get("to").asString()).isEqualTo("sara@example.com");
    assertThat(known.text("recipientProblem")).isNull();
    assertThat(unknown.status()).isEqualTo(200);
    assertThat(unknown.text("recipientName")).isEqualTo("Omar");
    assertThat(unknown.body().get("payload").has("to")).isFalse();
    assertThat(unknown.text("recipientProblem")).contains("No contact named 'Omar'");
    assertThat(interpret("whatsapp 01001234567 saying hi", "Africa/Cairo").body().get("payload").get("to")
        .asString()).isEqualTo("+201001234567");
    assertThat(plansOfUser()).isZero();
  }
}
