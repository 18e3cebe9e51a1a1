package com.romna.understanding.eval;

import com.romna.understanding.TimeExpressions;
import com.romna.understanding.Understanding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Measures how long understanding one transcript takes, on one thread: every transcript of the intent
 * corpus through {@link Understanding#interpret}, and every Duckling text through
 * {@link TimeExpressions#parse}. Warms up first, then prints the mean and p99 in microseconds.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.romna.understanding.eval.ParseBenchmark \
 *   -Dexec.args="api/src/test/resources/intents/intents.jsonl api/src/test/resources/eval"
 * </pre>
 */
public final class ParseBenchmark {
  private static final int WARM_UP_ROUNDS = 300;
  private static final int MEASURED_ROUNDS = 200;

  private ParseBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path intents = Path.of(args.length > 0 ? args[0] : "api/src/test/resources/intents/intents.jsonl");
    Path duckling = Path.of(args.length > 1 ? args[1] : "api/src/test/resources/eval");
    Understanding understanding = new Understanding();
    ZoneId zone = ZoneId.of("Asia/Riyadh");
    Instant now = Instant.parse("2026-11-25T17:00:00Z");
    List<String> transcripts = texts(List.of(intents));
    run("Understanding.interpret, intent corpus", transcripts,
        t -> understanding.interpret(t, null, zone, now));
    List<String> times = texts(List.of(duckling));
    ZonedDateTime ref = ZonedDateTime.parse("2013-02-12T04:30:00-02:00");
    run("TimeExpressions.parse, Duckling texts", times, t -> TimeExpressions.parse(t, "en", ref));
  }

  private static void run(String label, List<String> texts, java.util.function.Consumer<String> parse) {
    for (int r = 0; r < WARM_UP_ROUNDS; r++) {
      texts.forEach(parse);
    }
    long[] nanos = new long[texts.size() * MEASURED_ROUNDS];
    int n = 0;
    for (int r = 0; r < MEASURED_ROUNDS; r++) {
      for (String t : texts) {
        long start = System.nanoTime();
        parse.accept(t);
        nanos[n++] = System.nanoTime() - start;
      }
    }
    Arrays.sort(nanos);
    double mean = Arrays.stream(nanos).average().orElse(0) / 1_000.0;
    double p50 = nanos[nanos.length / 2] / 1_000.0;
    double p99 = nanos[(int) (nanos.length * 0.99)] / 1_000.0;
    double max = nanos[nanos.length - 1] / 1_000.0;
    System.out.printf("%-42s %5d texts x %d: mean %.1f us, p50 %.1f us, p99 %.1f us, max %.1f us%n",
        label, texts.size(), MEASURED_ROUNDS, mean, p50, p99, max);
  }

  private static List<String> texts(List<Path> paths) throws Exception {
    List<String> out = new ArrayList<>();
    for (Path p : paths) {
      List<Path> files = Files.isDirectory(p)
          ? Files.list(p).filter(f -> f.toString().endsWith(".jsonl")).sorted().toList() : List.of(p);
      for (Path f : files) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            out.add(String.valueOf(((Map<?, ?>) Json.parse(line)).get("text")));
          }
        }
      }
    }
    return out;
  }
}
