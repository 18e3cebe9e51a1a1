package com.romna.workflows;

import static com.romna.workflows.PlanStatus.CANCELLED;
import static com.romna.workflows.PlanStatus.EXECUTED;
import static com.romna.workflows.PlanStatus.FAILED;
import static com.romna.workflows.PlanStatus.SCHEDULED;
import static com.romna.workflows.PlanStatus.WAITING_APPROVAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExecutionWorkflowTests {

  @RegisterExtension
  static final TestWorkflowExtension testWorkflow =
      TestPlans.withSearchAttributes(TestWorkflowExtension.newBuilder())
          .registerWorkflowImplementationTypes(ExecutionWorkflowImpl.class)
          .setDoNotStart(true)
          .build();

  private TestWorkflowEnvironment env;
  private WorkflowClient client;
  private FakeActivities activities;
  private String taskQueue;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
    this.env = env;
    this.client = client;
    this.activities = new FakeActivities(env);
    this.taskQueue = worker.getTaskQueue();
    worker.registerActivitiesImplementations(activities);
    env.start();
  }

  private Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  private ExecutionInput plan(IntentType type, Duration dueIn) {
    return TestPlans.input(type, now(), dueIn);
  }

  private ExecutionWorkflow start(ExecutionInput input) {
    ExecutionWorkflow workflow =
        client.newWorkflowStub(
            ExecutionWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(ExecutionIds.workflowId(input.planId()))
                .setTaskQueue(taskQueue)
                .build());
    WorkflowClient.start(workflow::execute, input);
    return workflow;
  }

  private PlanStatus result(ExecutionWorkflow workflow) {
    return WorkflowStub.fromTyped(workflow).getResult(PlanStatus.class);
  }

  @Test
  void reminderIsScheduledThenDeliveredExactlyAtItsTime() {
    ExecutionInput input = plan(IntentType.REMINDER, Duration.ofHours(2));
    ExecutionWorkflow workflow = start(input);

    assertThat(workflow.admit().status()).isEqualTo(SCHEDULED);
    env.sleep(Duration.ofMinutes(119));
    assertThat(activities.sent).isEmpty();

    assertThat(result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.sent).hasSize(1);
    FakeActivities.Sent sent = activities.sent.get(0);
    assertThat(sent.delivery().channel()).isEqualTo(ExecutionType.NOTIFICATION);
    assertThat(sent.delivery().idempotencyKey()).isEqualTo("plan/" + input.planId() + "/notification");
    assertThat(sent.at()).isBetween(input.scheduledFor(), input.scheduledFor().plusSeconds(5));
    assertThat(activities.statuses()).containsExactly(SCHEDULED);
  }

  @Test
  void planAlreadyDueFiresAtOnce() {
    ExecutionInput input = plan(IntentType.ALARM, Duration.ofMinutes(-30));
    Instant started = now();

    assertThat(result(start(input))).isEqualTo(EXECUTED);
    assertThat(activities.sent).singleElement()
        .satisfies(s -> assertThat(s.at()).isBefore(started.plusSeconds(5)));
    assertThat(activities.sent.get(0).delivery().channel()).isEqualTo(ExecutionType.ALARM);
  }

  @Test
  void emailWaitsForApprovalAndNeverLeavesWithoutIt() {
    ExecutionInput input = plan(IntentType.EMAIL, Duration.ZERO);
    ExecutionWorkflow workflow = start(input);

    assertThat(workflow.admit().status()).isEqualTo(WAITING_APPROVAL);
    env.sleep(Duration.ofDays(6));
    assertThat(activities.sent).isEmpty();
    assertThat(workflow.state().status()).isEqualTo(WAITING_APPROVAL);

    assertThat(result(workflow)).isEqualTo(CANCELLED);
    assertThat(activities.sent).isEmpty();
    assertThat(activities.statuses()).containsExactly(WAITING_APPROVAL, CANCELLED);
    assertThat(activities.transitions.get(1).note()).startsWith("approval expired");
  }

  @Test
  void approvedEmailIsSentAtItsScheduledTimeNotBefore() {
    ExecutionInput input = plan(IntentType.EMAIL, Duration.ofHours(3));
    ExecutionWorkflow workflow = start(input);
    workflow.admit();

    PlanState approved = workflow.approvePlan();
    assertThat(approved.status()).isEqualTo(SCHEDULED);
    assertThat(approved.approved()).isTrue();
    assertThat(activities.sent).isEmpty();

    assertThat(result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.sent).singleElement()
        .satisfies(s -> assertThat(s.at()).isAfterOrEqualTo(input.scheduledFor()));
    assertThat(activities.statuses()).containsExactly(WAITING_APPROVAL, SCHEDULED);
  }

  @Test
  void approvingTwiceSendsOnce() {
    ExecutionWorkflow workflow = start(plan(IntentType.WHATSAPP, Duration.ofHours(1)));
    workflow.admit();
    workflow.approvePlan();
    workflow.approve();
    assertThat(workflow.approvePlan().status()).isEqualTo(SCHEDULED);

    assertThat(result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.sent).hasSize(1);
    assertThat(activities.sent.get(0).delivery().channel()).isEqualTo(ExecutionType.WHATSAPP);
  }

  @Test
  void cancelBeforeTheTimeEndsThePlanWithoutDelivery() {
    ExecutionWorkflow workflow = start(plan(IntentType.REMINDER, Duration.ofHours(2)));
    workflow.admit();
    env.sleep(Duration.ofMinutes(30));

    assertThat(workflow.cancelPlan().status()).isEqualTo(CANCELLED);
    env.sleep(Duration.ofHours(3));
    assertThat(result(workflow)).isEqualTo(CANCELLED);
    assertThat(activities.sent).isEmpty();
    assertThat(activities.statuses()).containsExactly(SCHEDULED, CANCELLED);
  }

  @Test
  void cancellingADraftAwaitingApprovalEndsIt() {
    ExecutionWorkflow workflow = start(plan(IntentType.EMAIL, Duration.ZERO));
    workflow.admit();
    workflow.cancel();

    assertThat(result(workflow)).isEqualTo(CANCELLED);
    assertThat(activities.sent).isEmpty();
    assertThatThrownBy(workflow::approvePlan).isInstanceOf(WorkflowNotFoundException.class);
  }

  @Test
  void rejectedDeliveryFailsThePlanWithTheReason() {
    activities.deliveryFailure = () -> FakeActivities.rejected("invalid recipient +1");
    ExecutionWorkflow workflow = start(plan(IntentType.REMINDER, Duration.ofMinutes(1)));

    assertThat(result(workflow)).isEqualTo(FAILED);
    assertThat(activities.statuses()).containsExactly(SCHEDULED, FAILED);
    assertThat(activities.transitions.get(1).note()).isEqualTo("invalid recipient +1");
    assertThat(workflow.state().lastError()).isEqualTo("invalid recipient +1");
  }

  @Test
  void cancellingTheWorkflowFromTemporalRecordsTheCancellation() {
    ExecutionWorkflow workflow = start(plan(IntentType.REMINDER, Duration.ofHours(2)));
    workflow.admit();
    WorkflowStub.fromTyped(workflow).cancel();

    env.sleep(Duration.ofSeconds(1));
    assertThat(activities.statuses()).containsExactly(SCHEDULED, CANCELLED);
    assertThat(activities.transitions.get(1).note()).contains("operator");
    assertThat(activities.sent).isEmpty();
  }
}
