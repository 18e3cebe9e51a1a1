package com.romna.understanding.eval;

import com.romna.understanding.Understanding;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How many whole transcripts {@link Understanding#interpret} reads per second on one core: the intent corpora and
 * every Duckling phrase inside a request ("remind me {} to call mom"). Time is the thread's own CPU time
 * ({@link ThreadMXBean}): on a machine shared with other work, wall time counts the other processes' turns as
 * ours, and a warm-up measured in wall time may end before the JIT has compiled anything. Warms up for 10 CPU
 * seconds, measures 10 CPU seconds on one thread, then 10 CPU seconds on each of as many threads as there are
 * cores; prints transcripts per CPU second (= per core), the wall-clock rate and latencies, and the load average
 * the machine had.
 *
 * <pre>
 * mvn -q -pl understanding test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.romna.understanding.eval.UnderstandingBenchmark
 * </pre>
 * Arguments (optional): corpus files or folders, default the copies in this module's test resources.
 */
public final class UnderstandingBenchmark {
  private static final long WARM_UP_CPU_NANOS = 10_000_000_000L;
  private static final long MEASURE_CPU_NANOS = 10_000_000_000L;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final ZoneId ZONE = ZoneId.of("Asia/Riyadh");
  private static final Instant NOW = Instant.parse("2026-11-25T17:00:00Z");

  private UnderstandingBenchmark() {}

  /** Transcripts read, the thread's CPU nanoseconds, the wall nanoseconds, and each transcript's wall latency. */
  private record Run(long transcripts, long cpuNanos, long wallNanos, long[] latencies) {}

  public static void main(String[] args) throws Exception {
    List<Path> paths = new ArrayList<>();
    for (String a : args) {
      paths.add(Path.of(a));
    }
    if (paths.isEmpty()) {
      paths = List.of(Path.of("understanding/src/test/resources/intents"),
          Path.of("understanding/src/test/resources/eval"));
    }
    List<String[]> texts = texts(paths);
    Understanding understanding = new Understanding();
    System.out.printf("%d transcripts (English and Arabic requests); load average %.1f on %d cores; warming up...%n",
        texts.size(), load(), Runtime.getRuntime().availableProcessors());
    run(understanding, texts, WARM_UP_CPU_NANOS, false);
    Run one = run(understanding, texts, MEASURE_CPU_NANOS, true);
    long[] nanos = one.latencies();
    Arrays.sort(nanos);
    System.out.printf("one thread: %,.0f transcripts per CPU second (one core); %,.0f per wall second%n",
        one.transcripts() / (one.cpuNanos() / 1e9), one.transcripts() / (one.wallNanos() / 1e9));
    System.out.printf("latency: mean %.1f us, p50 %.1f us, p90 %.1f us, p99 %.1f us, max %.1f us (wall clock)%n",
        Arrays.stream(nanos).average().orElse(0) / 1e3, nanos[nanos.length / 2] / 1e3,
        nanos[(int) (nanos.length * 0.9)] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3,
        nanos[nanos.length - 1] / 1e3);
    int cores = Runtime.getRuntime().availableProcessors();
    Run[] runs = new Run[cores];
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < cores; t++) {
      int slot = t;
      Thread th = new Thread(() -> runs[slot] = run(understanding, texts, MEASURE_CPU_NANOS, false));
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    long done = Arrays.stream(runs).mapToLong(Run::transcripts).sum();
    double cpu = Arrays.stream(runs).mapToLong(Run::cpuNanos).sum() / 1e9;
    System.out.printf("%d threads: %,.0f transcripts per CPU second (per core); %,.0f per wall second in all; "
        + "load average %.1f%n", cores, done / cpu, done / wall, load());
  }

  /** Reads the transcripts round and round until this thread has used {@code cpuBudget} of CPU. */
  private static Run run(Understanding u, List<String[]> texts, long cpuBudget, boolean latencies) {
    long[] nanos = new long[latencies ? 1 << 22 : 0];
    long n = 0;
    long cpuStart = CPU.getCurrentThreadCpuTime();
    long wallStart = System.nanoTime();
    long cpu = 0;
    for (int i = 0; cpu < cpuBudget; i++) {
      String[] row = texts.get(i % texts.size());
      long t0 = System.nanoTime();
      u.interpret(row[0], row[1], ZONE, NOW);
      if (latencies && n < nanos.length) {
        nanos[(int) n] = System.nanoTime() - t0;
      }
      n++;
      if ((i & 63) == 0) { // the CPU clock costs a system call: look at it now and then
        cpu = CPU.getCurrentThreadCpuTime() - cpuStart;
      }
    }
    cpu = CPU.getCurrentThreadCpuTime() - cpuStart;
    return new Run(n, cpu, System.nanoTime() - wallStart, Arrays.copyOf(nanos, (int) Math.min(n, nanos.length)));
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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
