package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SnoozeRescheduleTests extends EngineTest {

  private Api.Response reschedule(UUID planId, Map<String, String> body) {
    return api.post("/api/plans/" + planId + "/reschedule", token, Api.json(body));
  }

  private Api.Response snooze(UUID planId, String duration) {
    return api.post("/api/plans/" + planId + "/snooze", token, Api.json(Map.of("duration", duration)));
  }

  private Instant storedTime(UUID planId) {
    return jdbc.sql("SELECT scheduled_for FROM execution_plans WHERE id = :id").param("id", planId)
        .query(OffsetDateTime.class).single().toInstant();
  }

  private List<String> keys(UUID planId) {
    return jdbc.sql("SELECT idempotency_key FROM deliveries WHERE plan_id = :id ORDER BY created_at")
        .param("id", planId).query(String.class).list();
  }

  @Test
  void rescheduleMovesTheTimerTheRowAndTheHistory() {
    UUID planId = planId(decide("remind me in 2 hours to take my medicine", "Asia/Riyadh"));
    Instant later = now().plus(Duration.ofHours(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    Api.Response moved = reschedule(planId, Map.of("scheduledFor", later.atZone(ZoneId.of("Asia/Riyadh"))
        .toOffsetDateTime().toString()));

    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.text("status")).isEqualTo("scheduled");
    assertThat(scheduledFor(moved)).isEqualTo(later);
    assertThat(moved.text("scheduledFor")).endsWith("+03:00");
    assertThat(storedTime(planId)).isEqualTo(later);
    assertThat(plan(planId).body().get("events").findValuesAsString("note"))
        .anySatisfy(note -> assertThat(note).startsWith("rescheduled to "));
    env.sleep(Duration.ofHours(3));
    assertThat(deliveries(planId)).isZero();
    env.sleep(Duration.ofHours(2).plusMinutes(1));
    awaitStatus(planId, "executed");
    assertThat(deliveries(planId)).isEqualTo(1);
  }

  @Test
  void rescheduleBySpokenTimeInEitherLanguage() {
    UUID english = planId(decide("remind me in 1 hour to call mom", "Asia/Riyadh"));
    UUID arabic = planId(decide("ذكرني بعد ساعة اتصل بأمي", "Asia/Riyadh"));

    Api.Response en = reschedule(english, Map.of("transcript", "in 3 hours"));
    Api.Response ar = reschedule(arabic, Map.of("transcript", "بعد ٣ ساعات"));

    assertThat(en.status()).isEqualTo(200);
    assertThat(ar.status()).isEqualTo(200);
    assertThat(Duration.between(now(), scheduledFor(en))).isBetween(Duration.ofMinutes(179), Duration.ofMinutes(181));
    assertThat(Duration.between(now(), scheduledFor(ar))).isBetween(Duration.ofMinutes(179), Duration.ofMinutes(181));
    Api.Response unclear = reschedule(english, Map.of("transcript", "whenever"));
    assertThat(unclear.status()).isEqualTo(422);
    assertThat(unclear.text("type")).isEqualTo("urn:romna:problem:not-understood");
  }

  @Test
  void snoozeBeforeFiringPutsThePlanOff() {
    Api.Response created = decide("remind me in 30 minutes to stretch", "UTC");
    UUID planId = planId(created);

    Api.Response snoozed = snooze(planId, "15m");

    assertThat(snoozed.status()).isEqualTo(200);
    assertThat(scheduledFor(snoozed)).isEqualTo(scheduledFor(created).plus(Duration.ofMinutes(15)));
    env.sleep(Duration.ofMinutes(40));
    assertThat(deliveries(planId)).isZero();
    env.sleep(Duration.ofMinutes(6));
    awaitStatus(planId, "executed");
    assertThat(deliveries(planId)).isEqualTo(1);
  }

  @Test
  void aReminderThatRangCanBeSnoozedAndRingsAgainWithItsOwnDelivery() {
    UUID planId = planId(decide("remind me in 1 minute to drink water", "UTC"));
    env.sleep(Duration.ofMinutes(2));
    awaitStatus(planId, "executed");

    Api.Response snoozed = snooze(planId, "PT10M");

    assertThat(snoozed.status()).isEqualTo(200);
    assertThat(snoozed.text("status")).isEqualTo("scheduled");
    assertThat(status(planId)).isEqualTo("scheduled");
    env.sleep(Duration.ofMinutes(11));
    awaitStatus(planId, "executed");
    assertThat(keys(planId)).hasSize(2).doesNotHaveDuplicates();
    assertThat(keys(planId).get(1)).startsWith(keys(planId).get(0) + "/");
  }

  @Test
  void movesThatCannotHappenAreRefusedAndChangeNothing() {
    UUID planId = planId(decide("remind me in 2 hours to take my medicine", "UTC"));
    Instant stored = storedTime(planId);

    assertThat(snooze(planId, "10").text("type")).isEqualTo("urn:romna:problem:invalid-duration");
    assertThat(snooze(planId, "30d").status()).isEqualTo(400);
    Api.Response past = reschedule(planId, Map.of("scheduledFor", now().minusSeconds(60).toString()));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.text("type")).isEqualTo("urn:romna:problem:invalid-time");
    assertThat(reschedule(planId, Map.of()).text("type")).isEqualTo("urn:romna:problem:invalid-time");
    assertThat(storedTime(planId)).isEqualTo(stored);

    api.post("/api/plans/" + planId + "/cancel", token, "");
    Api.Response late = snooze(planId, "10m");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.text("type")).isEqualTo("urn:romna:problem:plan-finished");
    assertThat(late.text("planStatus")).isEqualTo("cancelled");

    String stranger = Api.tokenFor("someone-else-" + UUID.randomUUID());
    assertThat(api.post("/api/plans/" + planId + "/snooze", stranger, Api.json(Map.of("duration", "10m"))).status())
        .isEqualTo(404);
  }
}
