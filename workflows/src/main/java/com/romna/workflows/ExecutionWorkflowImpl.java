package com.romna.workflows;

import com.romna.workflows.delivery.Delivery;
import com.romna.workflows.plan.PlanActivities;
import com.romna.workflows.plan.Transition;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Functions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;

public class ExecutionWorkflowImpl implements ExecutionWorkflow {

  private static final Logger log = Workflow.getLogger(ExecutionWorkflowImpl.class);

  // Local activities run inside the workflow task: a status write costs no extra task round trip,
  // which matters when thousands of plans are created or fall due in the same second.
  private final PlanActivities plans =
      Workflow.newLocalActivityStub(PlanActivities.class, ActivityPolicies.RECORDING);
  private final DeliveryChannels channels = new DeliveryChannels();

  private final ExecutionInput input;
  private PlanStatus status = PlanStatus.PENDING;
  private boolean approved;
  private boolean cancelRequested;
  private String lastError;
  // Version 1 of "ops-visibility": search attributes and current details follow each transition,
  // and the workflow retries deliveries itself. Histories recorded before it replay without.
  private boolean visible;

  // Updates can arrive in the very first workflow task, before execute() runs; the input must
  // already be known to answer them.
  @WorkflowInit
  public ExecutionWorkflowImpl(ExecutionInput input) {
    this.input = input;
    this.approved = input.approved();
  }

  @Override
  public PlanStatus execute(ExecutionInput input) {
    visible = Workflow.getVersion("ops-visibility", Workflow.DEFAULT_VERSION, 1) >= 1;
    try {
      run();
    } catch (CanceledFailure e) {
      // Cancelled from Temporal itself (an operator in the Web UI): still record it in Postgres.
      Workflow.newDetachedCancellationScope(
              () -> move(PlanStatus.CANCELLED, "cancelled from Temporal by an operator"))
          .run();
    }
    Workflow.await(Workflow::isEveryHandlerFinished);
    return status;
  }

  private void run() {
    if (input.intentType().requiresApproval() && !approved) {
      move(
          PlanStatus.WAITING_APPROVAL,
          "waiting for approval until "
              + PlanSummaries.local(input.approvalExpiresAt(), input.timezone()));
      boolean decided = awaitUntil(input.approvalExpiresAt(), () -> approved || cancelRequested);
      if (cancelRequested) {
        move(PlanStatus.CANCELLED, "cancelled by the user");
        return;
      }
      if (!decided) {
        move(
            PlanStatus.CANCELLED,
            "approval expired at "
                + PlanSummaries.local(input.approvalExpiresAt(), input.timezone()));
        return;
      }
      move(PlanStatus.SCHEDULED, "approved by the user");
    } else {
      move(
          PlanStatus.SCHEDULED,
          "scheduled for " + PlanSummaries.local(input.scheduledFor(), input.timezone()));
    }

    awaitUntil(input.scheduledFor(), () -> cancelRequested);
    if (cancelRequested) {
      move(PlanStatus.CANCELLED, "cancelled by the user");
      return;
    }
    deliver();
  }

  private void deliver() {
    Delivery delivery =
        new Delivery(
            input.planId(),
            input.userId(),
            input.intentType().executionType(),
            input.payload(),
            input.scheduledFor(),
            input.timezone(),
            input.locale());
    try {
      if (visible) {
        show("sending (due " + PlanSummaries.local(input.scheduledFor(), input.timezone()) + ")");
        channels.deliver(delivery, this::show);
      } else {
        channels.deliverLegacy(delivery);
      }
      // Recorded by the delivery activity together with the delivery row.
      reached(PlanStatus.EXECUTED, "delivered");
    } catch (ActivityFailure e) {
      lastError = reason(e);
      log.warn("plan {} failed: {}", input.planId(), lastError);
      move(PlanStatus.FAILED, lastError);
    }
  }

  /** Records the transition first, so the in-memory status never runs ahead of Postgres. */
  private void move(PlanStatus next, String note) {
    PlanActivities recorder =
        visible
            ? Workflow.newLocalActivityStub(
                PlanActivities.class,
                LocalActivityOptions.newBuilder(ActivityPolicies.RECORDING)
                    .setSummary("record " + next.wire())
                    .build())
            : plans;
    recorder.record(new Transition(input.planId(), next, note));
    reached(next, note);
  }

  private void reached(PlanStatus next, String note) {
    status = next;
    if (visible) {
      Workflow.upsertTypedSearchAttributes(PlanSearchAttributes.STATUS.valueSet(next.wire()));
      show(next.wire() + ": " + note);
    }
  }

  /** What ops read as the plan's current details in the Web UI. */
  private void show(String details) {
    if (visible) {
      Workflow.setCurrentDetails(details);
    }
  }

  /** Waits until {@code deadline} or until the condition holds; true when it held. */
  private static boolean awaitUntil(Instant deadline, Functions.Func<Boolean> done) {
    Duration left = Duration.between(Instant.ofEpochMilli(Workflow.currentTimeMillis()), deadline);
    if (left.isNegative() || left.isZero()) {
      return done.apply();
    }
    return Workflow.await(left, done::apply);
  }

  static String reason(ActivityFailure e) {
    Throwable cause = e.getCause();
    if (cause instanceof ApplicationFailure app) {
      return app.getOriginalMessage();
    }
    return cause != null ? cause.getMessage() : e.getMessage();
  }

  @Override
  public PlanState admit() {
    Workflow.await(() -> status != PlanStatus.PENDING);
    return state();
  }

  @Override
  public PlanState approvePlan() {
    approve();
    Workflow.await(
        () -> !input.intentType().requiresApproval()
            || (status != PlanStatus.PENDING && status != PlanStatus.WAITING_APPROVAL));
    return state();
  }

  @Override
  public PlanState cancelPlan() {
    cancel();
    Workflow.await(() -> status.isTerminal());
    return state();
  }

  @Override
  public void approve() {
    approved = true;
  }

  @Override
  public void cancel() {
    cancelRequested = true;
  }

  @Override
  public PlanState state() {
    return new PlanState(
        status, approved, input.scheduledFor(), input.approvalExpiresAt(), lastError);
  }
}
