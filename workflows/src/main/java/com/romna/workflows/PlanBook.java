package com.romna.workflows;

import com.romna.workflows.delivery.ProviderReceipt;
import com.romna.workflows.plan.NewTime;
import com.romna.workflows.plan.PlanActivities;
import com.romna.workflows.plan.PlanNote;
import com.romna.workflows.plan.Receipt;
import com.romna.workflows.plan.Transition;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TimeoutFailure;
import io.temporal.workflow.Workflow;
import java.time.ZoneOffset;
import java.util.UUID;
import org.slf4j.Logger;

/**
 * The workflow's record of its plan: each transition goes to Postgres first (a local activity: a
 * status write costs no extra workflow task), then to the search attribute and current details ops
 * read in the Web UI. The in-memory status never runs ahead of Postgres.
 */
final class PlanBook {

  private static final Logger log = Workflow.getLogger(PlanBook.class);

  private final UUID planId;
  private PlanStatus status = PlanStatus.PENDING;
  private String lastError;

  PlanBook(UUID planId) {
    this.planId = planId;
  }

  PlanStatus status() {
    return status;
  }

  String lastError() {
    return lastError;
  }

  /**
   * Records the move; a terminal status the row already has wins (a re-driven run of a plan that
   * finished meanwhile ends there).
   *
   * @return true while the plan is still open
   */
  boolean move(PlanStatus next, String note) {
    PlanStatus now = recorder("record " + next.wire()).record(new Transition(planId, next, note));
    reached(now, now == next ? note : "already " + now.wire());
    return !now.isTerminal();
  }

  /** The plan failed for this reason, which the user reads as its last error. */
  void fail(String reason) {
    lastError = reason;
    log.warn("plan {} failed: {}", planId, reason);
    move(PlanStatus.FAILED, reason);
  }

  /** What the delivery activity (or the cancel fence) recorded in Postgres. */
  void reached(PlanStatus next, String note) {
    status = next;
    Workflow.upsertTypedSearchAttributes(PlanSearchAttributes.STATUS.valueSet(next.wire()));
    show(next.wire() + ": " + note);
  }

  void receipt(ProviderReceipt receipt) {
    PlanStatus now = recorder("record receipt").recordReceipt(new Receipt(planId, receipt));
    if (!receipt.delivered()) {
      lastError = receipt.reason();
    }
    reached(now, receipt.delivered() ? receipt.provider() + " delivered it" : receipt.reason());
  }

  /** The plan's due time moved: its row, then the search attribute ops filter on. */
  void newTime(NewTime time) {
    PlanStatus now = recorder("record new time").recordNewTime(time);
    Workflow.upsertTypedSearchAttributes(
        PlanSearchAttributes.SCHEDULED_FOR.valueSet(time.scheduledFor().atOffset(ZoneOffset.UTC)));
    reached(now, time.note());
  }

  /** Something happened that does not move the plan: its history says so, its status stays. */
  void note(String note) {
    recorder("record note").recordNote(new PlanNote(planId, note));
    show(status.wire() + ": " + note);
  }

  /** What ops read as the plan's current details in the Web UI. */
  void show(String details) {
    Workflow.setCurrentDetails(details);
  }

  /** The summary names the write in the Web UI's event history. */
  PlanActivities recorder(String summary) {
    return Workflow.newLocalActivityStub(
        PlanActivities.class,
        LocalActivityOptions.newBuilder(DeliveryPolicy.RECORDING).setSummary(summary).build());
  }

  /** Why a delivery failed, in words the user can act on (never personal content). */
  static String reason(ActivityFailure e) {
    Throwable cause = e.getCause();
    if (cause instanceof TimeoutFailure timeout) {
      return "gave up: not delivered within the time it was worth sending" + last(timeout.getCause());
    }
    String message = cause instanceof ApplicationFailure app ? app.getOriginalMessage()
        : cause != null ? cause.getMessage() : e.getMessage();
    return switch (e.getRetryState()) {
      case RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED ->
          "gave up after " + DeliveryPolicy.MAX_ATTEMPTS + " attempts; last error: " + message;
      // The next retry would have come after the give-up window.
      case RETRY_STATE_TIMEOUT ->
          "gave up: not delivered within the time it was worth sending; last error: " + message;
      default -> message;
    };
  }

  private static String last(Throwable cause) {
    return cause instanceof ApplicationFailure app ? "; last error: " + app.getOriginalMessage() : "";
  }

  /** The plan's row is gone (e.g. the intake that made it did not get its workflow's answer). */
  static boolean planGone(ActivityFailure e) {
    return e.getCause() instanceof ApplicationFailure app
        && FailureType.PLAN_NOT_FOUND.name().equals(app.getType());
  }
}
