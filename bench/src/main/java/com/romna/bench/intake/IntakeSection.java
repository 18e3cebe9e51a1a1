package com.romna.bench.intake;

import com.romna.bench.Options;
import com.romna.bench.Report;
import com.romna.bench.Transcripts;
import com.romna.bench.load.Load;
import com.romna.bench.service.Database;
import com.romna.bench.service.LocalService;
import com.romna.bench.service.Prometheus;
import com.romna.bench.service.ServiceApi;
import com.romna.bench.temporal.BenchTemporal;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plans per second through {@code POST /api/voice/decide} with C clients, beside what the same
 * work costs in parts: understanding alone over HTTP ({@code interpret}), (a) the plan rows by plain
 * JDBC, (b) a bare {@code WorkflowClient.start} on the same Temporal; and what the service's own
 * timers say decide spent.
 */
public final class IntakeSection {

  private static final Map<String, String> DECIDE = Map.of("uri", "/api/voice/decide", "status", "201");
  private static final Map<String, String> START = Map.of("operation", "StartWorkflowExecution");

  private IntakeSection() {}

  /** @return the service-side window in which decide was measured (for a profile) */
  public static Instant[] run(LocalService service, Options options, Report report) throws Exception {
    ServiceApi api = new ServiceApi(service);
    List<String> transcripts = Transcripts.requests();
    String run = UUID.randomUUID().toString().substring(0, 8);
    int clients = options.clients();
    int requests = options.requests();
    if (options.warmup() > 0) {
      report.progress("intake: warm-up, %,d decide requests with %d clients", options.warmup(), clients);
      check(Load.run(clients, options.warmup(), i ->
          api.decide("warm-" + run + "-" + i, transcripts.get(i % transcripts.size()), Transcripts.ZONE)));
    }
    report.progress("intake: %,d decide requests with %d clients", requests, clients);
    String before = api.prometheus();
    Instant from = Instant.now();
    Load.Result decide = check(Load.run(clients, requests, i ->
        api.decide("intake-" + run + "-" + i, transcripts.get(i % transcripts.size()), Transcripts.ZONE)));
    Instant to = Instant.now();
    String after = api.prometheus();
    String target = "≥ 80% of (b), p99 < 100 ms: "
        + Report.met(decide.millis().p99() < 100);
    report.row("intake", "decide, " + clients + " clients: plans/s · p50 · p99", summary(decide), "", "", target);

    report.progress("intake: %,d interpret requests (understanding over HTTP, nothing written)", requests);
    Load.Result interpret = check(Load.run(clients, requests, i ->
        api.interpret("interpret-" + run + "-" + i, transcripts.get(i % transcripts.size()), Transcripts.ZONE)));
    report.row("intake parts", "interpret (HTTP + auth + understanding, no writes)", summary(interpret), "", "", "");
    if (before != null && after != null) {
      report.row("intake parts", "inside decide, service's own timers (mean)",
          "server " + Report.millis(Prometheus.meanMillis(before, after, "http_server_requests_seconds", DECIDE))
              + " · Temporal start RPC "
              + Report.millis(Prometheus.meanMillis(before, after, "temporal_request_latency_seconds", START)),
          "", "", "");
    } else {
      report.note("the service's /actuator/prometheus was not readable with the service key: no timers inside decide");
    }
    if (options.baselines()) {
      baselines(service, options, report, decide);
    }
    return new Instant[] {from, to};
  }

  private static void baselines(LocalService service, Options options, Report report, Load.Result decide)
      throws Exception {
    int clients = options.clients();
    int requests = options.requests();
    report.progress("intake: (a) %,d plan-row transactions by plain JDBC, %d threads", requests, clients);
    try (HikariDataSource db = Database.open(service, clients)) {
      report.note(Database.describe(db));
      PlanRows rows = new PlanRows(db);
      Load.run(clients, Math.min(requests, 500), rows::insert); // warm-up
      Load.Result jdbc = check(Load.run(clients, requests, rows::insert));
      rows.deleteAll();
      report.row("intake", "vs (a) raw JDBC: plan + event + task rows, one transaction", "",
          summary(jdbc), Report.ratio(decide.perSecond(), jdbc.perSecond()), "");
    }
    report.progress("intake: (b) %,d bare WorkflowClient.start of a minimal workflow, %d threads", requests, clients);
    try (BenchTemporal temporal = new BenchTemporal(service.temporalTarget())) {
      long never = Instant.now().plus(Duration.ofDays(1)).toEpochMilli();
      String run = UUID.randomUUID().toString();
      Load.run(clients, Math.min(requests, 500), i -> temporal.start("warm-" + run + "-" + i, never));
      Load.Result starts = check(Load.run(clients, requests, i -> temporal.start("start-" + run + "-" + i, never)));
      double share = decide.perSecond() / starts.perSecond();
      report.row("intake", "vs (b) bare WorkflowClient.start, same Temporal", "", summary(starts),
          Report.ratio(decide.perSecond(), starts.perSecond()), "≥ 0.80×: " + Report.met(share >= 0.8));
    }
  }

  static String summary(Load.Result r) {
    return Report.rate(r.perSecond()) + " · " + Report.millis(r.millis().p50()) + " · "
        + Report.millis(r.millis().p99());
  }

  /** A figure with failed requests in it would flatter or slander: fail loudly instead. */
  static Load.Result check(Load.Result result) {
    if (result.errors() > 0) {
      throw new IllegalStateException(result.errors() + " of " + result.total() + " requests failed, first: "
          + result.firstError());
    }
    return result;
  }
}
