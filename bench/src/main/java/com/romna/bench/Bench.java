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
      boolean help = e.getMessage().isEmpty();
      (help ? System.out : System.err).println(help ? Options.USAGE : e.getMessage() + "\n" + Options.USAGE);
      System.exit(help ? 0 : 2);
      return;
    }
    Report report = new Report(System.out);
    report.progress("ROMNA benchmark, %s", Instant.now());
    report.progress("machine: %s", Machine.describe());
    report.progress("flags: plans %,d, clients %d, requests %,d, warm-up %,d, sleepers %,d, baselines %s",
        options.plans(), options.clients(), options.requests(), options.warmup(), options.sleepers(),
        options.baselines() ? "on" : "off");
    report.progress("service: java %s -jar %s, local default",
        String.join(" ", java.util.stream.Stream.concat(LocalService.PRODUCTION_JVM_FLAGS.stream(),
            options.jvmArgs().stream()).toList()), options.jar());
    try {
      if (options.runs("understanding")) {
        report.progress("understanding (load average %s)", Machine.loadAverage());
        UnderstandingSection.run(report);
      }
      onService(options, report, "intake", IntakeSection::run,
          "intake: the service during the measured decide requests");
      onService(options, report, "punctuality", PunctualitySection::run,
          "punctuality: the service from the due second to the last delivery");
      onService(options, report, "memory", (service, o, r) -> {
        MemorySection.run(service, o, r);
        return null;
      }, null);
    } finally {
      report.progress("%nload average at the end: %s", Machine.loadAverage());
      report.print();
    }
  }

  /** A section that measures a service; returns the window worth a profile, or null. */
  @FunctionalInterface
  interface Section {
    Instant[] run(LocalService service, Options options, Report report) throws Exception;
  }

  /** Runs {@code section} on a service of its own, then prints where its CPU went (with --jfr). */
  private static void onService(Options options, Report report, String name, Section section, String profile)
      throws Exception {
    if (!options.runs(name)) {
      return;
    }
    report.progress("%s (load average %s)", name, Machine.loadAverage());
    Instant[] window;
    LocalService service = LocalService.start(options, name);
    try (service) {
      window = section.run(service, options, report);
    }
    if (options.jfr() && window != null) {
      HotMethods.print(service.recording(), window[0].minusSeconds(1), window[1].plusSeconds(1), profile,
          System.out);
    }
  }
}
