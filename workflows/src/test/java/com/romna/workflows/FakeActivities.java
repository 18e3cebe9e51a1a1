package com.romna.workflows;

import com.romna.workflows.delivery.AlarmActivities;
import com.romna.workflows.delivery.ApprovalReminderRequest;
import com.romna.workflows.delivery.DeliveryReceipt;
import com.romna.workflows.delivery.DeliveryRequest;
import com.romna.workflows.delivery.EmailActivities;
import com.romna.workflows.delivery.NotificationActivities;
import com.romna.workflows.delivery.WhatsAppActivities;
import com.romna.workflows.plan.NewTime;
import com.romna.workflows.plan.PlanActivities;
import com.romna.workflows.plan.PlanNote;
import com.romna.workflows.plan.Receipt;
import com.romna.workflows.plan.Transition;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * In-memory stand-ins for the activities, keeping the same rules as the real ones (a terminal
 * status never moves; the cancel fence stops claims), and remembering what happened and when (test
 * time).
 */
class FakeActivities
    implements PlanActivities,
        NotificationActivities,
        AlarmActivities,
        EmailActivities,
        WhatsAppActivities {

  record Sent(DeliveryRequest request, Instant at, int attempt) {}

  record Attempt(Instant at, int attempt) {}

  record Reminded(ApprovalReminderRequest request, Instant at, int attempt) {}

  final List<Transition> transitions = new CopyOnWriteArrayList<>();
  final List<Sent> sent = new CopyOnWriteArrayList<>();
  final List<Attempt> attempts = new CopyOnWriteArrayList<>();
  final List<Receipt> receipts = new CopyOnWriteArrayList<>();
  final List<NewTime> times = new CopyOnWriteArrayList<>();
  final List<PlanNote> notes = new CopyOnWriteArrayList<>();
  final List<Reminded> reminders = new CopyOnWriteArrayList<>(); // reminders that reached the user
  final List<Attempt> reminderAttempts = new CopyOnWriteArrayList<>();
  volatile Supplier<RuntimeException> reminderFailure;
  final Map<UUID, PlanStatus> rows = new ConcurrentHashMap<>();
  private final Set<UUID> fenced = ConcurrentHashMap.newKeySet();
  private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
  private final TestWorkflowEnvironment env;
  volatile Supplier<RuntimeException> deliveryFailure;
  volatile int failures = Integer.MAX_VALUE; // how many attempts deliveryFailure applies to
  volatile boolean receiptsExpected;
  volatile CountDownLatch holdAttempt; // an attempt waits here while a test acts
  final CountDownLatch attemptStarted = new CountDownLatch(1);

  FakeActivities(TestWorkflowEnvironment env) {
    this.env = env;
  }

  List<PlanStatus> statuses() {
    return transitions.stream().map(Transition::status).toList();
  }

  private Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  @Override
  public synchronized PlanStatus record(Transition transition) {
    PlanStatus now = rows.getOrDefault(transition.planId(), PlanStatus.PENDING);
    if (now.isTerminal()) {
      return now;
    }
    transitions.add(transition);
    rows.put(transition.planId(), transition.status());
    return transition.status();
  }

  @Override
  public synchronized CancelOutcome stopDelivery(Transition cancelled) {
    UUID plan = cancelled.planId();
    fenced.add(plan);
    if (rows.get(plan) == PlanStatus.EXECUTED) {
      return CancelOutcome.ALREADY_SENT;
    }
    if (inFlight.contains(plan)) {
      return CancelOutcome.SENDING;
    }
    record(cancelled);
    return CancelOutcome.CANCELLED;
  }

  @Override
  public synchronized PlanStatus recordReceipt(Receipt receipt) {
    receipts.add(receipt);
    if (!receipt.receipt().delivered() && rows.get(receipt.planId()) == PlanStatus.EXECUTED) {
      rows.put(receipt.planId(), PlanStatus.FAILED);
    }
    return rows.get(receipt.planId());
  }

  @Override
  public synchronized PlanStatus recordNewTime(NewTime time) {
    PlanStatus now = rows.getOrDefault(time.planId(), PlanStatus.PENDING);
    if (time.again() && (now == PlanStatus.EXECUTED || now == PlanStatus.FAILED)) {
      rows.put(time.planId(), PlanStatus.SCHEDULED);
    } else if (now.isTerminal()) {
      return now;
    }
    times.add(time);
    return rows.getOrDefault(time.planId(), PlanStatus.PENDING);
  }

  @Override
  public void recordNote(PlanNote note) {
    notes.add(note);
  }

  /** As the real one: only a draft still waiting is reminded, and the ledger keeps it single. */
  @Override
  public synchronized DeliveryReceipt sendApprovalReminder(ApprovalReminderRequest request) {
    int attempt = Activity.getExecutionContext().getInfo().getAttempt();
    reminderAttempts.add(new Attempt(now(), attempt));
    if (rows.get(request.planId()) != PlanStatus.WAITING_APPROVAL || fenced.contains(request.planId())) {
      throw ApplicationFailure.newNonRetryableFailure(
          "the draft is no longer waiting for approval; no reminder", FailureType.PLAN_CANCELLED.name());
    }
    boolean repeated = reminders.stream()
        .anyMatch(r -> r.request().idempotencyKey().equals(request.idempotencyKey()));
    if (!repeated) {
      if (reminderFailure != null) {
        throw reminderFailure.get();
      }
      reminders.add(new Reminded(request, now(), attempt));
    }
    return new DeliveryReceipt(UUID.randomUUID(), "fake", "msg-r", repeated, false);
  }

  private DeliveryReceipt send(DeliveryRequest request) {
    int attempt = Activity.getExecutionContext().getInfo().getAttempt();
    attempts.add(new Attempt(now(), attempt));
    synchronized (this) {
      if (fenced.contains(request.planId())) {
        throw ApplicationFailure.newNonRetryableFailure(
            "the plan was cancelled; nothing was sent", FailureType.PLAN_CANCELLED.name());
      }
      inFlight.add(request.planId());
    }
    try {
      attemptStarted.countDown();
      await(holdAttempt);
      if (deliveryFailure != null && attempt <= failures) {
        synchronized (this) {
          if (fenced.contains(request.planId())) {
            // As the real activity does: a failed attempt after a cancel is the last one.
            throw ApplicationFailure.newNonRetryableFailure(
                "cancelled while an attempt was in flight; it did not get through",
                FailureType.PLAN_CANCELLED.name());
          }
        }
        throw deliveryFailure.get();
      }
      synchronized (this) {
        sent.add(new Sent(request, now(), attempt));
        rows.put(request.planId(), PlanStatus.EXECUTED);
      }
      return new DeliveryReceipt(UUID.randomUUID(), "fake", "msg-1", false, receiptsExpected);
    } finally {
      inFlight.remove(request.planId());
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (latch != null && !latch.await(1, TimeUnit.MINUTES)) {
        throw new IllegalStateException("the test never released the attempt");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static RuntimeException rejected(String why) {
    return ApplicationFailure.newNonRetryableFailure(why, FailureType.DELIVERY_REJECTED.name());
  }

  static RuntimeException unavailable(String why) {
    return ApplicationFailure.newFailure(why, FailureType.DELIVERY_UNAVAILABLE.name());
  }

  static RuntimeException rateLimited(Duration retryAfter) {
    return ApplicationFailure.newFailureWithCauseAndDelay(
        "rate limited", FailureType.DELIVERY_UNAVAILABLE.name(), null, retryAfter);
  }

  @Override
  public DeliveryReceipt sendNotification(DeliveryRequest request) {
    return send(request);
  }

  @Override
  public DeliveryReceipt ringAlarm(DeliveryRequest request) {
    return send(request);
  }

  @Override
  public DeliveryReceipt sendEmail(DeliveryRequest request) {
    return send(request);
  }

  @Override
  public DeliveryReceipt sendWhatsApp(DeliveryRequest request) {
    return send(request);
  }
}
