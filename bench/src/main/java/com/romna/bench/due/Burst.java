package com.romna.bench.due;

import com.romna.bench.Report;
import com.romna.bench.load.Load;
import com.romna.bench.load.Latencies;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * N things due in the same second and how late each one happened: lateness in seconds (happened at
 * minus due), and the drain, from the due second until the last one.
 */
public record Burst(int planned, Instant due, double submitSeconds, Latencies lateness) {

  /** The due second: {@code lead} from now, on a whole second. */
  static Instant dueIn(Duration lead) {
    return Instant.now().plus(lead).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
  }

  static Burst of(int planned, Instant due, double submitSeconds, Collection<Long> happenedAtMillis) {
    double[] late = happenedAtMillis.stream().mapToDouble(at -> (at - due.toEpochMilli()) / 1000.0).toArray();
    return new Burst(planned, due, submitSeconds, new Latencies(late));
  }

  /** Seconds from the due instant until the last one happened. */
  double drainSeconds() {
    return lateness.max();
  }

  boolean complete() {
    return lateness.count() == planned;
  }

  String latenessSummary() {
    String s = Report.seconds(lateness.p50()) + " · " + Report.seconds(lateness.p99()) + " · "
        + Report.seconds(lateness.max());
    return complete() ? s : s + " (only " + lateness.count() + " of " + planned + " happened)";
  }

  String drainSummary() {
    return String.format(java.util.Locale.ROOT, "%s (%,.0f/s), first %s", Report.seconds(drainSeconds()),
        lateness.count() / Math.max(drainSeconds(), 0.001), Report.seconds(lateness.min()));
  }

  /**
   * Submits {@code plans} things due at {@code due} with {@code clients} threads, then waits (polling)
   * until all happened or the burst is clearly stuck.
   *
   * @param count how many happened so far (polled, so kept cheap)
   * @param happened when each one happened, epoch milliseconds
   */
  static Burst run(String what, int plans, int clients, Instant due, Load.Request submit, IntSupplier count,
      Supplier<Collection<Long>> happened) throws InterruptedException {
    long began = System.nanoTime();
    Load.Result submitted = Load.run(clients, plans, submit);
    double submitSeconds = (System.nanoTime() - began) / 1e9;
    if (submitted.errors() > 0) {
      throw new IllegalStateException(submitted.errors() + " of " + plans + " " + what + " failed to submit, first: "
          + submitted.firstError());
    }
    // Submissions that end after the due second would measure the submission, not the burst.
    if (Instant.now().isAfter(due.minusSeconds(1))) {
      throw new IllegalStateException(what + " were still being submitted at their due second " + due
          + ": lower --plans or give the machine more quiet");
    }
    Instant giveUp = due.plus(Duration.ofSeconds(Math.max(180, plans / 50)));
    while (count.getAsInt() < plans && Instant.now().isBefore(giveUp)) {
      Thread.sleep(1000);
    }
    return of(plans, due, submitSeconds, happened.get());
  }
}
