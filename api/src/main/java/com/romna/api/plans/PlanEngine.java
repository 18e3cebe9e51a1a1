package com.romna.api.plans;

import com.romna.api.web.ApiException;
import com.romna.workflows.Approval;
import com.romna.workflows.DraftEdit;
import com.romna.workflows.ExecutionIds;
import com.romna.workflows.ExecutionInput;
import com.romna.workflows.ExecutionWorkflow;
import com.romna.workflows.PlanSearchAttributes;
import com.romna.workflows.PlanState;
import com.romna.workflows.PlanStatus;
import com.romna.workflows.PlanSummaries;
import com.romna.workflows.TimeChange;
import com.romna.workflows.series.SeriesChange;
import com.romna.workflows.delivery.ProviderReceipt;
import io.grpc.Context;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The API's only door to execution: it starts a plan's workflow and asks it to approve or cancel.
 * It never executes anything itself.
 *
 * <p>Every call waits at most {@code romna.plans.answer-wait}, as a gRPC deadline on the calling
 * thread (Spring's scheduler only fires the deadline): without a worker (api-only deployment while
 * workers are down) a request gets the stored status after that long and the engine acts on it
 * when a worker is back, instead of hanging.
 */
@Component
public class PlanEngine {

  /** Whether a plan's workflow exists in Temporal, and whether it still runs. */
  public enum Presence { RUNNING, CLOSED, MISSING, UNKNOWN }

  private static final Logger log = LoggerFactory.getLogger(PlanEngine.class);
  private static final Duration LOOK_UP = Duration.ofSeconds(3);

  private final WorkflowClient client;
  private final PlansProperties properties;
  private final ScheduledExecutorService deadlines;

  PlanEngine(WorkflowClient client, PlansProperties properties, ThreadPoolTaskScheduler scheduler) {
    this.client = client;
    this.properties = properties;
    this.deadlines = scheduler.getScheduledExecutor();
  }

  /**
   * Starts the plan's workflow together with its {@code admit} update, in one round trip
   * (update-with-start), and returns the first status the workflow recorded.
   *
   * @return empty when the workflow started but did not answer in time
   * @throws ApiException 503 when the workflow did not start: nothing will execute the plan
   */
  public Optional<PlanState> admit(Plan plan) {
    return admit(plan, input(plan), false);
  }

  /**
   * Starts a failed plan's workflow again to deliver it once more, with fresh attempts (its earlier
   * run has closed), and answers with the status it recorded.
   */
  public Optional<PlanState> retry(Plan plan, boolean reachedProvider) {
    return admit(plan, input(plan).retried(reachedProvider), true);
  }

  private Optional<PlanState> admit(Plan plan, ExecutionInput input, boolean again) {
    ExecutionWorkflow workflow = client.newWorkflowStub(ExecutionWorkflow.class, options(plan, again));
    WithStartWorkflowOperation<PlanStatus> start =
        new WithStartWorkflowOperation<>(workflow::execute, input);
    try (var logged = MDC.putCloseable("WorkflowId", plan.workflowId())) {
      return Optional.of(bounded(properties.answerWait(),
          () -> WorkflowClient.startUpdateWithStart(workflow::admit, completed(), start).getResult()));
    } catch (RuntimeException e) {
      Presence presence = presence(plan.id());
      if (presence == Presence.RUNNING || presence == Presence.CLOSED) {
        log.warn("plan {} started, but its workflow did not answer in time ({})", plan.id(), e.toString());
        return Optional.empty();
      }
      throw unavailable(e);
    }
  }

  /** Starts the workflow of an unfinished plan; {@code again}: a new run after a closed one. */
  public void start(Plan plan, boolean again) {
    ExecutionWorkflow workflow = client.newWorkflowStub(ExecutionWorkflow.class, options(plan, again));
    try (var logged = MDC.putCloseable("WorkflowId", plan.workflowId())) {
      bounded(properties.answerWait(), () -> WorkflowClient.start(workflow::execute, input(plan)));
    }
  }

  /**
   * @return the workflow's answer, or empty when it did not answer in time (the equivalent signal
   *     is then sent, so the approval holds once a worker runs it)
   * @throws WorkflowNotFoundException when the workflow has ended or does not exist
   */
  public Optional<PlanState> approve(Plan plan) {
    ExecutionWorkflow workflow = client.newWorkflowStub(ExecutionWorkflow.class, plan.workflowId());
    return ask(plan, () -> WorkflowClient.startUpdate(workflow::approvePlan, completed()).getResult(), "approve");
  }

  /**
   * Approves the draft version the user saw; unlike {@link #approve}, no signal stands in when the
   * engine is slow (a signal cannot check the version).
   *
   * @throws WorkflowUpdateException when the validator rejected it ({@code DRAFT_CHANGED}: a stale
   *     version); nothing changed and no event was written
   */
  public Optional<PlanState> approve(Plan plan, int version) {
    ExecutionWorkflow workflow = client.newWorkflowStub(ExecutionWorkflow.class, plan.workflowId());
    return ask(plan, () -> WorkflowClient.startUpdate(workflow::approveVersion, new Approval(version), completed())
        .getResult(), null);
  }

  /** Tells the draft's workflow its new version (and time); as {@link #reschedule} otherwise. */
  public Optional<PlanState> edit(Plan plan, DraftEdit edit) {
    ExecutionWorkflow workflow = client.newWorkflowStub(ExecutionWorkflow.class, plan.workflowId());
    return ask(plan, () -> WorkflowClient.startUpdate(workflow::edit, edit, completed()).getResult(), null);
  }

