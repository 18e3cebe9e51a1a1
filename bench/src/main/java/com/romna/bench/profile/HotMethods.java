package com.romna.bench.profile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the service's CPU went in a window, from its JFR recording's execution samples: by thread
 * family (which component burnt it) and by the method on top of the stack (what it was doing).
 */
public final class HotMethods {

  private static final int TOP = 12;
  private static final Map<String, Pattern> COMPONENTS = Map.of(
      "Temporal server (in-process test server)", Pattern.compile("io\\.temporal\\.internal\\.testservice\\."),
      "Temporal server: its timer-lock list alone",
      Pattern.compile("io\\.temporal\\.internal\\.testservice\\.SelfAdvancingTimerImpl\\$TimerLockHandle\\."),
      "Temporal SDK (worker, client)", Pattern.compile(
          "io\\.temporal\\.(internal\\.(worker|sync|replay|statemachines|client|activity)|client|worker)\\."),
      "ROMNA code", Pattern.compile("com\\.romna\\."),
      "JDBC (driver, pool)", Pattern.compile("(org\\.postgresql|com\\.zaxxer)\\."),
      "HTTP server (Tomcat)", Pattern.compile("org\\.apache\\.(catalina|coyote|tomcat)\\."));
  private static final Pattern OURS_OR_ENGINE =
      Pattern.compile("(com\\.romna\\.|io\\.temporal\\.(?!api\\.)|org\\.springframework\\.|org\\.postgresql\\."
          + "|com\\.zaxxer\\.|org\\.apache\\.(catalina|coyote|tomcat)\\.|com\\.github\\.kagkarlsson\\.)");

  private HotMethods() {}

  /** Re-reads a recording: {@code HotMethods <file.jfr> [from-instant] [to-instant]}. */
  public static void main(String[] args) throws IOException {
    Instant from = args.length > 1 ? Instant.parse(args[1]) : Instant.MIN;
    Instant to = args.length > 2 ? Instant.parse(args[2]) : Instant.MAX;
    print(Path.of(args[0]), from, to, args[0], System.out);
  }

  public static void print(Path recording, Instant from, Instant to, String title, PrintStream out)
      throws IOException {
    if (!Files.exists(recording)) {
      out.println("no JFR recording at " + recording);
      return;
    }
    Map<String, Integer> threads = new HashMap<>();
    Map<String, Integer> methods = new HashMap<>();
    Map<String, Integer> callers = new HashMap<>();
    Map<String, Integer> components = new HashMap<>();
    int samples = 0;
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample")
            || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)
            || event.getStackTrace() == null || event.getStackTrace().getFrames().isEmpty()) {
          continue;
        }
        samples++;
        var thread = event.getThread("sampledThread");
        threads.merge(family(thread == null ? "?" : thread.getJavaName()), 1, Integer::sum);
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        methods.merge(name(frames.get(0)), 1, Integer::sum);
        callers.merge(frames.stream().filter(f -> f.isJavaFrame() && OURS_OR_ENGINE.matcher(name(f)).lookingAt())
            .findFirst().map(HotMethods::name).orElse("(JDK, gRPC, Netty or protobuf only)"), 1, Integer::sum);
        COMPONENTS.forEach((component, pattern) -> {
          if (frames.stream().anyMatch(f -> pattern.matcher(name(f)).lookingAt())) {
            components.merge(component, 1, Integer::sum);
          }
        });
      }
    }
    out.printf(Locale.ROOT, "%n%s: %,d CPU samples between %s and %s%n", title, samples, from, to);
    if (samples == 0) {
      return;
    }
    out.println("  inclusive, by component (a sample counts for every component on its stack):");
    top(components, samples, out);
    out.println("  by thread:");
    top(threads, samples, out);
    out.println("  by method on top of the stack:");
    top(methods, samples, out);
    out.println("  by the innermost frame of ROMNA, Temporal, Spring, JDBC or db code (who asked for that work):");
    top(callers, samples, out);
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  /** "workflow-method-plan-…-12" and "Workflow Executor taskQueue=…, 3" count as one family. */
  static String family(String thread) {
    return thread.replaceAll("plan-[0-9a-f-]{36}", "plan-*")
        .replaceAll("(?<=[-_ :=#])[0-9a-f-]{8,}", "*")
        .replaceAll("[0-9]+", "N");
  }

  private static void top(Map<String, Integer> counts, int samples, PrintStream out) {
    List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP).toList();
    for (Map.Entry<String, Integer> e : sorted) {
      out.printf(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey());
    }
  }
}
