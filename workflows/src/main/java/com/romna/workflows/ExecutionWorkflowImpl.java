package com.romna.workflows;

import static com.romna.workflows.PlanStatus.CANCELLED;
import static com.romna.workflows.PlanStatus.EXECUTED;
import static com.romna.workflows.PlanStatus.SCHEDULED;
import static com.romna.workflows.PlanStatus.WAITING_APPROVAL;

import com.romna.workflows.delivery.DeliveryReceipt;
import com.romna.workflows.delivery.DeliveryRequest;
import com.romna.workflows.delivery.ProviderReceipt;
import com.romna.workflows.plan.NewTime;
import com.romna.workflows.series.Occurrences;
import com.romna.workflows.series.Series;
import com.romna.workflows.series.SeriesChange;
import com.romna.workflows.plan.Transition;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Functions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

public class ExecutionWorkflowImpl implements ExecutionWorkflow {

  /** Workflow.getVersion id of the wake-up a lead before the due time (issue 12). */
  static final String LEAD_CHANGE = "delivery-lead";

  /** A series continues as new after this many deliveries, so no history grows without end. */
  static final int OCCURRENCES_PER_RUN = 10;

  /** Where the plan is; a cancel means something different in each. */
  private enum Phase { WAITING, DELIVERING, DELIVERED }

  private final ExecutionInput input;
  private final PlanBook book;
  private Instant approvedAt;
  private String cancelNote; // set once a cancel is asked: what the plan's history will say
  private Phase phase = Phase.WAITING;
  private Duration lead = Duration.ZERO;
  private CancellationScope delivery;
  private Promise<DeliveryReceipt> sent;
  private Promise<CancelOutcome> stopping;
  private final Deque<ProviderReceipt> receipts = new ArrayDeque<>();
  private Instant due; // when the plan fires: moved by reschedule and snooze
  private int rings; // deliveries before the current one (a fired reminder that was snoozed)
  private boolean snoozable; // a fired reminder/alarm inside its snooze window
  private int recordingTime; // moves of the due time being recorded
  private Instant occurrence; // a series: the occurrence due next, as the rule has it (moves shift only due)
  private boolean paused; // a series the user paused
  private int firedThisRun; // a series: occurrences delivered since this run started
  private int version; // the draft's current version (edits raise it)
  private int approvedVersion; // the version the approval was for; what the delivery may send

  // Updates can arrive in the very first workflow task, before execute() runs; the input must
  // already be known to answer them.
  @WorkflowInit
  public ExecutionWorkflowImpl(ExecutionInput input) {
    this.input = input;
    this.book = new PlanBook(input.planId());
    this.approvedAt = input.approvedAt();
    this.due = input.scheduledFor();
    this.rings = input.rings();
    this.occurrence = input.series() == null ? null : input.scheduledFor();
    this.paused = input.series() != null && input.series().paused();
    this.version = input.version();
    this.approvedVersion = input.version(); // a re-driven approved plan: its row holds what was approved
  }

  @Override
  public PlanStatus execute(ExecutionInput input) {
    try {
      run();
    } catch (CanceledFailure e) {
      cancelledFromTemporal();
    } catch (ActivityFailure e) {
      if (e.getCause() instanceof CanceledFailure) {
        cancelledFromTemporal();
      } else if (!PlanBook.planGone(e)) {
        throw e;
      }
    }
    return book.status();
  }

  private void run() {
    if (input.retry()) { // a failed plan the user wants delivered again: now, with fresh attempts
      due = now();
      book.newTime(new NewTime(input.planId(), due, true, "retry asked by the user: delivering again"));
      if (book.status() != SCHEDULED) {
        return;
      }
    } else if (input.intentType().requiresApproval() && approvedAt == null) {
      if (!book.move(WAITING_APPROVAL, "waiting for approval until " + local(input.approvalExpiresAt()))) {
        return;
      }
      boolean decided = new ApprovalWait(input, book, () -> approvedAt != null || cancelNote != null).await();
      if (cancelNote != null || !decided) {
        book.move(CANCELLED, cancelNote != null ? cancelNote
            : "approval expired at " + local(input.approvalExpiresAt()));
        return;
      }
      if (!book.move(SCHEDULED, "approved")) {
        return;
      }
    } else if (!book.move(SCHEDULED, "scheduled for " + local(due))) {
      return;
    }
    useLead();
    do {
      if (!awaitDue()) {
        book.move(CANCELLED, cancelNote);
        return;
      }
      DeliveryReceipt receipt = deliver();
      if (receipt != null && receipt.receiptsExpected()) {
        awaitReceipt();
      }
    } while (input.series() != null ? nextOccurrence() : snoozedAfterFiring());
  }

