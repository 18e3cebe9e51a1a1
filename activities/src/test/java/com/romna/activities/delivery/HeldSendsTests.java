package com.romna.activities.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.romna.activities.DeliveryHarness;
import com.romna.activities.TestDatabase;
import com.romna.workflows.CancelOutcome;
import com.romna.workflows.ExecutionInput;
import com.romna.workflows.ExecutionWorkflow;
import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.PlanStatus;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real workflow wakes a lead before the plan is due and the real delivery activity hands the
 * send to {@link HeldSends}; Temporal's test server keeps its clock still while the attempt is
 * held, so "the due instant comes" is the test calling {@code release}.
 */
@Timeout(120) // a workflow stuck on a refused workflow task fails the test instead of hanging the build
class HeldSendsTests {

  private static final Duration LEAD = Duration.ofSeconds(30);

  private final DeliveryHarness harness = new DeliveryHarness(null, null, null);

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void heldReminderLeavesOnlyWhenItsInstantComesAndOnlyOnce() throws Exception {
    UUID planId = plan();
    ExecutionWorkflow workflow = harness.start(withLead(planId));
    CompletableFuture<PlanStatus> result = result(workflow);
    awaitHeld(1);

    assertThat(TestDatabase.deliveryRows(planId)).isZero();
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("scheduled");

    harness.held().release(planId);

    assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(PlanStatus.EXECUTED);
    assertThat(TestDatabase.deliveryRows(planId)).isEqualTo(1);
    assertThat(harness.held().holding()).isZero();
  }

  @Test
  void cancelDuringTheLeadStopsTheHeldSendAndNothingLeaves() throws Exception {
    UUID planId = plan();
    ExecutionWorkflow workflow = harness.start(withLead(planId));
    CompletableFuture<PlanStatus> result = result(workflow);
    awaitHeld(1);

    // Answers once the held send has let go: the fence sweep released it and it sent nothing.
    assertThat(workflow.cancelPlan().cancel()).isEqualTo(CancelOutcome.CANCELLED);

    assertThat(harness.held().holding()).isZero();
    assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(PlanStatus.CANCELLED);
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("cancelled");
    assertThat(TestDatabase.deliveryRows(planId)).isZero();
  }

  @Test
  void cancelInTheLeadSettlesWhileTheWorkflowTaskThatRaisedTheFenceIsStillRunning() throws Exception {
    // The fence sweep releases the held send inside the pause, before the workflow task that
    // raised the fence has recorded its cancel of the attempt: the attempt must wait for it.
    try (DeliveryHarness slow = DeliveryHarness.withSlowCancelTasks(Duration.ofSeconds(1))) {
      UUID planId = plan();
      ExecutionWorkflow workflow = slow.start(withLead(planId, slow));
      CompletableFuture<PlanStatus> result = result(workflow);
      await().atMost(Duration.ofSeconds(30)).until(() -> slow.held().holding() == 1);

      assertThat(workflow.cancelPlan().cancel()).isEqualTo(CancelOutcome.CANCELLED);

      assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(PlanStatus.CANCELLED);
      assertThat(TestDatabase.planStatus(planId)).isEqualTo("cancelled");
      assertThat(TestDatabase.deliveryRows(planId)).isZero();
    }
  }

  @Test
  void withoutALeadTheActivitySendsAtOnce() {
    UUID planId = plan();
    ExecutionInput input = DeliveryHarness.input(planId, "u-held", IntentType.REMINDER, now().plus(Duration.ofHours(1)));

    ExecutionWorkflow workflow = harness.start(input);

    assertThat(WorkflowStub.fromTyped(workflow).getResult(PlanStatus.class)).isEqualTo(PlanStatus.EXECUTED);
    assertThat(harness.held().holding()).isZero();
    assertThat(TestDatabase.deliveryRows(planId)).isEqualTo(1);
  }

  private UUID plan() {
    UUID planId = TestDatabase.insertPlan("u-held", "reminder", "{\"title\":\"medicine\"}", now());
    TestDatabase.setMessage(planId, PlanPayload.reminder("medicine"), "en");
    return planId;
  }

  private ExecutionInput withLead(UUID planId) {
    return withLead(planId, harness);
  }

  private static ExecutionInput withLead(UUID planId, DeliveryHarness on) {
    Instant now = Instant.ofEpochMilli(on.env().currentTimeMillis());
    ExecutionInput input = DeliveryHarness.input(planId, "u-held", IntentType.REMINDER, now.plus(Duration.ofHours(1)));
    return new ExecutionInput(input.planId(), input.userId(), input.intentType(), input.scheduledFor(),
        input.timezone(), input.approvalExpiresAt(), input.approvedAt(), input.receiptWindow(), input.snoozeWindow(), input.rings(), input.series(), false, null, null, LEAD);
  }

  /** Waiting for the result lets the test server skip time up to the wake-up. */
  private static CompletableFuture<PlanStatus> result(ExecutionWorkflow workflow) {
    return CompletableFuture.supplyAsync(
        () -> WorkflowStub.fromTyped(workflow).getResult(PlanStatus.class));
  }

  private void awaitHeld(int count) {
    // The workflow sleeps on skipped time; the hand-over itself runs on real threads.
    await().atMost(Duration.ofSeconds(30)).until(() -> harness.held().holding() == count);
  }

  private Instant now() {
    return Instant.ofEpochMilli(harness.env().currentTimeMillis());
  }
}
