package com.romna.bench.understanding;

import com.romna.understanding.Understanding;
import com.romna.bench.Report;
import com.romna.bench.Transcripts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Transcripts understood per second on one thread, by JMH in a forked JVM with full JIT. */
public final class UnderstandingSection {

  static final int TARGET_PER_SECOND = 20_000;

  private UnderstandingSection() {}

  public static void run(Report report) throws RunnerException {
    int size = checkedSet();
    report.progress("understanding: JMH, 1 fork, 1 thread, 5 x 2 s warm-up, 5 x 2 s measured, %d transcripts", size);
    RunResult run = new Runner(new OptionsBuilder()
        .include(UnderstandingBenchmark.class.getName())
        .forks(1)
        .threads(1)
        .warmupIterations(5)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(2))
        .verbosity(VerboseMode.SILENT)
        .build()).runSingle();
    Result<?> score = run.getPrimaryResult();
    double perSecond = score.getScore();
    report.row("understanding", "transcripts/s, one thread (JMH; ± 99.9% CI)",
        String.format(Locale.ROOT, "%,.0f/s ± %,.0f (%.0f µs each)", perSecond, score.getScoreError(),
            1e6 / perSecond),
        "", "", "≥ 20,000/s: " + Report.met(perSecond >= TARGET_PER_SECOND));
  }

  /** A set that is not understood would measure the refusal path: check it first. */
  private static int checkedSet() {
    Understanding understanding = new Understanding();
    ZoneId zone = ZoneId.of(Transcripts.ZONE);
    Instant now = Instant.parse("2026-11-25T17:00:00Z");
    var transcripts = Transcripts.requests();
    for (String t : transcripts) {
      if (!understanding.interpret(t, null, zone, now).understood()) {
        throw new IllegalStateException("the benchmark transcript is not understood: " + t);
      }
    }
    return transcripts.size();
  }
}
