package com.romna.activities.delivery;

import io.temporal.client.ActivityCompletionException;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports to Temporal, through the {@link ActivityCompletionClient}, how the delivery attempts the
 * worker finishes itself ended: held sends, and attempts the cancel fence stopped. Its own threads,
 * so that a blocking report never delays a send that is due.
 */
final class AttemptReports implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AttemptReports.class);

  // Reports wait while sends are still running, but never longer than this after their send.
  private static final long SEND_DEFERRAL_NANOS = Duration.ofSeconds(2).toNanos();

  // Temporal's workflow task timeout: a workflow task that has not recorded its cancel by then
  // never will (its retry sees this report instead).
  private static final long CANCEL_WAIT_NANOS = Duration.ofSeconds(10).toNanos();
  private static final long CANCEL_POLL_MILLIS = 50;

  /** One activity attempt the worker took over: its plan (for the log) and its task token. */
  record Attempt(UUID planId, byte[] token) {}

  private final ActivityCompletionClient completions;
  private final IntSupplier sendsRunning;
  private final ExecutorService completing;
  private final ScheduledExecutorService polls;

  AttemptReports(ActivityCompletionClient completions, int threads, IntSupplier sendsRunning,
      ScheduledExecutorService polls) {
    this.completions = completions;
    this.sendsRunning = sendsRunning;
    this.polls = polls;
    this.completing = Executors.newFixedThreadPool(threads, HeldSends.threads("held-send-complete"));
  }

  /**
   * Reports once the sends running now are done, at most 2 s after its own send: each report wakes
   * its plan's workflow (a workflow task), whose CPU the sends of plans due together need first.
   */
  void afterSends(Attempt attempt, Object outcome) {
    long reportBy = System.nanoTime() + SEND_DEFERRAL_NANOS;
    run(attempt, outcome, () -> {
      // The limit counts from the send, not from this wait: under steady sending, reports queued
      // behind one another do not add their waits up.
      while (sendsRunning.getAsInt() > 0 && System.nanoTime() < reportBy) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
      }
      complete(attempt, outcome);
    });
  }

  /**
   * Reports an attempt the fence stopped only once the workflow's cancel of it is on record (a
   * heartbeat answers "cancel requested"). The workflow raises the fence and requests that cancel
   * in one workflow task; a failure reported while that task runs makes its cancel name an activity
   * that is gone. A Temporal server shrugs that off, but Temporal's Java test server, the engine of
   * the local default, refuses the whole task (ACTIVITY_UNKNOWN, temporalio/sdk-java#2391) and the
   * workflow and its cancel hang. Waiting costs a cancelled plan a heartbeat round trip.
   */
  void onceCancelRequested(Attempt attempt, ApplicationFailure stopped) {
    pollCancel(attempt, stopped, System.nanoTime() + CANCEL_WAIT_NANOS);
  }

  private void pollCancel(Attempt attempt, ApplicationFailure stopped, long giveUpAt) {
    run(attempt, stopped, () -> {
      if (cancelRequested(attempt) || System.nanoTime() - giveUpAt >= 0) {
        complete(attempt, stopped);
        return;
      }
      try {
        polls.schedule(() -> pollCancel(attempt, stopped, giveUpAt), CANCEL_POLL_MILLIS,
            TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException closing) {
        complete(attempt, stopped);
      }
    });
  }

  private boolean cancelRequested(Attempt attempt) {
    try {
      completions.heartbeat(attempt.token(), null);
      return false;
    } catch (ActivityCompletionException answered) {
      // "Cancel requested" arrives wrapped; "not found" (the attempt timed out meanwhile) or
      // Temporal unreachable: waiting longer cannot help either.
      return true;
    }
  }

  /** Reports at once, on the caller's thread (shutdown). */
  void now(Attempt attempt, Object outcome) {
    complete(attempt, outcome);
  }

  private void run(Attempt attempt, Object outcome, Runnable report) {
    try {
      completing.execute(report);
    } catch (RejectedExecutionException closing) {
      complete(attempt, outcome);
    }
  }

  private void complete(Attempt attempt, Object outcome) {
    try {
      if (outcome instanceof ApplicationFailure failure) {
        completions.completeExceptionally(attempt.token(), failure);
      } else if (outcome instanceof RuntimeException unexpected) {
        completions.completeExceptionally(attempt.token(),
            DeliveryService.worthRetrying("delivery attempt", unexpected));
      } else {
        completions.complete(attempt.token(), outcome);
      }
    } catch (RuntimeException e) {
      // E.g. the attempt already timed out (a long pause): Temporal's retry finds the ledger.
      log.warn("plan {}: could not report the delivery attempt: {}", attempt.planId(),
          e.getClass().getSimpleName());
    }
  }

  @Override
  public void close() {
    completing.shutdown();
    try {
      completing.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
