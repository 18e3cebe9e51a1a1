package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DuplicateExecutionTests extends EngineTest {

  @Test
  void approvingTwiceDeliversOnce() {
    UUID planId = planId(decide("Send email to john@example.com about the budget", "UTC"));

    Api.Response first = api.post("/api/plans/" + planId + "/approve", token, "");
    Api.Response second = api.post("/api/plans/" + planId + "/approve", token, "");
    awaitStatus(planId, "executed");
    Api.Response third = api.post("/api/plans/" + planId + "/approve", token, "");

    assertThat(first.status()).isEqualTo(200);
    // The draft is due at once: by the second approval it may have been sent already.
    if (second.status() == 409) {
      assertThat(second.text("planStatus")).isEqualTo("executed");
    } else {
      assertThat(second.status()).isEqualTo(200);
    }
    // Approving a plan that has already run is a conflict that says so.
    assertThat(third.status()).isEqualTo(409);
    assertThat(third.text("type")).isEqualTo("urn:romna:problem:plan-finished");
    assertThat(third.text("planStatus")).isEqualTo("executed");
    env.sleep(Duration.ofHours(1));
    assertThat(deliveries(planId)).isEqualTo(1);
  }

  @Test
  void sameIdempotencyKeyTwiceMakesOnePlanAndOneDelivery() {
    String key = "key-" + UUID.randomUUID();
    Api.Response first = decide("remind me in 10 minutes to stretch", "UTC", "Idempotency-Key", key);
    Api.Response second = decide("remind me in 10 minutes to stretch", "UTC", "Idempotency-Key", key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.text("planId")).isEqualTo(first.text("planId"));
    assertThat(second.text("scheduledFor")).isEqualTo(first.text("scheduledFor"));
    assertThat(plansOfUser()).isEqualTo(1);

    env.sleep(Duration.ofMinutes(11));
    awaitStatus(planId(first), "executed");
    assertThat(deliveries(planId(first))).isEqualTo(1);
  }

  @Test
  void sameIdempotencyKeyForAnotherTranscriptIsRefused() {
    String key = "key-" + UUID.randomUUID();
    decide("remind me in 10 minutes to stretch", "UTC", "Idempotency-Key", key);

    Api.Response other = decide("remind me in 20 minutes to drink water", "UTC", "Idempotency-Key", key);

    assertThat(other.status()).isEqualTo(422);
    assertThat(other.text("type")).isEqualTo("urn:romna:problem:idempotency-key-reused");
    assertThat(plansOfUser()).isEqualTo(1);
  }

  @Test
  void deliveryThatFailsOnceIsRetriedAndDeliveredOnce() {
    Api.Response created = decide("remind me in 5 minutes to check the oven", "UTC");
    UUID planId = planId(created);
    push.failOnceFor(planId);

    env.sleep(Duration.ofMinutes(6));

    awaitStatus(planId, "executed");
    assertThat(deliveries(planId)).isEqualTo(1);
    Api.Response plan = plan(planId);
    assertThat(plan.body().get("attempts").asInt()).isEqualTo(2);
    assertThat(plan.body().get("deliveries").get(0).get("attempts").asInt()).isEqualTo(2);
  }

  @Test
  void serviceKeyActsForTheUserItNames() {
    Api.Response created =
        api.post(
            "/api/voice/decide",
            Api.SERVICE_KEY,
            Api.json(Map.of("transcript", "remind me in 1 hour to call dad", "userId", user)));

    assertThat(created.status()).isEqualTo(201);
    assertThat(plan(planId(created)).status()).isEqualTo(200);
    assertThat(api.get("/api/plans?userId=" + user, Api.SERVICE_KEY).body().get("plans").size())
        .isEqualTo(1);
  }
}
