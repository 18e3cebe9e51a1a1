package com.romna.bench.temporal;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A client and a default-tuned worker for the minimal workflow, in the harness's JVM, on the
 * service's own in-process Temporal: the same server, the same machine.
 */
public final class BenchTemporal implements AutoCloseable {

  private final String taskQueue = "bench-minimal-" + UUID.randomUUID();
  private final WorkflowServiceStubs stubs;
  private final WorkflowClient client;
  private final WorkerFactory factory;
  private final FireImpl fire = new FireImpl();

  public BenchTemporal(String target) {
    stubs = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    client = WorkflowClient.newInstance(stubs);
    factory = WorkerFactory.newInstance(client);
    Worker worker = factory.newWorker(taskQueue);
    worker.registerWorkflowImplementationTypes(MinimalWorkflowImpl.class);
    worker.registerActivitiesImplementations(fire);
    factory.start();
  }

  /** A bare start: one round trip to the server, as the API's start is. */
  public void start(String workflowId, long dueEpochMillis) {
    MinimalWorkflow workflow = client.newWorkflowStub(MinimalWorkflow.class,
        WorkflowOptions.newBuilder().setWorkflowId(workflowId).setTaskQueue(taskQueue).build());
    WorkflowClient.start(workflow::run, dueEpochMillis);
  }

  /** When each workflow's activity ran, by workflow id (epoch milliseconds). */
  public Map<String, Long> firedAt() {
    return fire.firedAt;
  }

  @Override
  public void close() {
    factory.shutdown();
    factory.awaitTermination(10, TimeUnit.SECONDS);
    stubs.shutdown();
    stubs.awaitTermination(10, TimeUnit.SECONDS);
  }
}
