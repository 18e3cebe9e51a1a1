package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApprovalFlowTests extends EngineTest {

  @Test
  void arabicEmailWaitsForApprovalAndNothingLeavesWithoutIt() {
    Api.Response created = decide("أرسل إيميل إلى sara@example.com عن الاجتماع", "Asia/Riyadh");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("intent")).isEqualTo("send_email");
    assertThat(created.text("status")).isEqualTo("waiting_approval");
    assertThat(created.body().get("requiresApproval").asBoolean()).isTrue();
    assertThat(created.body().get("payload").get("to").asString()).isEqualTo("sara@example.com");
    UUID planId = planId(created);

    env.sleep(Duration.ofDays(6));
    assertThat(status(planId)).isEqualTo("waiting_approval");
    assertThat(deliveries(planId)).isZero();
  }

  @Test
  void emailIsDeliveredOnlyAfterApprovalAtItsScheduledTime() {
    Api.Response created =
        decide("send an email to john@example.com tomorrow at 9 about the report", "Asia/Riyadh");
    UUID planId = planId(created);
    Instant due = OffsetDateTime.parse(created.text("scheduledFor")).toInstant();
    assertThat(OffsetDateTime.parse(created.text("scheduledFor")).toLocalTime().toString())
        .isEqualTo("09:00");

    Api.Response approved = api.post("/api/plans/" + planId + "/approve", token, "");
    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.text("status")).isEqualTo("scheduled");
    assertThat(status(planId)).isEqualTo("scheduled");
    assertThat(plan(planId).text("approvedAt")).isNotNull();

    env.sleep(Duration.between(now(), due).minusMinutes(5));
    assertThat(deliveries(planId)).isZero();

    env.sleep(Duration.ofMinutes(6));
    awaitStatus(planId, "executed");
    assertThat(deliveries(planId)).isEqualTo(1);
    var delivery = plan(planId).body().get("deliveries").get(0);
    assertThat(delivery.get("channel").asString()).isEqualTo("email");
    assertThat(delivery.get("recipient").asString()).isEqualTo("john@example.com");
    assertThat(delivery.get("content").get("subject").asString()).isEqualTo("the report");
    Instant executedAt = OffsetDateTime.parse(plan(planId).text("executedAt")).toInstant();
    assertThat(executedAt).isAfterOrEqualTo(due);
  }

  @Test
  void emailWithoutATimeLeavesRightAfterApproval() {
    UUID planId = planId(decide("Send email to john@example.com about meeting tomorrow", "UTC"));

    Api.Response approved =
        api.post("/api/actions/approve", token, Api.json(java.util.Map.of("planId", planId.toString(), "action", "approve")));

    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.body().get("success").asBoolean()).isTrue();
    awaitStatus(planId, "executed");
    assertThat(deliveries(planId)).isEqualTo(1);
  }

  @Test
  void whatsAppDraftWaitsForApprovalWithItsRecipientAndMessage() {
    Api.Response created =
        decide("جهز رسالة واتساب إلى +966501234567 أني راح أتأخر", "Asia/Riyadh");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("intent")).isEqualTo("send_whatsapp");
    assertThat(created.text("action")).isEqualTo("whatsapp");
    assertThat(created.text("status")).isEqualTo("waiting_approval");
    assertThat(created.body().get("payload").get("to").asString()).isEqualTo("+966501234567");
    assertThat(created.body().get("payload").get("message").asString()).isEqualTo("راح أتأخر");
    UUID planId = planId(created);

    env.sleep(Duration.ofDays(3));
    assertThat(deliveries(planId)).isZero();

    assertThat(api.post("/api/plans/" + planId + "/approve", token, "").status()).isEqualTo(200);
    awaitStatus(planId, "executed");
    var delivery = plan(planId).body().get("deliveries").get(0);
    assertThat(delivery.get("channel").asString()).isEqualTo("whatsapp");
    assertThat(delivery.get("recipient").asString()).isEqualTo("+966501234567");
    assertThat(delivery.get("content").get("message").asString()).isEqualTo("راح أتأخر");
  }

  @Test
  void whatsAppApprovalExpiryCancelsTheDraft() {
    UUID planId = planId(decide("جهز رسالة واتساب إلى +966501234567 أني راح أتأخر", "Asia/Riyadh"));

    env.sleep(Duration.ofDays(7).plusMinutes(1));

    awaitStatus(planId, "cancelled");
    assertThat(deliveries(planId)).isZero();
    Api.Response plan = plan(planId);
    // An hour before, the user was reminded (the default); the draft then expired.
    assertThat(plan.body().get("events").findValuesAsString("note").get(2)).startsWith("approval reminder sent via local");
    assertThat(plan.body().get("events").findValuesAsString("note").get(3)).startsWith("approval expired");
    Api.Response late = api.post("/api/plans/" + planId + "/approve", token, "");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.text("planStatus")).isEqualTo("cancelled");
  }
}
