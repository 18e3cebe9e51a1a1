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
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the service's CPU went in a window, from its JFR recording's execution samples: by thread
 * family (which component burnt it) and by the method on top of the stack (what it was doing).
 */
public final class HotMethods {

  private static final int TOP = 12;

  private HotMethods() {}

  public static void print(Path recording, Instant from, Instant to, String title, PrintStream out)
      throws IOException {
    if (!Files.exists(recording)) {
      out.println("no JFR recording at " + recording);
      return;
    }
    Map<String, Integer> threads = new HashMap<>();
    Map<String, Integer> methods = new HashMap<>();
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
        RecordedFrame top = event.getStackTrace().getFrames().get(0);
        methods.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
      }
    }
    out.printf(Locale.ROOT, "%n%s: %,d CPU samples between %s and %s%n", title, samples, from, to);
    if (samples == 0) {
      return;
    }
    out.println("  by thread:");
    top(threads, samples, out);
    out.println("  by method on top of the stack:");
    top(methods, samples, out);
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
