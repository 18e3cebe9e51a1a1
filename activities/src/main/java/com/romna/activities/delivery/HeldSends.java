package com.romna.activities.delivery;

import com.romna.workflows.FailureType;
import com.romna.workflows.delivery.DeliveryReceipt;
import com.romna.workflows.delivery.DeliveryRequest;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Delivery attempts handed over a lead before their due instant, held in memory and sent at that
 * instant exactly; the activity is then completed through the {@link ActivityCompletionClient}.
 * Holding frees the activity slot ({@code doNotCompleteOnReturn}), so a burst of plans due together
 * costs Temporal nothing at their due second: one timer thread, a pool that sends, and a separate
 * pool that reports (a blocking completion call on the sending threads would queue every later
 * send behind it).
 *
 * <p>Durable: if this process dies while holding, the attempt's start-to-close timeout ends it and
 * Temporal's retry sends; the ledger keeps that to one send. A cancel during the hold raises the
 * plan's fence in Postgres; a sweep of the held plans' fences releases them at once, and the send
 * then sees the fence and fails as {@code PLAN_CANCELLED}, sending nothing.
 */
public class HeldSends implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(HeldSends.class);

  // Closer than this to the due instant, holding would cost more than it saves.
  private static final Duration WORTH_HOLDING = Duration.ofMillis(2);

  /** The send itself; {@code fresh}: read the plan's row again rather than use the one read at hand-over. */
  @FunctionalInterface
  public interface Send {
    DeliveryReceipt send(boolean fresh);
  }

  // Reports wait while sends are still running, but never longer than this after their send.
  private static final long REPORT_DEFERRAL_NANOS = Duration.ofSeconds(2).toNanos();

  private static final class Held {
    final UUID planId;
    final byte[] token;
    final Send send;
    volatile ScheduledFuture<?> timer;

    Held(UUID planId, byte[] token, Send send) {
      this.planId = planId;
      this.token = token;
      this.send = send;
    }

    void stopTimer() {
      ScheduledFuture<?> scheduled = timer;
      if (scheduled != null) {
        scheduled.cancel(false);
      }
    }
  }

  private final ActivityCompletionClient completions;
  private final DeliveryLedger ledger;
  private final Clock clock;
  private final Map<UUID, Held> held = new ConcurrentHashMap<>();
  private final AtomicInteger sendsRunning = new AtomicInteger();
  // What ops read after a burst: sends since the last summary, how late the latest started, and
  // hand-overs that came after their instant (the lead was too short for the burst).
  private final AtomicInteger sentSinceSummary = new AtomicInteger();
  private final AtomicLong latestStartNanos = new AtomicLong();
  private final AtomicInteger handedOverLate = new AtomicInteger();
  private final ScheduledExecutorService timing;
  private final ExecutorService sending;
  private final ExecutorService completing;

  public HeldSends(ActivityCompletionClient completions, DeliveryLedger ledger, Clock clock,
      DeliverySettings settings) {
    this.completions = completions;
    this.ledger = ledger;
    this.clock = clock;
    // Two threads: the fence sweep's query never delays a send that is due.
    this.timing = Executors.newScheduledThreadPool(2, threads("held-send-timer"));
    this.sending = Executors.newFixedThreadPool(settings.sendThreads(), threads("held-send"));
    this.completing =
        Executors.newFixedThreadPool(settings.completionThreads(), threads("held-send-complete"));
    long sweep = settings.fenceCheck().toMillis();
    timing.scheduleWithFixedDelay(this::releaseCancelled, sweep, sweep, TimeUnit.MILLISECONDS);
  }

  /** True when the request is due later than now: {@link #hold} would take it. */
  public boolean worthHolding(DeliveryRequest request) {
    if (request.sendAt() == null) {
      return false;
    }
    if (waitNanos(request) < WORTH_HOLDING.toNanos()) {
      // The lead did not cover the engine's wake-up: this one is as late as its hand-over.
      handedOverLate.incrementAndGet();
      return false;
    }
    return true;
  }

  private long waitNanos(DeliveryRequest request) {
    return Duration.between(clock.instant(), request.sendAt()).toNanos();
  }

  /**
   * Takes the activity's attempt over when its request is due later than now: the caller returns
   * at once and this sends at {@code request.sendAt()}.
   *
   * @return false when the send is due now (or has no due instant): the caller sends it itself
   */
  public boolean hold(DeliveryRequest request, ActivityExecutionContext context, Send send) {
    if (!worthHolding(request)) {
      return false;
    }
    long wait = waitNanos(request);
    context.doNotCompleteOnReturn();
    Held hold = new Held(request.planId(), context.getTaskToken(), send);
    Held earlier = held.put(request.planId(), hold);
    if (earlier != null) {
      earlier.stopTimer(); // an attempt that timed out while held here; Temporal retried it
    }
    Instant due = request.sendAt();
    hold.timer = timing.schedule(() -> {
      release(hold, false);
      latestStartNanos.accumulateAndGet(Duration.between(due, clock.instant()).toNanos(), Math::max);
    }, wait, TimeUnit.NANOSECONDS);
    return true;
  }

  /** How many attempts wait for their instant. */
  public int holding() {
    return held.size();
  }

  /** Sends now, as if its instant had come (tests: the due instant arrives). */
  void release(UUID planId) {
    Held hold = held.get(planId);
    if (hold != null) {
      release(hold, false);
    }
  }

  /** {@code cancelled}: its fence went up; the send reads the row again and sends nothing. */
  private void release(Held hold, boolean cancelled) {
    if (!held.remove(hold.planId, hold)) {
      return;
    }
    hold.stopTimer();
    sendsRunning.incrementAndGet();
    sending.execute(() -> {
      Object outcome;
      try (var logged = MDC.putCloseable("WorkflowId", "plan-" + hold.planId)) {
        outcome = hold.send.send(cancelled);
      } catch (RuntimeException failure) {
        outcome = failure;
      } finally {
        sentSinceSummary.incrementAndGet();
        if (sendsRunning.decrementAndGet() == 0 && held.isEmpty()) {
          summarize();
        }
      }
      Object result = outcome;
      long reportBy = System.nanoTime() + REPORT_DEFERRAL_NANOS;
      completing.execute(() -> {
        awaitSendsDone(reportBy);
        complete(hold, result);
      });
    });
  }

  private void summarize() {
    int sent = sentSinceSummary.getAndSet(0);
    long latest = latestStartNanos.getAndSet(0);
    int late = handedOverLate.getAndSet(0);
    if (sent > 1 || late > 0) {
      log.info("held deliveries: {} sent, released up to {} ms after their instant; {} handed over"
          + " after their instant (a longer romna.plans.delivery-lead would cover them)",
          sent, TimeUnit.NANOSECONDS.toMillis(latest), late);
    }
  }

  /**
   * Each report wakes the plan's workflow (a workflow task): while plans due together are still
   * being sent, those tasks would take the CPU the sends need, so reports wait a little.
   */
  private void awaitSendsDone(long reportBy) {
    // The limit counts from the send, not from this wait: under steady sending, reports queued
    // behind one another do not add their waits up.
    while (sendsRunning.get() > 0 && System.nanoTime() < reportBy) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
    }
  }

  private void complete(Held hold, Object outcome) {
    try {
      if (outcome instanceof ApplicationFailure failure) {
        completions.completeExceptionally(hold.token, failure);
      } else if (outcome instanceof RuntimeException unexpected) {
        completions.completeExceptionally(hold.token, ApplicationFailure.newFailure(
            "delivery attempt failed (" + unexpected.getClass().getSimpleName() + "); will retry",
            FailureType.DELIVERY_UNAVAILABLE.name()));
      } else {
        completions.complete(hold.token, outcome);
      }
    } catch (RuntimeException e) {
      // E.g. the attempt already timed out (a long pause): Temporal's retry finds the ledger.
      log.warn("plan {}: could not report the held delivery attempt: {}", hold.planId,
          e.getClass().getSimpleName());
    }
  }

  /** One query for every held plan: a raised fence releases the send, which then sends nothing. */
  void releaseCancelled() {
    if (held.isEmpty()) {
      return;
    }
    try {
      List<UUID> stopped = ledger.fencedAmong(held.keySet());
      for (UUID planId : stopped) {
        Held hold = held.get(planId);
        if (hold != null) {
          release(hold, true);
        }
      }
    } catch (RuntimeException e) {
      log.warn("could not check held deliveries for cancels: {}", e.getClass().getSimpleName());
    }
  }

  /**
   * Hands every held attempt back to Temporal as a retryable failure, so that another worker
   * holds it at once instead of waiting for its timeout.
   */
  @Override
  public void close() {
    timing.shutdownNow();
    for (Held hold : List.copyOf(held.values())) {
      if (held.remove(hold.planId, hold)) {
        complete(hold, ApplicationFailure.newFailure(
            "the worker holding this delivery stopped; another attempt will send it",
            FailureType.DELIVERY_UNAVAILABLE.name()));
      }
    }
    sending.shutdown();
    completing.shutdown();
    try {
      sending.awaitTermination(5, TimeUnit.SECONDS);
      completing.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory threads(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
