package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReminderFlowTests extends EngineTest {

  @Test
  void arabicReminderIsScheduledTwoHoursAheadWithATaskAndARunningWorkflow() {
    Instant before = now();

    Api.Response response = decide("ذكرني بعد ساعتين", "Asia/Riyadh");

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.text("intent")).isEqualTo("create_reminder");
    assertThat(response.text("intentType")).isEqualTo("reminder");
    assertThat(response.text("action")).isEqualTo("notification");
    assertThat(response.text("status")).isEqualTo("scheduled");
    assertThat(response.body().get("requiresApproval").asBoolean()).isFalse();
    OffsetDateTime scheduledFor = OffsetDateTime.parse(response.text("scheduledFor"));
    assertThat(scheduledFor.getOffset().getId()).isEqualTo("+03:00");
    assertThat(scheduledFor.toInstant().truncatedTo(ChronoUnit.MINUTES))
        .isIn(
            before.plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES),
            before.plus(Duration.ofHours(2)).plusSeconds(60).truncatedTo(ChronoUnit.MINUTES));

    UUID planId = planId(response);
    assertThat(status(planId)).isEqualTo("scheduled");
    assertThat(
            jdbc.sql("SELECT title FROM tasks WHERE plan_id = :id AND status = 'open'")
                .param("id", planId)
                .query(String.class)
                .single())
        .isEqualTo("تذكير");
    assertThat(workflowStatus(planId))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
    assertThat(plan(planId).body().get("events").findValuesAsString("status"))
        .containsExactly("pending", "scheduled");
  }

  @Test
  void reminderFiresAtItsTimeWithExactlyOneNotification() {
    Api.Response created = decide("remind me in 30 minutes to call mom", "Asia/Riyadh");
    UUID planId = planId(created);
    Instant due = OffsetDateTime.parse(created.text("scheduledFor")).toInstant();
    assertThat(created.body().get("payload").get("title").asString()).isEqualTo("call mom");

    env.sleep(Duration.ofMinutes(29));
    assertThat(deliveries(planId)).isZero();
    assertThat(status(planId)).isEqualTo("scheduled");

    env.sleep(Duration.ofMinutes(2));
    awaitStatus(planId, "executed");
    assertThat(deliveries(planId)).isEqualTo(1);

    Api.Response plan = plan(planId);
    assertThat(plan.status()).isEqualTo(200);
    Instant executedAt = OffsetDateTime.parse(plan.text("executedAt")).toInstant();
    assertThat(executedAt).isBetween(due, due.plusSeconds(90));
    assertThat(plan.body().get("attempts").asInt()).isEqualTo(1);
    var delivery = plan.body().get("deliveries").get(0);
    assertThat(delivery.get("channel").asString()).isEqualTo("notification");
    assertThat(delivery.get("provider").asString()).isEqualTo("local");
    assertThat(delivery.get("status").asString()).isEqualTo("delivered");
    assertThat(delivery.get("recipient").asString()).isEqualTo("user:" + user);
    assertThat(delivery.get("content").get("title").asString()).isEqualTo("call mom");
    assertThat(plan.body().get("events").findValuesAsString("status"))
        .containsExactly("pending", "scheduled", "executed");
  }

  @Test
  void alarmRingsTomorrowAtTheSaidLocalTime() {
    Api.Response created = decide("صحيني بكرة الساعة ٦", "Asia/Riyadh");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("intent")).isEqualTo("create_alarm");
    OffsetDateTime at = OffsetDateTime.parse(created.text("scheduledFor"));
    assertThat(at.toLocalTime().toString()).isEqualTo("06:00");
    var local = now().atZone(java.time.ZoneId.of("Asia/Riyadh"));
    // said before 04:00, "tomorrow" is the coming daytime: nobody awake at 01:30 means the day after
    assertThat(at.toLocalDate())
        .isEqualTo(local.getHour() < 4 ? local.toLocalDate() : local.toLocalDate().plusDays(1));

    UUID planId = planId(created);
    env.sleep(Duration.between(now(), at.toInstant()).plusMinutes(1));
    awaitStatus(planId, "executed");
    var delivery = plan(planId).body().get("deliveries").get(0);
    assertThat(delivery.get("channel").asString()).isEqualTo("alarm");
    assertThat(delivery.get("content").get("type").asString()).isEqualTo("alarm");
  }
}
