package com.romna.workflows;

import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every test of the plan workflow starts from: Temporal's time-skipping test server with
 * ROMNA's search attributes, the workflow, in-memory activities, and a way to start plans.
 */
abstract class WorkflowTest {

  @RegisterExtension
  static final TestWorkflowExtension testWorkflow =
      TestPlans.withSearchAttributes(TestWorkflowExtension.newBuilder())
          .registerWorkflowImplementationTypes(ExecutionWorkflowImpl.class)
          .setDoNotStart(true)
          .build();

  protected TestWorkflowEnvironment env;
  protected WorkflowClient client;
  protected FakeActivities activities;
  protected Plans plans;

  @BeforeEach
  void startWorker(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) {
    this.env = env;
    this.client = client;
    this.activities = new FakeActivities(env);
    this.plans = new Plans(env, client, worker.getTaskQueue());
    worker.registerActivitiesImplementations(activities);
    env.start();
  }
}
