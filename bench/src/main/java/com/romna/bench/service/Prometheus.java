package com.romna.bench.service;

import java.util.Map;

/** Reads sums out of the Prometheus text format, for timers' {@code _sum} and {@code _count}. */
public final class Prometheus {

  private Prometheus() {}

  /** The sum of every sample of {@code name} whose labels include all of {@code labels}. */
  public static double sum(String text, String name, Map<String, String> labels) {
    double total = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith("#") || !line.startsWith(name)) {
        continue;
      }
      int brace = line.indexOf('{');
      int space = line.lastIndexOf(' ');
      String sampleName = brace >= 0 ? line.substring(0, brace) : line.substring(0, space);
      if (!sampleName.equals(name)) {
        continue;
      }
      String labelText = brace >= 0 ? line.substring(brace, line.lastIndexOf('}') + 1) : "";
      boolean matches = labels.entrySet().stream()
          .allMatch(e -> labelText.contains(e.getKey() + "=\"" + e.getValue() + "\""));
      if (matches) {
        total += Double.parseDouble(line.substring(space + 1).strip());
      }
    }
    return total;
  }

  /** Mean of a timer between two scrapes, in milliseconds (NaN when nothing was timed). */
  public static double meanMillis(String before, String after, String timer, Map<String, String> labels) {
    double count = sum(after, timer + "_count", labels) - sum(before, timer + "_count", labels);
    double seconds = sum(after, timer + "_sum", labels) - sum(before, timer + "_sum", labels);
    return count > 0 ? seconds / count * 1000 : Double.NaN;
  }
}