  /**
   * A series goes on to its next occurrence (the plan is {@code scheduled} again, its time the next
   * one) until the rule ends or the series is cancelled. Every {@link #OCCURRENCES_PER_RUN}
   * deliveries the workflow continues as new, so its history stays short however long it repeats.
   */
  private boolean nextOccurrence() {
    if (cancelNote != null || book.status() == CANCELLED) {
      return false;
    }
    Instant next = occurrenceAfter(occurrence.isAfter(now()) ? occurrence : now());
    if (next == null) {
      book.show(book.status().wire() + ": the series has no occurrence left");
      return false;
    }
    occurrence = next;
    due = next;
    phase = Phase.WAITING;
    book.newTime(new NewTime(input.planId(), next, true, "next occurrence " + local(next)));
    if (++firedThisRun >= OCCURRENCES_PER_RUN || Workflow.getInfo().isContinueAsNewSuggested()) {
      Workflow.await(Workflow::isEveryHandlerFinished);
      Workflow.newContinueAsNewStub(ExecutionWorkflow.class)
          .execute(input.next(next, input.series().paused(paused), approvedAt, rings));
    }
    return true;
  }

  /** The rule's first occurrence after {@code after}, or null; recorded once, so replays agree. */
  private Instant occurrenceAfter(Instant after) {
    Series series = input.series();
    Long next = Workflow.sideEffect(Long.class, () -> Occurrences.after(series.rule(), input.timezone(),
        series.start(), after).map(Instant::toEpochMilli).orElse(null));
    return next == null ? null : Instant.ofEpochMilli(next);
  }

  /**
   * Sleeps until the due time, following every move of it (one timer per time the user was told);
   * false when a cancel came first.
   */
  private boolean awaitDue() {
    while (true) {
      if (paused) { // a paused series: no timer until it is resumed
        Workflow.await(() -> !paused || cancelNote != null);
      }
      Instant target = due;
      awaitUntil(target.minus(lead), () -> cancelNote != null || !due.equals(target) || paused);
      if (cancelNote != null) {
        return false;
      }
      if (due.equals(target) && !paused) {
        return true;
      }
    }
  }

  /**
   * A reminder or alarm that fired stays open for its snooze window; a snooze in it makes the plan
   * ring again. Gated by the input (null window in plans started before it existed) and a version.
   */
  private boolean snoozedAfterFiring() {
    Duration window = input.snoozeWindow();
    if (book.status() != EXECUTED || input.intentType().requiresApproval() || window == null
        || window.isZero() || cancelNote != null
        || Workflow.getVersion("snooze-after-firing", Workflow.DEFAULT_VERSION, 1) == Workflow.DEFAULT_VERSION) {
      return false;
    }
    int before = rings;
    snoozable = true;
    book.show("executed: can be snoozed until " + local(now().plus(window)));
    Workflow.await(window, () -> rings != before || cancelNote != null);
    snoozable = false;
    if (rings == before) {
      return false;
    }
    Workflow.await(() -> recordingTime == 0);
    return book.status() == SCHEDULED;
  }

