package com.romna.api.plans;

import com.romna.api.limits.SendCaps;
import com.romna.api.web.ApiException;
import com.romna.workflows.PlanState;
import com.romna.workflows.PlanStatus;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Approve and cancel, for both the resource endpoints and the seed-compatible action endpoint.
 * Repeating an action that already took effect is answered as before; an action a finished plan
 * can no longer take is a 409 that names the plan's real status.
 */
@Service
public class PlanActions {

  private final PlanStore store;
  private final PlanEngine engine;
  private final SendCaps caps;

  PlanActions(PlanStore store, PlanEngine engine, SendCaps caps) {
    this.store = store;
    this.engine = engine;
    this.caps = caps;
  }

  public PlanStatus approve(String userId, UUID planId) {
    Plan plan = find(userId, planId);
    if (!plan.requiresApproval()) {
      throw conflict(plan, "approval-not-needed",
          "A " + plan.intentType().wire() + " runs without approval.");
    }
    if (plan.approvedAt() != null && plan.status() != PlanStatus.CANCELLED) {
      return plan.status();
    }
    if (plan.status().isTerminal()) {
      throw finished(plan);
    }
    caps.approving(userId, plan.intentType());
    PlanStatus status = ask(plan, engine::approve);
    if (status == PlanStatus.CANCELLED) {
      throw finished(find(userId, planId));
    }
    return status;
  }

  public PlanStatus cancel(String userId, UUID planId) {
    Plan plan = find(userId, planId);
    if (plan.status() == PlanStatus.CANCELLED) {
      return plan.status();
    }
    if (plan.status().isTerminal()) {
      throw finished(plan);
    }
    PlanStatus status = ask(plan, engine::cancel);
    if (status == PlanStatus.EXECUTED || status == PlanStatus.FAILED) {
      throw finished(find(userId, planId));
    }
    return status;
  }

  public Plan find(String userId, UUID planId) {
    return store
        .find(planId, userId)
        .orElseThrow(() -> ApiException.notFound("No plan " + planId + " for this user."));
  }

  /** The workflow's answer, or the stored status when it ended or has not answered yet. */
  private PlanStatus ask(Plan plan, Function<Plan, Optional<PlanState>> action) {
    try {
      return action.apply(plan).map(PlanState::status).orElseGet(() -> reread(plan));
    } catch (WorkflowNotFoundException e) {
      Plan now = store.find(plan.id(), plan.userId()).orElseThrow();
      if (now.status().isTerminal()) {
        return now.status();
      }
      // The workflow is gone although the plan is unfinished (e.g. an in-memory Temporal was
      // restarted): start it again from the stored plan, then act.
      try {
        engine.start(now);
      } catch (WorkflowExecutionAlreadyStarted ended) {
        return reread(plan);
      }
      return action.apply(now).map(PlanState::status).orElseGet(() -> reread(plan));
    }
  }

  private PlanStatus reread(Plan plan) {
    return store.find(plan.id(), plan.userId()).map(Plan::status).orElse(plan.status());
  }

  private static ApiException finished(Plan plan) {
    return conflict(plan, "plan-finished",
        "The plan is already " + plan.status().wire() + "; nothing was changed.");
  }

  private static ApiException conflict(Plan plan, String type, String detail) {
    return new ApiException(HttpStatus.CONFLICT, type, "Conflict", detail)
        .with("planId", plan.id())
        .with("planStatus", plan.status().wire());
  }
}
