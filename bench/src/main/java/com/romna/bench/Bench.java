package com.romna.bench;

import com.romna.bench.due.PunctualitySection;
import com.romna.bench.intake.IntakeSection;
import com.romna.bench.memory.MemorySection;
import com.romna.bench.profile.HotMethods;
import com.romna.bench.service.LocalService;
import com.romna.bench.understanding.UnderstandingSection;
import java.time.Instant;

/**
 * The benchmark harness: runs the chosen sections, each on a freshly started service (so one
 * section's plans never weigh on another's figure), and prints the table. See BENCHMARKS.md.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage().isEmpty() ? Options.USAGE : e.getMessage() + "\n" + Options.USAGE);
      System.exit(2);
      return;
    }
    Report report = new Report(System.out);
    report.progress("ROMNA benchmark, %s", Instant.now());
    report.progress("machine: %s", Machine.describe());
    report.progress("flags: plans %,d, clients %d, requests %,d, warm-up %,d, sleepers %,d, baselines %s",
        options.plans(), options.clients(), options.requests(), options.warmup(), options.sleepers(),
        options.baselines() ? "on" : "off");
    report.progress("service: java %s -jar %s, local default", String.join(" ", options.jvmArgs()), options.jar());
    try {
      if (options.runs("understanding")) {
        report.progress("understanding (load average %s)", Machine.loadAverage());
        UnderstandingSection.run(report);
      }
      if (options.runs("intake")) {
        report.progress("intake (load average %s)", Machine.loadAverage());
        Instant[] window;
        LocalService service = LocalService.start(options, "intake");
        try (service) {
          window = IntakeSection.run(service, options, report);
        }
        profile(options, service, window, "intake: the service during the measured decide requests");
      }
      if (options.runs("punctuality")) {
        report.progress("punctuality (load average %s)", Machine.loadAverage());
        Instant[] window;
        LocalService service = LocalService.start(options, "punctuality");
        try (service) {
          window = PunctualitySection.run(service, options, report);
        }
        profile(options, service, window, "punctuality: the service from the due second to the last delivery");
      }
      if (options.runs("memory")) {
        report.progress("memory (load average %s)", Machine.loadAverage());
        try (LocalService service = LocalService.start(options, "memory")) {
          MemorySection.run(service, options, report);
        }
      }
    } finally {
      report.progress("%nload average at the end: %s", Machine.loadAverage());
      report.print();
    }
  }

  private static void profile(Options options, LocalService service, Instant[] window, String title)
      throws java.io.IOException {
    if (options.jfr()) {
      HotMethods.print(service.recording(), window[0].minusSeconds(1), window[1].plusSeconds(1), title, System.out);
    }
  }
}