  private DeliveryReceipt deliver() {
    ExecutionType channel = input.intentType().executionType();
    Instant due = approvedAt != null && approvedAt.isAfter(this.due) ? approvedAt : this.due;
    Instant giveUp = due.plus(DeliveryPolicy.window(channel));
    Duration left = Duration.between(now(), giveUp);
    if (left.toSeconds() < 1) {
      book.fail("not delivered: it was due at " + local(due) + " and no longer worth sending after "
          + local(giveUp) + " (the service was not running in time)");
      return null;
    }
    Instant sendAt = !lead.isZero() && due.isAfter(now()) ? due : null;
    Duration hold = sendAt == null ? Duration.ZERO : Duration.between(now(), sendAt);
    book.show((sendAt == null ? "sending" : "handed over to send at " + local(due)) + " (due "
        + local(due) + "; gives up at " + local(giveUp) + ")");
    // Each delivery of a plan that fires more than once has a key of its own: a series' occurrence
    // by the rule's time for it, a snoozed reminder's next ring by its time.
    Instant key = input.series() != null ? occurrence : rings == 0 ? null : this.due;
    DeliveryRequest request = new DeliveryRequest(input.planId(), channel, key,
        input.intentType().requiresApproval() ? approvedVersion : null, sendAt);
    phase = Phase.DELIVERING;
    delivery = Workflow.newCancellationScope(() -> {
      sent = DeliveryChannels.start(request, DeliveryPolicy.delivery(channel, left, hold));
    });
    delivery.run();
    try {
      DeliveryReceipt receipt = sent.get();
      phase = Phase.DELIVERED;
      // Recorded by the delivery activity together with the delivery row.
      book.reached(EXECUTED, "delivered via " + receipt.provider()
          + (cancelNote != null ? "; the cancel came while it was being sent" : ""));
      return receipt;
    } catch (ActivityFailure e) {
      if (cancelNote != null) {
        endCancelled();
      } else if (e.getCause() instanceof CanceledFailure temporalCancel) {
        throw temporalCancel;
      } else {
        phase = Phase.DELIVERED;
        book.fail(PlanBook.reason(e));
      }
      return null;
    }
  }

  /** After a cancel met a delivery: the fence said what happened, and the attempt has settled. */
  private void endCancelled() {
    phase = Phase.DELIVERED;
    switch (stop()) {
      // Recorded by the fence already; asked again so that a status the row got meanwhile wins.
      case CANCELLED -> book.move(CANCELLED, cancelNote);
      case ALREADY_SENT -> book.reached(EXECUTED, "delivered before the cancel");
      case SENDING -> book.move(CANCELLED, cancelNote + "; the attempt in flight did not get through");
    }
  }

  /** WhatsApp through Twilio reports the message's fate later: wait for it, bounded. */
  private void awaitReceipt() {
    book.show("executed: waiting up to " + input.receiptWindow().toHours()
        + " h for the provider's delivery receipt");
    if (Workflow.await(input.receiptWindow(), () -> !receipts.isEmpty())) {
      book.receipt(receipts.removeFirst());
    }
  }

  /** Cancelled from Temporal itself (an operator in the Web UI): the same truthful cancel. */
  private void cancelledFromTemporal() {
    Workflow.newDetachedCancellationScope(() -> {
      if (!book.status().isTerminal() || phase == Phase.DELIVERING) {
        cancelNote = "cancelled from Temporal by an operator";
        if (phase == Phase.DELIVERING) {
          endCancelled();
        } else {
          book.move(CANCELLED, cancelNote);
        }
      }
      Workflow.await(Workflow::isEveryHandlerFinished);
    }).run();
  }

  /**
   * Raises the cancel fence once, however many cancels arrive. With nothing in flight, a retry
   * waiting for its backoff is cancelled at once. An attempt in flight is left to finish: the
   * fence stops it from claiming anything more, and a failed attempt then ends as non-retryable
   * {@code PLAN_CANCELLED}, so no further attempt starts.
   */
  private CancelOutcome stop() {
    if (stopping == null) {
      stopping = Async.function(book.recorder("stop delivery")::stopDelivery,
          new Transition(input.planId(), CANCELLED, cancelNote));
    }
    CancelOutcome outcome = stopping.get();
    if (outcome == CancelOutcome.CANCELLED) {
      delivery.cancel();
    }
    return outcome;
  }

  private CancelOutcome requestCancel(String note) {
    if (book.status().isTerminal()) {
      return settled(book.status());
    }
    if (cancelNote == null) {
      cancelNote = note;
    }
    return phase == Phase.DELIVERING ? stop() : CancelOutcome.CANCELLED;
  }

  /** What a cancel of a finished plan achieved; a failed plan sent nothing and needs no cancel. */
  private static CancelOutcome settled(PlanStatus status) {
    return switch (status) {
      case CANCELLED -> CancelOutcome.CANCELLED;
      case EXECUTED -> CancelOutcome.ALREADY_SENT;
      default -> null;
    };
  }

