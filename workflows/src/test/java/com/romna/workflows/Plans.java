package com.romna.workflows;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Instant;

/** Starts plans' workflows on the test server and reads their results. */
final class Plans {

  private final TestWorkflowEnvironment env;
  private final WorkflowClient client;
  private final String taskQueue;

  Plans(TestWorkflowEnvironment env, WorkflowClient client, String taskQueue) {
    this.env = env;
    this.client = client;
    this.taskQueue = taskQueue;
  }

  Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  ExecutionWorkflow start(ExecutionInput input) {
    ExecutionWorkflow workflow =
        client.newWorkflowStub(
            ExecutionWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(ExecutionIds.workflowId(input.planId()))
                .setTaskQueue(taskQueue)
                .setTypedSearchAttributes(PlanSearchAttributes.atStart(input))
                .build());
    WorkflowClient.start(workflow::execute, input);
    return workflow;
  }

  /** As the re-drive does after the engine lost the workflow: a new run of the same id. */
  ExecutionWorkflow startAgain(ExecutionInput input) {
    ExecutionWorkflow workflow =
        client.newWorkflowStub(
            ExecutionWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(ExecutionIds.workflowId(input.planId()))
                .setTaskQueue(taskQueue)
                .setWorkflowIdReusePolicy(
                    io.temporal.api.enums.v1.WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
                .setTypedSearchAttributes(PlanSearchAttributes.atStart(input))
                .build());
    WorkflowClient.start(workflow::execute, input);
    return workflow;
  }

  /** Runs the plan to its end on skipped time. */
  PlanStatus result(ExecutionWorkflow workflow) {
    return WorkflowStub.fromTyped(workflow).getResult(PlanStatus.class);
  }
}
