package com.romna.worker;

import com.romna.workflows.ExecutionIds;
import com.romna.workflows.ExecutionWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The worker of task queue {@code romna-execution}: the execution workflow and its activities.
 * Registered here rather than through the starter's properties so that the role decides whether
 * a worker exists at all.
 */
public class ExecutionWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ExecutionWorker.class);

  private final WorkflowClient client;
  private final List<Object> activities;
  private final WorkerOptions options;
  private WorkerFactory factory;
  private volatile boolean running;

  public ExecutionWorker(WorkflowClient client, List<Object> activities, WorkerSettings settings) {
    this.client = client;
    this.activities = List.copyOf(activities);
    WorkerOptions.Builder options = WorkerOptions.newBuilder();
    if (settings.maxConcurrentWorkflowTasks() > 0) {
      options.setMaxConcurrentWorkflowTaskExecutionSize(settings.maxConcurrentWorkflowTasks());
    }
    if (settings.maxConcurrentLocalActivities() > 0) {
      options.setMaxConcurrentLocalActivityExecutionSize(settings.maxConcurrentLocalActivities());
    }
    if (settings.workflowTaskPollers() > 0) {
      options.setMaxConcurrentWorkflowTaskPollers(settings.workflowTaskPollers());
    }
    if (settings.stickyQueueTimeout() != null) {
      options.setStickyQueueScheduleToStartTimeout(settings.stickyQueueTimeout());
    }
    this.options = options.build();
  }

  // A shut-down WorkerFactory cannot start again, and the lifecycle may stop and restart this
  // worker (e.g. a paused test context): each start gets a fresh factory.
  @Override
  public synchronized void start() {
    factory = WorkerFactory.newInstance(client);
    var worker = factory.newWorker(ExecutionIds.TASK_QUEUE, options);
    worker.registerWorkflowImplementationTypes(ExecutionWorkflowImpl.class);
    worker.registerActivitiesImplementations(activities.toArray());
    factory.start();
    running = true;
    log.info("worker polling task queue {}", ExecutionIds.TASK_QUEUE);
  }

  @Override
  public synchronized void stop() {
    factory.shutdown();
    factory.awaitTermination(10, TimeUnit.SECONDS);
    running = false;
  }

  // A paused context (e.g. a cached test context) keeps executing plans: stopping a worker while
  // Temporal holds its sticky workflow tasks would leave those tasks waiting for it.
  @Override
  public boolean isPauseable() {
    return false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
