package com.romna.understanding.eval;

import com.romna.understanding.Understanding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many whole transcripts {@link Understanding#interpret} reads per second on one core, and with every core:
 * the intent corpus and every Duckling time phrase inside a request ("remind me {} to call mom"). Warms up
 * first, then measures for a fixed time and prints transcripts per CPU second of one thread (per core), per
 * wall second, and the latency percentiles.
 *
 * <pre>
 * mvn -q -pl understanding test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.romna.understanding.eval.UnderstandingBenchmark
 * </pre>
 * Arguments (optional): corpus files or folders, default the copies in this module's test resources.
 */
public final class UnderstandingBenchmark {
  private static final long WARM_UP_NANOS = 10_000_000_000L;
  private static final long MEASURE_NANOS = 10_000_000_000L;

  private UnderstandingBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Path> paths = new ArrayList<>();
    for (String a : args) {
      paths.add(Path.of(a));
    }
    if (paths.isEmpty()) {
      paths = List.of(Path.of("understanding/src/test/resources/intents"), Path.of("understanding/src/test/resources/eval"));
    }
    List<String[]> texts = texts(paths);
    Understanding understanding = new Understanding();
    ZoneId zone = ZoneId.of("Asia/Riyadh");
    Instant now = Instant.parse("2026-11-25T17:00:00Z");
    System.out.printf("%d transcripts (English and Arabic requests), warming up...%n", texts.size());
    single(understanding, texts, zone, now, WARM_UP_NANOS);
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = cpu.getCurrentThreadCpuTime();
    long[] nanos = single(understanding, texts, zone, now, MEASURE_NANOS);
    double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double perSecond = nanos.length / (MEASURE_NANOS / 1e9);
    Arrays.sort(nanos);
    // per CPU second: on a shared machine the thread is not on a core all the time, and wall time would
    // count the other processes' turns as ours
    System.out.printf("one thread: %,.0f transcripts per CPU second (one core); %,.0f per wall second%n",
        nanos.length / cpuSeconds, perSecond);
    System.out.printf("latency: mean %.1f us, p50 %.1f us, p90 %.1f us, p99 %.1f us, max %.1f us (wall clock)%n",
        Arrays.stream(nanos).average().orElse(0) / 1e3, nanos[nanos.length / 2] / 1e3,
        nanos[(int) (nanos.length * 0.9)] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3,
        nanos[nanos.length - 1] / 1e3);
    int cores = Runtime.getRuntime().availableProcessors();
    AtomicLong done = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    long end = System.nanoTime() + MEASURE_NANOS;
    for (int t = 0; t < cores; t++) {
      Thread th = new Thread(() -> {
        int i = 0;
        while (System.nanoTime() < end) {
          String[] row = texts.get(i++ % texts.size());
          understanding.interpret(row[0], row[1], zone, now);
          done.incrementAndGet();
        }
      });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    double all = done.get() / (MEASURE_NANOS / 1e9);
    System.out.printf("%d threads: %,.0f transcripts/s in all, %,.0f per core%n", cores, all, all / cores);
  }

  private static long[] single(Understanding u, List<String[]> texts, ZoneId zone, Instant now, long budget) {
    long[] nanos = new long[1 << 22];
    int n = 0;
    long stop = System.nanoTime() + budget;
    for (int i = 0; System.nanoTime() < stop && n < nanos.length; i++) {
      String[] row = texts.get(i % texts.size());
      long start = System.nanoTime();
      u.interpret(row[0], row[1], zone, now);
      nanos[n++] = System.nanoTime() - start;
    }
    return Arrays.copyOf(nanos, n);
  }

  /** {text, lang}: intent rows as said, time rows inside a request. */
  private static List<String[]> texts(List<Path> paths) throws Exception {
    List<String[]> out = new ArrayList<>();
    for (Path p : paths) {
      List<Path> files = Files.isDirectory(p)
          ? Files.list(p).filter(f -> f.toString().endsWith(".jsonl")).sorted().toList() : List.of(p);
      for (Path f : files) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          Map<?, ?> row = (Map<?, ?>) Json.parse(line);
          String lang = String.valueOf(row.get("lang"));
          String text = String.valueOf(row.get("text"));
          boolean time = "time".equals(row.get("dim"));
          out.add(new String[] {time ? String.format(ProductJudge.WRAP.getOrDefault(lang, ProductJudge.WRAP.get("en")),
              text) : text, lang});
        }
      }
    }
    return out;
  }
}