  @Override
  public PlanState admit() {
    Workflow.await(() -> book.status() != PlanStatus.PENDING);
    return state(null);
  }

  @Override
  public PlanState approvePlan() {
    approve();
    Workflow.await(() -> !input.intentType().requiresApproval()
        || (book.status() != PlanStatus.PENDING && book.status() != WAITING_APPROVAL));
    return state(null);
  }

  @Override
  public void validateApproval(Approval approval) {
    if (!input.intentType().requiresApproval()) {
      throw rejected(FailureType.NOT_A_DRAFT, "a " + input.intentType().wire() + " runs without approval");
    }
    if (cancelNote != null || book.status().isTerminal()) {
      throw rejected(FailureType.PLAN_FINISHED, "the plan is already "
          + (cancelNote != null ? CANCELLED : book.status()).wire());
    }
    int current = approvedAt != null ? approvedVersion : version;
    if (approval == null || approval.version() != current) {
      throw rejected(FailureType.DRAFT_CHANGED, "version " + (approval == null ? "?" : approval.version())
          + " is not the draft's " + (approvedAt != null ? "approved" : "current") + " version " + current);
    }
  }

  @Override
  public PlanState approveVersion(Approval approval) {
    return approvePlan();
  }

  @Override
  public void validateEdit(DraftEdit edit) {
    if (cancelNote != null || book.status().isTerminal()) {
      throw rejected(FailureType.PLAN_FINISHED, "the plan is already "
          + (cancelNote != null ? CANCELLED : book.status()).wire());
    }
    if (!input.intentType().requiresApproval() || approvedAt != null || book.status() != WAITING_APPROVAL) {
      throw rejected(FailureType.NOT_A_DRAFT, "only a draft waiting for approval can be edited; this one is "
          + (approvedAt != null ? "approved" : book.status().wire()));
    }
    if (edit == null || edit.version() < version) {
      throw rejected(FailureType.DRAFT_CHANGED, "the draft is already at version " + version);
    }
    if (edit.at() != null && !edit.at().isAfter(now())) {
      throw rejected(FailureType.TIME_NOT_AHEAD, "the new time " + local(edit.at()) + " has passed");
    }
  }

  @Override
  public PlanState edit(DraftEdit edit) {
    version = edit.version();
    if (edit.at() != null && !edit.at().equals(due)) {
      moveTo(edit.at(), false, "draft edited (version " + version + "); rescheduled to " + local(edit.at()));
    } else {
      book.show(book.status().wire() + ": draft edited (version " + version + ")");
    }
    return state(null);
  }

  @Override
  public PlanState cancelPlan() {
    CancelOutcome outcome = requestCancel("cancelled by the user");
    if (outcome == CancelOutcome.CANCELLED) {
      Workflow.await(() -> book.status().isTerminal());
      outcome = settled(book.status());
    }
    return state(outcome);
  }

  @Override
  public void validateReschedule(TimeChange change) {
    if (change == null || (change.at() == null) == (change.snooze() == null)) {
      throw rejected(FailureType.TIME_NOT_AHEAD, "name either a new time or how long to snooze");
    }
    if (change.bySnooze() && (change.snooze().compareTo(Duration.ofMinutes(1)) < 0
        || change.snooze().compareTo(TimeChange.LONGEST_SNOOZE) > 0)) {
      throw rejected(FailureType.TIME_NOT_AHEAD, "a snooze lasts from 1 minute to 7 days");
    }
    if (phase == Phase.DELIVERING) {
      throw rejected(FailureType.PLAN_SENDING, "it is being sent right now");
    }
    PlanStatus status = book.status();
    // Executed and waiting again: a snooze after firing is being recorded.
    boolean ringsAgain = status == EXECUTED && (snoozable || phase == Phase.WAITING);
    if (cancelNote != null || status.isTerminal() && !ringsAgain) {
      throw rejected(FailureType.PLAN_FINISHED, "the plan is already "
          + (cancelNote != null ? CANCELLED : status).wire());
    }
    if (!change.bySnooze() && !change.at().isAfter(now())) {
      throw rejected(FailureType.TIME_NOT_AHEAD, "the new time " + local(change.at()) + " has passed");
    }
  }

