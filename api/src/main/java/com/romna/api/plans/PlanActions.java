package com.romna.api.plans;

import com.romna.api.limits.SendCaps;
import com.romna.api.web.ApiException;
import com.romna.workflows.CancelOutcome;
import com.romna.workflows.DraftEdit;
import com.romna.workflows.FailureType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.PlanState;
import com.romna.workflows.PlanStatus;
import com.romna.workflows.TimeChange;
import com.romna.workflows.UpdateRejection;
import com.romna.workflows.series.SeriesChange;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowNotFoundException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Approve and cancel, for both the resource endpoints and the seed-compatible action endpoint.
 * Repeating an action that already took effect is answered as before; an action a finished plan
 * can no longer take is a 409 that names the plan's real status. A cancel says what it achieved.
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

  public ActionOutcome approve(String userId, UUID planId) {
    return approve(userId, planId, null);
  }

  /**
   * Approves the draft: the version named, which must be the current one (a 409 {@code
   * draft-changed} otherwise, decided by the workflow's validator when the row has not seen the
   * change yet), or without a version the current one.
   */
  public ActionOutcome approve(String userId, UUID planId, Integer version) {
    Plan plan = find(userId, planId);
    if (!plan.requiresApproval()) {
      throw conflict(plan, "approval-not-needed",
          "A " + plan.intentType().wire() + " runs without approval.");
    }
    if (plan.status().isTerminal()) {
      throw finished(plan);
    }
    if (version != null && version != plan.version()) {
      throw draftChanged(plan, version);
    }
    if (plan.approvedAt() != null) {
      return ActionOutcome.done(plan.status());
    }
    caps.approving(userId, plan.intentType());
    Optional<PlanState> answer;
    try {
      answer = ask(plan, version == null ? engine::approve : p -> engine.approve(p, version));
    } catch (WorkflowUpdateException e) {
      UpdateRejection why = UpdateRejection.in(e).orElseThrow(() -> e);
      throw why.type() == FailureType.DRAFT_CHANGED ? draftChanged(reread(plan), version) : finished(reread(plan));
    }
    if (answer.isEmpty()) {
      return new ActionOutcome(reread(plan).status(), null, false);
    }
    if (answer.get().status() == PlanStatus.CANCELLED) {
      throw finished(reread(plan));
    }
    return ActionOutcome.done(answer.get().status());
  }

  public ActionOutcome cancel(String userId, UUID planId) {
    Plan plan = find(userId, planId);
    if (plan.status() == PlanStatus.CANCELLED) {
      return ActionOutcome.cancel(plan.status(), CancelOutcome.CANCELLED);
    }
    if (plan.status().isTerminal()) {
      throw finished(plan);
    }
    Optional<PlanState> answer = ask(plan, engine::cancel);
    if (answer.isEmpty()) {
      return new ActionOutcome(reread(plan).status(), ActionOutcome.REQUESTED, false);
    }
    CancelOutcome outcome = answer.get().cancel();
    if (outcome == null || outcome == CancelOutcome.ALREADY_SENT) {
      ApiException finished = finished(reread(plan));
      throw outcome == null ? finished : finished.with("cancel", outcome.wire());
    }
    return ActionOutcome.cancel(outcome == CancelOutcome.SENDING ? answer.get().status() : PlanStatus.CANCELLED,
        outcome);
  }

  /**
   * Moves a plan's time: a reschedule or a snooze, decided by the plan's workflow. A finished plan,
   * a message being sent, or a time not ahead is refused with what is true; the answer carries the
   * time the plan will now fire.
   */
  public PlanState move(String userId, UUID planId, TimeChange change) {
    return change(find(userId, planId), p -> engine.reschedule(p, change));
  }

  /** Pauses, resumes or skips the next occurrence of a repeating plan, as its workflow decides. */
  public PlanState series(String userId, UUID planId, SeriesChange change) {
    Plan plan = find(userId, planId);
    if (plan.recurrence() == null) {
      throw conflict(plan, "not-a-series", "The plan does not repeat; nothing was changed.");
    }
    return change(plan, p -> engine.changeSeries(p, change));
  }

  private PlanState change(Plan plan, Function<Plan, Optional<PlanState>> update) {
    if (plan.status() == PlanStatus.CANCELLED
        || plan.status() == PlanStatus.FAILED && plan.recurrence() == null) {
      throw finishedMove(plan);
    }
    Optional<PlanState> answer;
    try {
      answer = ask(plan, update);
    } catch (WorkflowUpdateException e) {
      UpdateRejection why = UpdateRejection.in(e).orElseThrow(() -> e);
      throw switch (why.type()) {
        case PLAN_SENDING -> conflict(reread(plan), "plan-sending", "The plan is being sent right now;"
            + " its time can no longer move. Nothing was changed.");
        case TIME_NOT_AHEAD -> ApiException.badRequest("invalid-time",
            "Cannot move the plan: " + why.reason() + ". Nothing was changed.");
        case NOT_A_SERIES -> conflict(plan, "not-a-series", "The plan does not repeat; nothing was changed.");
        default -> finishedMove(reread(plan));
      };
    }
    PlanState state = answer.orElseThrow();
    if (state.status().isTerminal()) {
      throw finishedMove(reread(plan));
    }
    return state;
  }

  /**
   * Delivers a failed plan again, with fresh attempts, under the approval it has; recorded in its
   * history. Only a {@code failed} plan can be retried.
   */
  public PlanState retry(String userId, UUID planId) {
    Plan plan = find(userId, planId);
    if (plan.status() != PlanStatus.FAILED) {
      throw conflict(plan, "plan-not-failed",
          "Only a failed plan can be retried; this one is " + plan.status().wire() + ". Nothing was changed.");
    }
    PlanState state = engine.retry(plan, store.reachedProvider(plan.id()))
        .orElseGet(() -> new PlanState(reread(plan).status(), plan.approvedAt() != null, plan.scheduledFor(),
            plan.approvalExpiresAt(), plan.lastError(), null));
    if (state.status() == PlanStatus.FAILED) { // its earlier run had not closed yet
      throw conflict(reread(plan), "plan-not-failed",
          "The plan is still finishing its last attempt; try again in a moment. Nothing was changed.");
    }
    return state;
  }

  /**
   * Writes an edited draft to the plan's row (its version +1) and tells the workflow the new version
   * and time; a refusal puts the earlier draft back, so nothing is half-written.
   *
   * @param at the draft's new time, or null when it stays
   */
  public Plan edit(Plan plan, PlanPayload payload, Instant at) {
    int edited = store.editDraft(plan, payload).orElseThrow(() -> notEditable(reread(plan), plan.version()));
    try {
      ask(plan, p -> engine.edit(p, new DraftEdit(edited, at)));
    } catch (RuntimeException e) {
      store.restoreDraft(plan, edited);
      UpdateRejection why = e instanceof WorkflowUpdateException ? UpdateRejection.in(e).orElseThrow(() -> e) : null;
      if (why == null) {
        throw e;
      }
      throw switch (why.type()) {
        case TIME_NOT_AHEAD -> ApiException.badRequest("invalid-time",
            "Cannot edit the draft: " + why.reason() + ". Nothing was changed.");
        case DRAFT_CHANGED -> draftChanged(reread(plan), plan.version());
        default -> notEditable(reread(plan), plan.version());
      };
    }
    return reread(plan);
  }

  /** Why a plan's draft cannot be edited (or edited from this version); nothing was changed. */
  static ApiException notEditable(Plan plan, int version) {
    if (plan.status().isTerminal()) {
      return finished(plan);
    }
    if (plan.requiresApproval() && plan.approvedAt() == null && plan.version() != version) {
      return draftChanged(plan, version);
    }
    return conflict(plan, "not-a-draft", "Only an e-mail or WhatsApp draft waiting for approval can be edited;"
        + " this plan is " + (plan.approvedAt() != null ? "approved" : plan.status().wire()) + ". Nothing was changed.")
        .with("version", plan.version());
  }

  private static ApiException draftChanged(Plan plan, Integer seen) {
    return conflict(plan, "draft-changed", "The draft changed" + (seen == null ? "" : " since version " + seen)
        + "; it is now version " + plan.version() + ". Read it again before approving. Nothing was changed.")
        .with("version", plan.version());
  }

  public Plan find(String userId, UUID planId) {
    return store
        .find(planId, userId)
        .orElseThrow(() -> ApiException.notFound("No plan " + planId + " for this user."));
  }

  /** The workflow's answer; a plan whose workflow is gone gets it back first (as the re-drive does). */
  private Optional<PlanState> ask(Plan plan, Function<Plan, Optional<PlanState>> action) {
    try {
      return action.apply(plan);
    } catch (WorkflowNotFoundException e) {
      Plan now = reread(plan);
      if (now.status().isTerminal()) {
        return Optional.of(new PlanState(now.status(), now.approvedAt() != null, now.scheduledFor(),
            now.approvalExpiresAt(), now.lastError(), settled(now.status())));
      }
      engine.start(now, engine.presence(now.id()) == PlanEngine.Presence.CLOSED);
      return action.apply(now);
    }
  }

  private static CancelOutcome settled(PlanStatus status) {
    return switch (status) {
      case CANCELLED -> CancelOutcome.CANCELLED;
      case EXECUTED -> CancelOutcome.ALREADY_SENT;
      default -> null;
    };
  }

  private Plan reread(Plan plan) {
    return store.find(plan.id(), plan.userId()).orElse(plan);
  }

  static ApiException finished(Plan plan) {
    return conflict(plan, "plan-finished",
        "The plan is already " + plan.status().wire() + "; nothing was changed.");
  }

  private static ApiException finishedMove(Plan plan) {
    String snooze = plan.status() == PlanStatus.EXECUTED && !plan.requiresApproval()
        ? " A reminder or alarm can be snoozed for a while after it rang, not later." : "";
    return conflict(plan, "plan-finished",
        "The plan is already " + plan.status().wire() + "; nothing was changed." + snooze);
  }

  static ApiException conflict(Plan plan, String type, String detail) {
    return new ApiException(HttpStatus.CONFLICT, type, "Conflict", detail)
        .with("planId", plan.id())
        .with("planStatus", plan.status().wire());
  }
}
