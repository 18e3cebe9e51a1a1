package com.romna.workflows;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Records the histories that {@link ReplayTests} replays. Run it once per workflow change that is
 * released, and commit the new files beside the old ones:
 * {@code mvn -pl workflows test -Dtest=RecordHistories -Dromna.recordHistories=<version-tag>}.
 */
@EnabledIfSystemProperty(named = "romna.recordHistories", matches = ".+")
class RecordHistories {

  @RegisterExtension
  static final TestWorkflowExtension testWorkflow =
      TestPlans.withSearchAttributes(TestWorkflowExtension.newBuilder())
          .registerWorkflowImplementationTypes(ExecutionWorkflowImpl.class)
          .setDoNotStart(true)
          .build();

  @Test
  void record(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) throws Exception {
    worker.registerActivitiesImplementations(new FakeActivities(env));
    env.start();
    String tag = System.getProperty("romna.recordHistories");

    ExecutionWorkflow reminder = start(client, worker, input(IntentType.REMINDER, env));
    reminder.admit();
    save(client, reminder, "reminder-" + tag);

    ExecutionWorkflow email = start(client, worker, input(IntentType.EMAIL, env));
    email.admit();
    email.approvePlan();
    save(client, email, "email-approved-" + tag);

    ExecutionWorkflow expiring = start(client, worker, input(IntentType.WHATSAPP, env));
    expiring.admit();
    save(client, expiring, "whatsapp-expired-" + tag);

    ExecutionWorkflow cancelled = start(client, worker, input(IntentType.ALARM, env));
    cancelled.admit();
    cancelled.cancelPlan();
    save(client, cancelled, "alarm-cancelled-" + tag);
  }

  private static ExecutionInput input(IntentType type, TestWorkflowEnvironment env) {
    return TestPlans.input(type, Instant.ofEpochMilli(env.currentTimeMillis()), Duration.ofHours(2));
  }

  private static ExecutionWorkflow start(WorkflowClient client, Worker worker, ExecutionInput input) {
    ExecutionWorkflow workflow =
        client.newWorkflowStub(
            ExecutionWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(ExecutionIds.workflowId(input.planId()))
                .setTaskQueue(worker.getTaskQueue())
                .build());
    WorkflowClient.start(workflow::execute, input);
    return workflow;
  }

  private static void save(WorkflowClient client, ExecutionWorkflow workflow, String name)
      throws Exception {
    WorkflowStub stub = WorkflowStub.fromTyped(workflow);
    stub.getResult(PlanStatus.class); // runs the plan to its end on skipped time
    String json = client.fetchHistory(stub.getExecution().getWorkflowId()).toJson(true);
    Path file = Path.of("src/test/resources/histories", name + ".json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
  }
}
