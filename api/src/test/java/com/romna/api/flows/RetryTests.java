package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RetryTests extends EngineTest {

  private Api.Response retry(UUID planId) {
    return api.post("/api/plans/" + planId + "/retry", token, "");
  }

  @Test
  void aFailedReminderIsDeliveredAgainWithFreshAttemptsAndTheRetryIsInItsHistory() {
    UUID planId = planId(decide("remind me in 5 minutes to call the bank", "UTC"));
    push.refuse(planId);
    env.sleep(Duration.ofMinutes(6));
    awaitStatus(planId, "failed");
    push.accept(planId);

    Api.Response retried = retry(planId);

    assertThat(retried.status()).as(retried.body().toString()).isEqualTo(200);
    assertThat(retried.text("status")).isIn("scheduled", "executed");
    awaitStatus(planId, "executed");
    assertThat(deliveryRows(planId)).singleElement().satisfies(row -> {
      assertThat(row.get("status")).isNotIn("failed", "gone");
      assertThat(row.get("attempts")).isEqualTo(1);
    });
    assertThat(plan(planId).body().get("events").findValuesAsString("status"))
        .containsSubsequence("failed", "scheduled", "executed");
    assertThat(plan(planId).body().get("events").findValuesAsString("note"))
        .anySatisfy(n -> assertThat(n).startsWith("retry asked by the user"));
    assertThat(plan(planId).text("lastError")).isNull();
  }

  @Test
  void aMessageThatReachedTheProviderAndFailedLaterIsSentAgainOnAKeyOfItsOwn() {
    UUID planId = planId(decide("remind me in 5 minutes to call the bank", "UTC"));
    push.refuse(planId);
    env.sleep(Duration.ofMinutes(6));
    awaitStatus(planId, "failed");
    push.accept(planId);
    // As when a provider took the message and reported later that it never arrived (WhatsApp's
    // "undelivered"): the ledger holds it as handed over under the plan's key.
    jdbc.sql("INSERT INTO deliveries (id, plan_id, user_id, channel, provider, idempotency_key, status,"
            + " created_at, updated_at) VALUES (:row, :id, :user, 'notification', 'local',"
            + " 'plan/' || CAST(:id AS text) || '/notification', 'undelivered', now(), now())")
        .param("row", UUID.randomUUID()).param("id", planId).param("user", user).update();

    assertThat(retry(planId).status()).isEqualTo(200);

    awaitStatus(planId, "executed");
    assertThat(jdbc.sql("SELECT idempotency_key FROM deliveries WHERE plan_id = :id ORDER BY created_at")
        .param("id", planId).query(String.class).list()).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void onlyAFailedPlanCanBeRetried() {
    UUID planId = planId(decide("remind me in 1 hour to stretch", "UTC"));

    Api.Response refused = retry(planId);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.text("type")).isEqualTo("urn:romna:problem:plan-not-failed");
    assertThat(refused.text("planStatus")).isEqualTo("scheduled");
    assertThat(api.post("/api/plans/" + UUID.randomUUID() + "/retry", token, "").status()).isEqualTo(404);
  }
}
