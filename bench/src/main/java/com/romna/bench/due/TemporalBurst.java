package com.romna.bench.due;

import com.romna.bench.temporal.BenchTemporal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Baseline (c): N minimal workflows (sleep until T, then one activity) on the service's own
 * in-process Temporal, worker with default options in the harness's JVM; lateness is when the
 * activity ran minus T.
 */
final class TemporalBurst {

  private final BenchTemporal temporal;
  private final int clients;

  TemporalBurst(BenchTemporal temporal, int clients) {
    this.temporal = temporal;
    this.clients = clients;
  }

  Burst run(int plans) throws Exception {
    Instant due = Burst.dueIn(Duration.ofSeconds(10 + plans / 200));
    String run = "burst-" + UUID.randomUUID() + "-";
    return Burst.run("minimal workflows", plans, clients, due, i -> temporal.start(run + i, due.toEpochMilli()),
        () -> fired(run).size(), () -> fired(run));
  }

  private java.util.List<Long> fired(String run) {
    return temporal.firedAt().entrySet().stream().filter(e -> e.getKey().startsWith(run))
        .map(java.util.Map.Entry::getValue).toList();
  }
}
