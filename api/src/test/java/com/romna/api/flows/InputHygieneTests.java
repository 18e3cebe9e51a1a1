package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What users send is cleaned at the entry and checked at the boundary, so nothing shown can be spoofed. */
class InputHygieneTests extends EngineTest {

  private String storedTranscript(UUID planId) {
    return jdbc.sql("SELECT transcript FROM execution_plans WHERE id = :id").param("id", planId)
        .query(String.class).single();
  }

  @Test
  void bidiAndControlCharactersNeverReachUnderstandingOrThePlan() {
    Api.Response created = decide("remind me in 2 hours to call \u202Emom\u202C\u0007\u200B please\r\n", "UTC");

    assertThat(created.status()).isEqualTo(201);
    UUID planId = planId(created);
    assertThat(created.body().get("payload").get("title").asString()).doesNotContain("\u202E", "\u202C", "\u200B");
    assertThat(storedTranscript(planId)).isEqualTo("remind me in 2 hours to call mom please  ");
  }

  @Test
  void arabicIsStoredComposed() {
    // "أرسل" typed as alef + combining hamza above.
    Api.Response created = decide("\u0627\u0654\u0631\u0633\u0644 إيميل إلى sara@example.com عن الاجتماع", "Asia/Riyadh");

    assertThat(created.status()).isEqualTo(201);
    assertThat(storedTranscript(planId(created))).startsWith("\u0623\u0631\u0633\u0644 ");
  }

  @Test
  void aContactsNameCannotHideCharacters() {
    Api.Response created = api.post("/api/contacts", token,
        Api.json(Map.of("name", "Sa\u200Bra\u202E", "email", "sara@example.com")));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("name")).isEqualTo("Sara");
  }

  @Test
  void aWhatsAppToANumberThatDoesNotExistIsRefusedAndCreatesNothing() {
    Api.Response refused = decide("send a whatsapp to +15551234567 that I'm late", "UTC");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.text("type")).isEqualTo("urn:romna:problem:invalid-recipient");
    assertThat(plansOfUser()).isZero();
  }

  @Test
  void contactAddressesMustBeDeliverable() {
    assertThat(api.post("/api/contacts", token,
        Api.json(Map.of("name", "Eve", "email", "eve@[127.0.0.1]"))).text("type"))
        .isEqualTo("urn:romna:problem:invalid-email");
    assertThat(api.post("/api/contacts", token,
        Api.json(Map.of("name", "Eve", "phone", "+15551234567"))).text("type"))
        .isEqualTo("urn:romna:problem:invalid-phone");
  }
}
