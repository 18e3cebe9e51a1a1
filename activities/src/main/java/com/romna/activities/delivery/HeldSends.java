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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Delivery attempts handed over a lead before their due instant, held in memory and sent at that
 * instant exactly; the activity is then completed through the {@link ActivityCompletionClient}.
 * Holding frees the activity slot ({@code doNotCompleteOnReturn}), so a burst of plans due together
 * costs Temporal nothing at their due second: one timer thread, a pool that sends, and
 * {@link AttemptReports}' own pool that reports (a blocking completion call on the sending threads
 * would queue every later send behind it).
 *
 * <p>Durable: if this process dies while holding, the attempt's start-to-close timeout ends it and
 * Temporal's retry sends; the ledger keeps that to one send. A cancel during the hold raises the
 * plan's fence in Postgres; a sweep of the held plans' fences releases them at once, and the send
 * then sees the fence and fails as {@code PLAN_CANCELLED}, sending nothing; that failure is
 * reported only once the workflow's cancel of the attempt is on record.
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

  private static final class Held {
    final AttemptReports.Attempt attempt;
    final Send send;
    volatile ScheduledFuture<?> timer;

    Held(UUID planId, byte[] token, Send send) {
      this.attempt = new AttemptReports.Attempt(planId, token);
      this.send = send;
    }

    UUID planId() {
      return attempt.planId();
    }

    void stopTimer() {
      ScheduledFuture<?> scheduled = timer;
      if (scheduled != null) {
        scheduled.cancel(false);
      }
    }
  }

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
  private final AttemptReports reports;

  public HeldSends(ActivityCompletionClient completions, DeliveryLedger ledger, Clock clock,
      DeliverySettings settings) {
    this.ledger = ledger;
    this.clock = clock;
    // Two threads: the fence sweep's query never delays a send that is due.
    this.timing = Executors.newScheduledThreadPool(2, threads("held-send-timer"));
    this.sending = Executors.newFixedThreadPool(settings.sendThreads(), threads("held-send"));
    this.reports = new AttemptReports(completions, settings.completionThreads(), sendsRunning::get,
        timing);
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
    Held earlier = held.put(hold.planId(), hold);
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
    if (!held.remove(hold.planId(), hold)) {
      return;
    }
    hold.stopTimer();
    sendsRunning.incrementAndGet();
    sending.execute(() -> {
      Object outcome;
      try (var logged = MDC.putCloseable("WorkflowId", "plan-" + hold.planId())) {
        outcome = hold.send.send(cancelled);
      } catch (RuntimeException failure) {
        outcome = failure;
      } finally {
        sentSinceSummary.incrementAndGet();
        if (sendsRunning.decrementAndGet() == 0 && held.isEmpty()) {
          summarize();
        }
      }
      if (outcome instanceof StoppedByFence stopped) {
        reports.onceCancelRequested(hold.attempt, stopped.toTemporal());
      } else {
        reports.afterSends(hold.attempt, outcome);
      }
    });
  }

  /**
   * Takes over an attempt that the fence stopped before it sent anything, and reports it once the
   * workflow's cancel of it is on record; the caller returns without completing the activity.
   */
  void reportStopped(ActivityExecutionContext context, UUID planId, StoppedByFence stopped) {
    context.doNotCompleteOnReturn();
    reports.onceCancelRequested(new AttemptReports.Attempt(planId, context.getTaskToken()),
        stopped.toTemporal());
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
      if (held.remove(hold.planId(), hold)) {
        reports.now(hold.attempt, ApplicationFailure.newFailure(
            "the worker holding this delivery stopped; another attempt will send it",
            FailureType.DELIVERY_UNAVAILABLE.name()));
      }
    }
    sending.shutdown();
    try {
      sending.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    reports.close();
  }

  static ThreadFactory threads(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