  /** As {@link #approve}, for a cancel; its answer says what the cancel achieved. */
  public Optional<PlanState> cancel(Plan plan) {
    ExecutionWorkflow workflow = client.newWorkflowStub(ExecutionWorkflow.class, plan.workflowId());
    return ask(plan, () -> WorkflowClient.startUpdate(workflow::cancelPlan, completed()).getResult(), "cancel");
  }

  /**
   * Moves the plan's time (a reschedule or a snooze) and answers with where the plan stands.
   *
   * @throws WorkflowUpdateException when the workflow's validator rejected the move ({@link
   *     com.romna.workflows.UpdateRejection} says why); nothing changed
   * @throws ApiException 503 when the engine did not answer in time: a move is only kept once the
   *     workflow accepts it, so the user must not be told it happened
   */
  public Optional<PlanState> reschedule(Plan plan, TimeChange change) {
    ExecutionWorkflow workflow = client.newWorkflowStub(ExecutionWorkflow.class, plan.workflowId());
    return ask(plan, () -> WorkflowClient.startUpdate(workflow::reschedule, change, completed()).getResult(), null);
  }

  /** As {@link #reschedule}, for pausing, resuming or skipping a repeating plan. */
  public Optional<PlanState> changeSeries(Plan plan, SeriesChange change) {
    ExecutionWorkflow workflow = client.newWorkflowStub(ExecutionWorkflow.class, plan.workflowId());
    return ask(plan, () -> WorkflowClient.startUpdate(workflow::changeSeries, change, completed()).getResult(), null);
  }

  /**
   * Hands a provider's final word to the plan's workflow.
   *
   * @return false when the workflow has closed (its receipt window is over)
   */
  public boolean receipt(UUID planId, ProviderReceipt receipt) {
    try {
      bounded(properties.answerWait(), () -> {
        client.newUntypedWorkflowStub(ExecutionIds.workflowId(planId)).signal("receipt", receipt);
        return null;
      });
      return true;
    } catch (WorkflowNotFoundException closed) {
      return false;
    }
  }

  /** Whether the plan's workflow runs; {@code UNKNOWN} when Temporal does not answer. */
  public Presence presence(UUID planId) {
    try {
      WorkflowExecutionStatus status = bounded(LOOK_UP,
          () -> client.newUntypedWorkflowStub(ExecutionIds.workflowId(planId)).describe().getStatus());
      return status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING
          ? Presence.RUNNING : Presence.CLOSED;
    } catch (WorkflowNotFoundException e) {
      return Presence.MISSING;
    } catch (RuntimeException unreachable) {
      return Presence.UNKNOWN;
    }
  }

  private Optional<PlanState> ask(Plan plan, Supplier<PlanState> update, String signal) {
    try (var logged = MDC.putCloseable("WorkflowId", plan.workflowId())) {
      return Optional.of(bounded(properties.answerWait(), update));
    } catch (WorkflowUpdateTimeoutOrCancelledException noAnswerInTime) {
      if (signal == null) {
        throw unavailable(noAnswerInTime);
      }
      // An update is durable only once a worker accepts it; the signal is durable at once.
      bounded(properties.answerWait(), () -> {
        client.newUntypedWorkflowStub(plan.workflowId()).signal(signal);
        return null;
      });
      return Optional.empty();
    } catch (WorkflowNotFoundException | WorkflowUpdateException ended) {
      throw ended;
    } catch (RuntimeException e) {
      throw unavailable(e);
    }
  }

  private ExecutionInput input(Plan plan) {
    return plan.executionInput(properties);
  }

  private WorkflowOptions options(Plan plan, boolean again) {
    ExecutionInput input = input(plan);
    return WorkflowOptions.newBuilder()
        .setWorkflowId(plan.workflowId())
        .setTaskQueue(ExecutionIds.TASK_QUEUE)
        // What ops search and read in the Temporal Web UI (no message content, masked recipients).
        .setTypedSearchAttributes(PlanSearchAttributes.atStart(input))
        .setStaticSummary(PlanSummaries.summary(input, plan.payload()))
        .setStaticDetails(PlanSummaries.details(input, plan.payload()))
        // One execution per plan, unless the re-drive finds it closed without an outcome.
        .setWorkflowIdReusePolicy(again
            ? WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE
            : WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
        .build();
  }

  private static UpdateOptions<PlanState> completed() {
    return UpdateOptions.<PlanState>newBuilder().setWaitForStage(WorkflowUpdateStage.COMPLETED).build();
  }

  /** Runs a Temporal call under a deadline: the SDK stops retrying and waiting when it passes. */
  private <T> T bounded(Duration wait, Supplier<T> call) {
    Context.CancellableContext context =
        Context.current().withDeadlineAfter(wait.toMillis(), TimeUnit.MILLISECONDS, deadlines);
    try {
      return context.call(call::get);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      context.cancel(null);
    }
  }

  private static ApiException unavailable(Throwable cause) {
    log.warn("the execution engine did not answer: {}", cause.toString());
    return new ApiException(
        HttpStatus.SERVICE_UNAVAILABLE,
        "engine-unavailable",
        "Execution engine unavailable",
        "The execution engine did not answer; please try again.");
  }
}
