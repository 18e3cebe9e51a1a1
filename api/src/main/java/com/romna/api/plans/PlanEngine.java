package com.romna.api.plans;

import com.romna.api.web.ApiException;
import com.romna.workflows.ExecutionIds;
import com.romna.workflows.ExecutionInput;
import com.romna.workflows.PlanSearchAttributes;
import com.romna.workflows.PlanSummaries;
import com.romna.workflows.ExecutionWorkflow;
import com.romna.workflows.PlanState;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The API's only door to execution: it starts a plan's workflow and asks it to approve or cancel.
 * It never executes anything itself.
 */
@Component
public class PlanEngine implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(PlanEngine.class);

  private final WorkflowClient client;
  private final ExecutorService waiting =
      new ThreadPoolExecutor(0, 64, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
        Thread thread = new Thread(r, "plan-answer");
        thread.setDaemon(true);
        return thread;
      });

  // Without a worker (api-only deployment while workers are down) the answer comes later; the
  // caller then sees the stored status instead of hanging.
  private final Duration answerWait;

  PlanEngine(WorkflowClient client, PlansProperties properties) {
    this.client = client;
    this.answerWait = properties.answerWait();
  }

  /**
   * Starts the plan's workflow unless it is already running (same workflow id), so re-driving a
   * plan is harmless.
   *
   * @throws io.temporal.client.WorkflowExecutionAlreadyStarted when the workflow already ended
   */
  public void start(Plan plan) {
    ExecutionWorkflow workflow = client.newWorkflowStub(ExecutionWorkflow.class, options(plan));
    try (var logged = MDC.putCloseable("WorkflowId", plan.workflowId())) {
      WorkflowClient.start(workflow::execute, plan.executionInput());
    }
  }

  /** Starts the workflow and waits for its first recorded status; empty if it has not answered. */
  public Optional<PlanState> startAndAdmit(Plan plan) {
    start(plan);
    return ask(plan, ExecutionWorkflow::admit);
  }

  public Optional<PlanState> approve(Plan plan) {
    return ask(plan, ExecutionWorkflow::approvePlan);
  }

  public Optional<PlanState> cancel(Plan plan) {
    return ask(plan, ExecutionWorkflow::cancelPlan);
  }

  /**
   * Sends an update and waits (bounded) for its answer.
   *
   * @throws WorkflowNotFoundException when the workflow has ended or does not exist
   */
  private Optional<PlanState> ask(Plan plan, Function<ExecutionWorkflow, PlanState> update) {
    ExecutionWorkflow workflow = client.newWorkflowStub(ExecutionWorkflow.class, plan.workflowId());
    try {
      return Optional.of(
          CompletableFuture.supplyAsync(() -> update.apply(workflow), waiting)
              .get(answerWait.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException | RejectedExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof WorkflowNotFoundException notFound) {
        throw notFound;
      }
      throw unavailable(e.getCause());
    }
  }

  private static WorkflowOptions options(Plan plan) {
    ExecutionInput input = plan.executionInput();
    return WorkflowOptions.newBuilder()
        .setWorkflowId(plan.workflowId())
        .setTaskQueue(ExecutionIds.TASK_QUEUE)
        // What ops search and read in the Temporal Web UI (no message content, masked recipients).
        .setTypedSearchAttributes(PlanSearchAttributes.atStart(input))
        .setStaticSummary(PlanSummaries.summary(input))
        .setStaticDetails(PlanSummaries.details(input))
        // One execution per plan, ever: an ended plan is never run a second time by accident.
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setWorkflowIdConflictPolicy(
            WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
        .build();
  }

  private static ApiException unavailable(Throwable cause) {
    log.warn("the execution engine did not answer", cause);
    return new ApiException(
        HttpStatus.SERVICE_UNAVAILABLE,
        "engine-unavailable",
        "Execution engine unavailable",
        "The execution engine did not answer; please try again.");
  }

  @Override
  public void destroy() {
    waiting.shutdownNow();
  }
}