  @Override
  public PlanState reschedule(TimeChange change) {
    boolean again = book.status() == EXECUTED && phase == Phase.DELIVERED;
    // A snooze puts off what is still ahead by that long; what has rung rings again that long from now.
    Instant from = again || due.isBefore(now()) ? now() : due;
    Instant at = change.bySnooze() ? from.plus(change.snooze()) : change.at();
    moveTo(at, again, (change.bySnooze() ? "snoozed until " : "rescheduled to ") + local(at));
    return state(null);
  }

  /** The due time moves: the timer follows at once, before the record is written. */
  private void moveTo(Instant at, boolean again, String note) {
    recordingTime++;
    due = at;
    if (again) {
      rings++;
      phase = Phase.WAITING;
    }
    book.newTime(new NewTime(input.planId(), at, again, note));
    recordingTime--;
  }

  @Override
  public void validateSeries(SeriesChange change) {
    if (input.series() == null) {
      throw rejected(FailureType.NOT_A_SERIES, "the plan does not repeat");
    }
    if (change == null || change.action() == null) {
      throw rejected(FailureType.NOT_A_SERIES, "name pause, resume or skip");
    }
    if (cancelNote != null || book.status().isTerminal() && phase != Phase.WAITING) {
      throw rejected(FailureType.PLAN_FINISHED, "the series has ended");
    }
    if (phase == Phase.DELIVERING && change.action() == SeriesChange.Action.SKIP) {
      throw rejected(FailureType.PLAN_SENDING, "its occurrence is being sent right now");
    }
  }

  @Override
  public PlanState changeSeries(SeriesChange change) {
    UUID plan = input.planId();
    switch (change.action()) {
      case PAUSE -> {
        if (!paused) {
          paused = true;
          book.newTime(new NewTime(plan, due, false, "series paused", true));
        }
      }
      case RESUME -> {
        if (paused) {
          Instant next = occurrenceAfter(now());
          if (next == null) {
            cancelNote = "the series has no occurrence left";
          } else {
            occurrence = next;
            due = next;
            paused = false;
            book.newTime(new NewTime(plan, next, false, "series resumed; next occurrence " + local(next), false));
          }
        }
      }
      case SKIP -> {
        Instant skipped = occurrence;
        Instant next = occurrenceAfter(skipped);
        if (next == null) {
          cancelNote = "its last occurrence (" + local(skipped) + ") was skipped; nothing is left";
        } else {
          occurrence = next;
          due = next;
          book.newTime(new NewTime(plan, next, false,
              "skipped the occurrence of " + local(skipped) + "; next occurrence " + local(next)));
        }
      }
    }
    return state(null);
  }

  private static RuntimeException rejected(FailureType type, String why) {
    return UpdateRejection.of(type, why);
  }

  @Override
  public void approve() {
    if (approvedAt == null) {
      approvedAt = now();
      approvedVersion = version;
    }
  }

  @Override
  public void cancel() {
    requestCancel("cancelled by an operator");
  }

  @Override
  public void receipt(ProviderReceipt receipt) {
    if (receipt != null) {
      receipts.add(receipt);
    }
  }

  @Override
  public PlanState state() {
    return state(null);
  }

  private PlanState state(CancelOutcome cancel) {
    return new PlanState(book.status(), approvedAt != null, due,
        input.approvalExpiresAt(), book.lastError(), cancel, paused);
  }

  /**
   * The durable timer wakes the plan a lead before it is due, and the delivery activity holds the
   * send to the exact instant, so plans due together cost no workflow task at their due second.
   * Workflows that passed this point before the lead existed keep waking at the due time.
   */
  private void useLead() {
    if (Workflow.getVersion(LEAD_CHANGE, Workflow.DEFAULT_VERSION, 1) == 1) {
      lead = input.lead();
    }
  }

  private String local(Instant instant) {
    return PlanSummaries.local(instant, input.timezone());
  }

  static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }

  /** Waits until {@code deadline} or until the condition holds; true when it held. */
  static boolean awaitUntil(Instant deadline, Functions.Func<Boolean> done) {
    Duration left = Duration.between(now(), deadline);
    if (left.isNegative() || left.isZero()) {
      return done.apply();
    }
    return Workflow.await(left, done::apply);
  }
}
