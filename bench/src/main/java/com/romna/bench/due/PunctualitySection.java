package com.romna.bench.due;

import com.romna.bench.Options;
import com.romna.bench.Report;
import com.romna.bench.service.Database;
import com.romna.bench.service.LocalService;
import com.romna.bench.service.ServiceApi;
import com.romna.bench.temporal.BenchTemporal;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;

/**
 * N plans due in the same second (everyone's reminders at 09:00): ROMNA through its API, beside
 * (c) the minimal Temporal workflow and (d) db-scheduler with its default and a 1 s polling
 * interval, all on the same machine, Temporal server and PostgreSQL.
 */
public final class PunctualitySection {

  private static final int WARM_UP_PLANS = 200;

  private PunctualitySection() {}

  /** @return the window of ROMNA's measured burst, from its due second to its last delivery */
  public static Instant[] run(LocalService service, Options options, Report report) throws Exception {
    int plans = options.plans();
    try (HikariDataSource db = Database.open(service, 4)) {
      ServiceBurst ours = new ServiceBurst(new ServiceApi(service), db, options.clients());
      // A service that has run for a while has its due-time path compiled; so does this one (and
      // every baseline gets the same warm-up burst).
      int warmPlans = Math.min(WARM_UP_PLANS, plans);
      report.progress("punctuality: warm-up, %d reminders due together", warmPlans);
      Burst warm = ours.run(warmPlans, Duration.ofSeconds(10 + warmPlans / 10));
      double submitRate = warmPlans / warm.submitSeconds();
      Duration lead = Duration.ofSeconds(Math.max(15, (long) (8 + 1.5 * plans / submitRate)));
      report.progress("punctuality: %,d reminders through decide, due in %d s", plans, lead.toSeconds());
      Burst burst = ours.run(plans, lead);
      report.progress("punctuality: submitted in %s (%s)", Report.seconds(burst.submitSeconds()),
          Report.rate(plans / burst.submitSeconds()));
      String n = String.format(java.util.Locale.ROOT, "%,d", plans);
      boolean onTime = burst.complete() && burst.lateness().p99() < 1 && burst.lateness().max() < 2;
      report.row("punctuality", n + " due in one second: lateness p50 · p99 · max", burst.latenessSummary(), "", "",
          "p99 < 1 s, max < 2 s: " + Report.met(onTime));
      report.row("punctuality", n + " due in one second: drain (plans/s), first", burst.drainSummary(), "", "", "");
      if (options.baselines()) {
        baselines(service, db, options, report, burst);
      }
      return new Instant[] {burst.due(), burst.due().plusMillis((long) (burst.drainSeconds() * 1000) + 1)};
    }
  }

  private static void baselines(LocalService service, HikariDataSource db, Options options, Report report,
      Burst ours) throws Exception {
    int plans = options.plans();
    int warmPlans = Math.min(WARM_UP_PLANS, plans);
    report.progress("punctuality: (c) %,d minimal workflows (sleep, one activity) on the same Temporal", plans);
    try (BenchTemporal temporal = new BenchTemporal(service.temporalTarget())) {
      TemporalBurst minimal = new TemporalBurst(temporal, options.clients());
      minimal.run(warmPlans);
      compare(report, "(c) Temporal, sleep + one activity", ours, minimal.run(plans), "");
    }
    Burst best = null;
    for (Duration polling : new Duration[] {null, Duration.ofSeconds(1)}) {
      String label = "(d) db-scheduler, " + (polling == null ? "default 10 s" : "1 s") + " polling";
      report.progress("punctuality: %s, %,d one-time tasks", label, plans);
      try (HikariDataSource scheduler = Database.open(service, 16)) {
        Burst tasks = DbSchedulerBurst.run(scheduler, polling, warmPlans, plans, options.clients());
        boolean ahead = best == null || tasks.lateness().p99() < best.lateness().p99();
        best = ahead ? tasks : best;
        compare(report, label, ours, tasks, "");
      }
    }
    report.row("punctuality", "ahead of db-scheduler's best (p99)", Report.seconds(ours.lateness().p99()),
        Report.seconds(best.lateness().p99()), Report.ratio(ours.lateness().p99(), best.lateness().p99()),
        "ahead: " + Report.met(ours.complete() && ours.lateness().p99() < best.lateness().p99()));
  }

  private static void compare(Report report, String label, Burst ours, Burst baseline, String target) {
    report.row("punctuality", "vs " + label + ": p50 · p99 · max", "",
        baseline.latenessSummary(), "p99 " + Report.ratio(ours.lateness().p99(), baseline.lateness().p99()), target);
    report.row("punctuality", "vs " + label + ": drain (/s), first", "", baseline.drainSummary(), "", "");
  }
}
