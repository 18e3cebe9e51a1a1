package com.romna.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table the harness prints: each of ROMNA's figures beside its baseline, the ratio between them
 * and the target it is held to. Markdown, so a run pastes straight into BENCHMARKS.md.
 */
public final class Report {

  public record Row(String section, String measure, String romna, String baseline, String ratio, String target) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final PrintStream out;

  public Report(PrintStream out) {
    this.out = out;
  }

  /** Adds a row and prints it at once, so a long run shows its progress. */
  public void row(String section, String measure, String romna, String baseline, String ratio, String target) {
    Row row = new Row(section, measure, romna, baseline, ratio, target);
    rows.add(row);
    out.println("  " + String.join(" | ", section, measure, romna, baseline, ratio, target));
  }

  public void note(String note) {
    notes.add(note);
    out.println("  " + note);
  }

  public void progress(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
  }

  public void print() {
    out.println();
    out.println("| section | measure | ROMNA | baseline | ratio | target |");
    out.println("|---|---|---|---|---|---|");
    for (Row r : rows) {
      out.println("| " + String.join(" | ", r.section(), r.measure(), r.romna(), r.baseline(), r.ratio(), r.target())
          + " |");
    }
    if (!notes.isEmpty()) {
      out.println();
      notes.forEach(n -> out.println("- " + n));
    }
  }

  public static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f/s", perSecond);
  }

  public static String millis(double ms) {
    return ms >= 100 ? String.format(Locale.ROOT, "%,.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
  }

  public static String seconds(double s) {
    return String.format(Locale.ROOT, "%.2f s", s);
  }

  public static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
  }

  /** ROMNA's figure over the baseline's, e.g. "0.19×". */
  public static String ratio(double romna, double baseline) {
    return String.format(Locale.ROOT, "%.2f×", romna / baseline);
  }

  public static String met(boolean met) {
    return met ? "met" : "missed";
  }
}
