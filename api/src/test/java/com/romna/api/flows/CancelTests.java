package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CancelTests extends EngineTest {

  @Test
  void cancelBeforeExecutionEndsThePlanAndNothingIsDelivered() {
    UUID planId = planId(decide("remind me in 2 hours to take my medicine", "Asia/Riyadh"));
    env.sleep(Duration.ofMinutes(30));

    Api.Response cancelled = api.post("/api/plans/" + planId + "/cancel", token, "");

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.text("status")).isEqualTo("cancelled");
    assertThat(status(planId)).isEqualTo("cancelled");
    env.sleep(Duration.ofHours(3));
    assertThat(deliveries(planId)).isZero();
    assertThat(
            jdbc.sql("SELECT status FROM tasks WHERE plan_id = :id").param("id", planId).query(String.class).single())
        .isEqualTo("cancelled");
    assertThat(workflowStatus(planId))
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    assertThat(api.post("/api/plans/" + planId + "/cancel", token, "").text("status"))
        .isEqualTo("cancelled");
  }

  @Test
  void cancelAfterExecutionIsAConflictThatSaysExecuted() {
    UUID planId = planId(decide("remind me in 1 minute to breathe", "UTC"));
    env.sleep(Duration.ofMinutes(2));
    awaitStatus(planId, "executed");

    Api.Response late = api.post("/api/plans/" + planId + "/cancel", token, "");

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.contentType()).startsWith("application/problem+json");
    assertThat(late.text("planStatus")).isEqualTo("executed");
    assertThat(late.text("detail")).contains("executed");
    assertThat(deliveries(planId)).isEqualTo(1);
  }

  @Test
  void seedActionCancelsADraftAwaitingApproval() {
    UUID planId = planId(decide("Send email to john@example.com about lunch", "UTC"));

    Api.Response cancelled =
        api.post("/api/actions/approve", token, Api.json(Map.of("planId", planId.toString(), "action", "cancel")));

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.text("status")).isEqualTo("cancelled");
    Api.Response approve = api.post("/api/plans/" + planId + "/approve", token, "");
    assertThat(approve.status()).isEqualTo(409);
    assertThat(approve.text("planStatus")).isEqualTo("cancelled");
    assertThat(deliveries(planId)).isZero();
  }

  @Test
  void approvingAReminderIsAConflictBecauseItNeedsNoApproval() {
    UUID planId = planId(decide("remind me in 1 hour to stand up", "UTC"));

    Api.Response approve = api.post("/api/plans/" + planId + "/approve", token, "");

    assertThat(approve.status()).isEqualTo(409);
    assertThat(approve.text("type")).isEqualTo("urn:romna:problem:approval-not-needed");
  }
}
