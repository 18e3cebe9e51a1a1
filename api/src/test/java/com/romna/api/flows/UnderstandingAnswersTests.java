package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the voice endpoints answer beyond the plan: a reply in the user's language, the place prayer times were
 * computed for (the request's, the user's setting, or the zone's principal city), a recurrence that is refused
 * rather than made a one-off, commands that create nothing.
 */
class UnderstandingAnswersTests extends EngineTest {
  private static final String NOON_IN_RIYADH = "2026-11-25T09:00:00Z";

  private Api.Response interpret(String transcript, Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>(extra);
    body.put("transcript", transcript);
    body.put("now", NOON_IN_RIYADH);
    return api.post("/api/voice/interpret", token, Api.json(body));
  }

  private int plans() {
    return jdbc.sql("SELECT count(*) FROM execution_plans WHERE user_id = :u").param("u", user).query(Integer.class)
        .single();
  }

  @Test
  void interpretAnswersWithAReplyInTheUsersLanguage() {
    Api.Response ar = interpret("ذكرني بكرة الساعة ٩ الصبح أدفع الإيجار", Map.of("timezone", "Asia/Riyadh"));
    assertThat(ar.text("reply")).isEqualTo("تمام، راح أذكرك بكرة الخميس ٢٦ نوفمبر الساعة ٩:٠٠ الصبح: أدفع الإيجار");
    Api.Response en = interpret("remind me tomorrow at 9am to pay rent", Map.of("timezone", "Asia/Riyadh"));
    assertThat(en.text("reply")).isEqualTo("OK, I'll remind you tomorrow, Thursday 26 November, at 9:00 AM: pay rent.");
  }

  @Test
  void prayerTimesUseTheRequestsLocationElseTheSettingsElseTheZonesCity() {
    Api.Response zone = interpret("ذكرني بعد المغرب", Map.of("timezone", "Asia/Riyadh"));
    assertThat(zone.body().get("location").get("name").asText()).isEqualTo("Riyadh");
    assertThat(zone.body().get("location").get("source").asText()).isEqualTo("zone");

    Api.Response sent = interpret("ذكرني بعد المغرب", Map.of("timezone", "Asia/Riyadh",
        "location", Map.of("latitude", 21.4858, "longitude", 39.1925)));
    assertThat(sent.body().get("location").get("source").asText()).isEqualTo("request");
    assertThat(sent.text("scheduledFor")).isGreaterThan(zone.text("scheduledFor")); // Jeddah's sunset is later

    Map<String, Object> settings = Map.of("timezone", "Asia/Riyadh", "location",
        Map.of("latitude", 21.4858, "longitude", 39.1925));
    assertThat(api.put("/api/settings", token, Api.json(settings)).status()).isEqualTo(200);
    Api.Response saved = interpret("ذكرني بعد المغرب", Map.of()); // no zone in the request: the user's
    assertThat(saved.body().get("location").get("source").asText()).isEqualTo("settings");
    assertThat(saved.text("scheduledFor")).isEqualTo(sent.text("scheduledFor"));
    assertThat(saved.text("scheduledFor")).endsWith("+03:00");
  }

  @Test
  void settingsKeepTimezoneAndLocationAndRejectNonsense() {
    Api.Response ok = api.put("/api/settings", token, Api.json(Map.of("defaultCountryCode", "966",
        "timezone", "Asia/Dubai", "location", Map.of("latitude", 25.2, "longitude", 55.27))));
    assertThat(ok.status()).isEqualTo(200);
    Api.Response read = api.get("/api/settings", token);
    assertThat(read.text("timezone")).isEqualTo("Asia/Dubai");
    assertThat(read.body().get("location").get("latitude").asDouble()).isEqualTo(25.2);
    assertThat(api.put("/api/settings", token, Api.json(Map.of("timezone", "Mars/Olympus"))).status())
        .isEqualTo(400);
    Api.Response far = api.put("/api/settings", token, Api.json(Map.of("location",
        Map.of("latitude", 95, "longitude", 10))));
    assertThat(far.status()).isEqualTo(400);
    assertThat(far.text("type")).isEqualTo("urn:romna:problem:invalid-location");
  }

  @Test
  void aRecurringRequestIsReadAndMadeASeriesNeverAOneOff() {
    Api.Response read = interpret("remind me every day at 8 to take my pills", Map.of("timezone", "Asia/Riyadh"));
    assertThat(read.text("recurrence")).isEqualTo("FREQ=DAILY;BYHOUR=8;BYMINUTE=0");
    assertThat(read.body().get("payload").get("title").asText()).isEqualTo("take my pills");

    Api.Response decided = decide("ذكريني كل يوم الساعة ٨ آخذ الدوا", "Asia/Riyadh");
    assertThat(decided.status()).isEqualTo(201);
    assertThat(decided.text("recurrence")).startsWith("FREQ=DAILY;BYHOUR=8");
    assertThat(plans()).isEqualTo(1);
  }

  @Test
  void commandsAndQuestionsCreateNothing() {
    Api.Response move = interpret("move my dentist reminder to 5pm", Map.of("timezone", "Asia/Riyadh"));
    assertThat(move.body().get("command").get("action").asText()).isEqualTo("reschedule");
    assertThat(move.body().get("command").get("target").asText()).isEqualTo("reminder");
    assertThat(move.body().get("command").get("about").asText()).isEqualTo("dentist");
    assertThat(move.body().get("command").get("to").asText()).startsWith("2026-11-25T17:00");

    Api.Response off = decide("أطفئ المنبه", "Asia/Riyadh"); // no alarm to switch off
    assertThat(off.status()).isEqualTo(404);
    assertThat(off.text("type")).isEqualTo("urn:romna:problem:no-matching-plan");
    assertThat(off.text("reply")).isNotBlank();
    Api.Response asked = decide("did i set a reminder for the dentist", "Asia/Riyadh");
    assertThat(asked.status()).isEqualTo(200);
    assertThat(asked.body().get("plans").size()).isZero();
    assertThat(plans()).isZero();
  }

  @Test
  void anAmbiguousTimeIsA422ThatSaysSoInTheUsersLanguage() {
    Api.Response both = decide("remind me at 5 in the evening at dawn", "Asia/Riyadh");
    assertThat(both.status()).isEqualTo(422);
    assertThat(both.text("detail")).contains("ambiguous");
    assertThat(both.text("reply")).contains("ambiguous");
    Api.Response ar = decide("ذكرني", "Asia/Riyadh");
    assertThat(ar.status()).isEqualTo(422);
    assertThat(ar.text("reply")).isEqualTo("متى أذكرك؟ قل لي اليوم والساعة.");
    assertThat(plans()).isZero();
  }

  @Test
  void aCreatedPlanComesWithItsReply() {
    Api.Response created = decide("remind me in 2 hours to stretch", "Asia/Riyadh");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("reply")).startsWith("OK, I'll remind you today at").endsWith(": stretch.");
  }
}
