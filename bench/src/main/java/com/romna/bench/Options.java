package com.romna.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The harness's flags. Every figure in BENCHMARKS.md names the flags it was taken with; the
 * defaults are the issue's: 2,000 plans due together, 16 clients, 10,000 sleeping plans.
 */
public record Options(
    Set<String> sections,
    int plans,
    int clients,
    int requests,
    int warmup,
    int sleepers,
    boolean baselines,
    boolean jfr,
    int port,
    int temporalPort,
    Path dataDir,
    Path jar,
    List<String> jvmArgs) {

  public static final List<String> ALL_SECTIONS =
      List.of("understanding", "intake", "punctuality", "memory");

  private static final Set<String> VALUED = Set.of("--sections", "--plans", "--clients", "--requests",
      "--warmup", "--sleepers", "--port", "--temporal-port", "--data-dir", "--jar", "--jvm-arg");

  static final String USAGE =
      """
      ROMNA benchmark harness (see BENCHMARKS.md). Flags:
        --sections a,b,..   any of understanding,intake,punctuality,memory (default: all)
        --plans N           plans due in the same second (default 2000, up to 20000)
        --clients C         concurrent HTTP clients for intake and submission (default 16)
        --requests R        measured requests per intake figure (default 2000)
        --warmup W          decide requests before intake is measured, for full JIT (default 1000)
        --sleepers S        sleeping plans held for the memory figure (default 10000)
        --no-baselines      only ROMNA's own figures
        --jfr               record the service with JFR and print where its CPU went
        --port P            the service's HTTP port (default 8185)
        --temporal-port P   port of its in-process Temporal (default 7305)
        --data-dir DIR      the service's data directory, wiped at each start (default bench/target/service)
        --jar FILE          the application jar (default api/target/romna.jar)
        --jvm-arg ARG       one more flag for the service's JVM (repeatable)
      """;

  public static Options parse(String... args) {
    Set<String> sections = new LinkedHashSet<>(ALL_SECTIONS);
    int plans = 2000, clients = 16, requests = 2000, warmup = 1000, sleepers = 10_000;
    int port = 8185, temporalPort = 7305;
    boolean baselines = true, jfr = false;
    Path dataDir = Path.of("bench", "target", "service");
    Path jar = Path.of("api", "target", "romna.jar");
    List<String> jvmArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      switch (flag) {
        case "--no-baselines" -> baselines = false;
        case "--jfr" -> jfr = true;
        case "--help", "-h" -> throw new IllegalArgumentException("");
        default -> {
          if (!VALUED.contains(flag)) {
            throw new IllegalArgumentException("unknown flag " + flag);
          }
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
          }
          String value = args[++i];
          switch (flag) {
            case "--sections" -> sections = sections(value);
            case "--plans" -> plans = positive(flag, value);
            case "--clients" -> clients = positive(flag, value);
            case "--requests" -> requests = positive(flag, value);
            case "--warmup" -> warmup = Integer.parseInt(value);
            case "--sleepers" -> sleepers = positive(flag, value);
            case "--port" -> port = positive(flag, value);
            case "--temporal-port" -> temporalPort = positive(flag, value);
            case "--data-dir" -> dataDir = Path.of(value);
            case "--jar" -> jar = Path.of(value);
            default -> jvmArgs.add(value);
          }
        }
      }
    }
    return new Options(sections, plans, clients, requests, warmup, sleepers, baselines, jfr, port,
        temporalPort, dataDir.toAbsolutePath(), jar.toAbsolutePath(), List.copyOf(jvmArgs));
  }

  public boolean runs(String section) {
    return sections.contains(section);
  }

  private static Set<String> sections(String value) {
    Set<String> chosen = new LinkedHashSet<>();
    for (String s : value.split(",")) {
      String name = s.strip();
      if (!ALL_SECTIONS.contains(name)) {
        throw new IllegalArgumentException("unknown section '" + name + "'; known: " + ALL_SECTIONS);
      }
      chosen.add(name);
    }
    return chosen;
  }

  private static int positive(String flag, String value) {
    int n;
    try {
      n = Integer.parseInt(value.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " takes a number, not '" + value + "'");
    }
    if (n <= 0) {
      throw new IllegalArgumentException(flag + " must be positive");
    }
    return n;
  }
}
