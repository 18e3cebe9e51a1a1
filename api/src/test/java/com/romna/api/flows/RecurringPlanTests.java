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

class RecurringPlanTests extends EngineTest {

  private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

  private List<String> keys(UUID planId) {
    return jdbc.sql("SELECT idempotency_key FROM deliveries WHERE plan_id = :id ORDER BY created_at")
        .param("id", planId).query(String.class).list();
  }

  private List<OffsetDateTime> sentAt(UUID planId) {
    return jdbc.sql("SELECT created_at FROM deliveries WHERE plan_id = :id ORDER BY created_at")
        .param("id", planId).query(OffsetDateTime.class).list();
  }

  private Api.Response series(UUID planId, String action) {
    return api.post("/api/plans/" + planId + "/series", token, Api.json(Map.of("action", action)));
  }

  @Test
  void aDailyReminderDeliversEveryMorningOnItsOwnAndStaysScheduled() {
    Api.Response created = decide("remind me every day at 8 to take my medicine", "Asia/Riyadh");

    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    assertThat(created.text("recurrence")).isEqualTo("FREQ=DAILY;BYHOUR=8;BYMINUTE=0");
    assertThat(created.text("status")).isEqualTo("scheduled");
    UUID planId = planId(created);
    Instant first = scheduledFor(created);
    env.sleep(Duration.between(now(), first.plus(Duration.ofDays(2)).plusSeconds(60)));

    await3(planId);
    assertThat(keys(planId)).hasSize(3).doesNotHaveDuplicates();
    assertThat(sentAt(planId)).allSatisfy(at -> assertThat(at.atZoneSameInstant(RIYADH).getHour()).isEqualTo(8));
    Api.Response view = plan(planId);
    assertThat(view.text("status")).isEqualTo("scheduled");
    assertThat(view.text("recurrence")).isEqualTo("FREQ=DAILY;BYHOUR=8;BYMINUTE=0");
    assertThat(view.body().get("paused").asBoolean()).isFalse();
    assertThat(scheduledFor(view)).isEqualTo(first.plus(Duration.ofDays(3)));
    assertThat(view.body().get("events").findValuesAsString("note"))
        .filteredOn(n -> n.startsWith("next occurrence")).hasSize(3);
  }

  private void await3(UUID planId) {
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(deliveries(planId)).isEqualTo(3));
  }

  @Test
  void anArabicSeriesCanBePausedResumedSkippedAndCancelled() {
    Api.Response created = decide("ذكرني كل يوم الساعة ٨ الصبح بالدوا", "Asia/Riyadh");
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    UUID planId = planId(created);
    Instant first = scheduledFor(created);

    Api.Response paused = series(planId, "pause");
    assertThat(paused.status()).isEqualTo(200);
    assertThat(paused.body().get("paused").asBoolean()).isTrue();
    env.sleep(Duration.between(now(), first.plus(Duration.ofDays(1)).plusSeconds(60)));
    assertThat(deliveries(planId)).isZero();

    Api.Response resumed = series(planId, "resume");
    assertThat(resumed.body().get("paused").asBoolean()).isFalse();
    Instant next = scheduledFor(resumed);
    assertThat(next).isEqualTo(first.plus(Duration.ofDays(2)));
    Api.Response skipped = series(planId, "skip");
    assertThat(scheduledFor(skipped)).isEqualTo(next.plus(Duration.ofDays(1)));
    env.sleep(Duration.between(now(), next.plus(Duration.ofDays(1)).plusSeconds(60)));
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(deliveries(planId)).isEqualTo(1));
    assertThat(sentAt(planId).get(0).toInstant()).isBetween(next.plus(Duration.ofDays(1)),
        next.plus(Duration.ofDays(1)).plusSeconds(5));

    Api.Response cancelled = api.post("/api/plans/" + planId + "/cancel", token, "");
    assertThat(cancelled.text("status")).isEqualTo("cancelled");
    env.sleep(Duration.ofDays(2));
    assertThat(deliveries(planId)).isEqualTo(1);
  }

  @Test
  void seriesActionsOnAOneOffOrUnknownActionAreRefused() {
    UUID oneOff = planId(decide("remind me in 1 hour to call mom", "UTC"));

    Api.Response notSeries = series(oneOff, "pause");
    assertThat(notSeries.status()).isEqualTo(409);
    assertThat(notSeries.text("type")).isEqualTo("urn:romna:problem:not-a-series");
    Api.Response unknown = series(oneOff, "stop");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text("type")).isEqualTo("urn:romna:problem:invalid-action");
  }

  @Test
  void aRuleThatRepeatsTooOftenIsRefusedAndCreatesNothing() {
    Api.Response created = decide("remind me every 5 minutes to drink water", "UTC");

    if (created.status() == 422 && "urn:romna:problem:recurring-not-supported".equals(created.text("type"))) {
      assertThat(created.text("reply")).isNotBlank();
    } else {
      assertThat(created.status()).as(created.body().toString()).isEqualTo(422);
    }
    assertThat(plansOfUser()).isZero();
  }
}
