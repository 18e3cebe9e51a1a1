package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A user never sees or acts on another user's plan: to them it does not exist. */
class IsolationTests extends EngineTest {

  @Test
  void anotherUsersPlanIsNotFoundForEveryAction() {
    UUID planId = planId(decide("Send email to john@example.com about the offsite", "UTC"));
    String intruder = Api.tokenFor("intruder-" + UUID.randomUUID());

    assertThat(api.get("/api/plans/" + planId, intruder).status()).isEqualTo(404);
    assertThat(api.post("/api/plans/" + planId + "/approve", intruder, "").status()).isEqualTo(404);
    assertThat(api.post("/api/plans/" + planId + "/cancel", intruder, "").status()).isEqualTo(404);
    assertThat(
            api.post(
                    "/api/actions/approve",
                    intruder,
                    Api.json(Map.of("planId", planId.toString(), "action", "approve")))
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/plans", intruder).body().get("plans").size()).isZero();

    assertThat(status(planId)).isEqualTo("waiting_approval");
    assertThat(deliveries(planId)).isZero();
  }

  @Test
  void listingShowsOnlyTheCallersPlansFilteredByStatus() {
    decide("remind me in 3 hours to water the plants", "UTC");
    decide("Send email to john@example.com about the plants", "UTC");

    Api.Response all = api.get("/api/plans", token);
    Api.Response waiting = api.get("/api/plans?status=waiting_approval", token);

    assertThat(all.body().get("plans").size()).isEqualTo(2);
    assertThat(waiting.body().get("plans").size()).isEqualTo(1);
    assertThat(waiting.body().get("plans").get(0).get("intentType").asString()).isEqualTo("email");
  }

  @Test
  void interpretChangesNothing() {
    Api.Response response =
        api.post(
            "/api/voice/interpret",
            token,
            Api.json(
                Map.of(
                    "transcript", "صحيني بكرة الساعة ٦",
                    "timezone", "Asia/Riyadh",
                    "now", "2026-11-25T17:00:00Z")));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.text("intent")).isEqualTo("create_alarm");
    assertThat(response.text("scheduledFor")).isEqualTo("2026-11-26T06:00:00+03:00");
    assertThat(response.text("language")).isEqualTo("ar");
    assertThat(response.text("interpretedBy")).isEqualTo("rules");
    assertThat(plansOfUser()).isZero();
  }
}
