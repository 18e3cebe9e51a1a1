package com.romna.understanding.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Scores JSONL files and folders and prints the table the acceptance is judged on. */
final class Report {
  private final List<Outcome> outcomes;

  private Report(List<Outcome> outcomes) {
    this.outcomes = List.copyOf(outcomes);
  }

  /** Every .jsonl file under the given files or folders, in name order. */
  static Report of(List<Path> paths) {
    List<Outcome> out = new ArrayList<>();
    for (Path file : files(paths)) {
      String name = file.getFileName().toString();
      List<String> lines = read(file);
      for (int n = 0; n < lines.size(); n++) {
        String line = lines.get(n).strip();
        if (line.isEmpty()) {
          continue;
        }
        try {
          @SuppressWarnings("unchecked")
          Map<String, Object> row = (Map<String, Object>) Json.parse(line);
          out.add(Scorer.score(name, row));
        } catch (RuntimeException e) { // an unreadable line counts as a wrong answer
          out.add(new Outcome(name, Outcome.Kind.TIME, "?", false, Outcome.Bucket.SCORED, Outcome.Verdict.WRONG,
              "line " + (n + 1), "a JSON object", "error: " + e.getMessage()));
        }
      }
    }
    return new Report(out);
  }

  List<Outcome> outcomes() {
    return outcomes;
  }

  /** Accuracy in percent of the scored rows that match, or 100 when none do. */
  double accuracy(Predicate<Outcome> which) {
    long all = outcomes.stream().filter(o -> o.bucket() == Outcome.Bucket.SCORED).filter(which).count();
    long right = outcomes.stream().filter(o -> o.bucket() == Outcome.Bucket.SCORED).filter(which)
        .filter(Outcome::correct).count();
    return all == 0 ? 100 : 100.0 * right / all;
  }

  long count(Predicate<Outcome> which) {
    return outcomes.stream().filter(o -> o.bucket() == Outcome.Bucket.SCORED).filter(which).count();
  }

  /** Wrong answers in percent of the scored rows, or 0 when there are none. */
  double wrongRate(Predicate<Outcome> which) {
    long all = count(which);
    long wrong = outcomes.stream().filter(o -> o.bucket() == Outcome.Bucket.SCORED).filter(which)
        .filter(o -> o.verdict() == Outcome.Verdict.WRONG).count();
    return all == 0 ? 0 : 100.0 * wrong / all;
  }

  String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-46s %5s %6s %8s %6s %7s %7s%n", "file", "rows", "right", "refused", "WRONG",
        "right%", "wrong%"));
    List<String> files = outcomes.stream().map(Outcome::file).distinct().toList();
    for (String f : files) {
      line(out, f, o -> o.file().equals(f) && o.bucket() == Outcome.Bucket.SCORED);
      for (Outcome.Bucket b : List.of(Outcome.Bucket.HOLIDAY, Outcome.Bucket.LATENT, Outcome.Bucket.OPEN)) {
        if (outcomes.stream().anyMatch(o -> o.file().equals(f) && o.bucket() == b)) {
          line(out, "  (" + b.name().toLowerCase() + " rows, apart)", o -> o.file().equals(f) && o.bucket() == b);
        }
      }
      long past = outcomes.stream().filter(o -> o.file().equals(f) && o.bucket() == Outcome.Bucket.PAST).count();
      if (past > 0) {
        long inThePast = outcomes.stream().filter(o -> o.file().equals(f) && o.bucket() == Outcome.Bucket.PAST)
            .filter(o -> o.verdict() == Outcome.Verdict.WRONG).count();
        out.append(String.format("  (past rows, left out: %d; answered with a past time: %d)%n", past, inThePast));
      }
    }
    out.append(String.format("%n%-44s %5s %6s %8s %6s %7s %7s%n", "acceptance group", "rows", "right", "refused",
        "WRONG", "right%", "wrong%"));
    for (Group g : Group.values()) {
      line(out, g.label + " (goals " + g.goal + "%, wrong ≤" + g.maxWrong + "%)",
          o -> o.bucket() == Outcome.Bucket.SCORED && g.test(o));
    }
    return out.toString();
  }

  String failures() {
    return failures(Outcome.Bucket.SCORED);
  }

  /** The wrong rows of one bucket, one a line. */
  String failures(Outcome.Bucket bucket) {
    StringBuilder out = new StringBuilder();
    for (Outcome o : outcomes) {
      if (!o.correct() && o.bucket() == bucket) {
        out.append(String.format("%s %s | %s | want %s | got %s%n", o.verdict(), o.file(), o.text(), o.expected(),
            o.got()));
      }
    }
    return out.toString();
  }

  private void line(StringBuilder out, String label, Predicate<Outcome> which) {
    long all = outcomes.stream().filter(which).count();
    long right = outcomes.stream().filter(which).filter(Outcome::correct).count();
    long refused = outcomes.stream().filter(which).filter(o -> o.verdict() == Outcome.Verdict.REFUSED).count();
    long wrong = all - right - refused;
    out.append(String.format("%-46s %5d %6d %8d %6d %6.1f%% %6.1f%%%n", label, all, right, refused, wrong,
        all == 0 ? 100.0 : 100.0 * right / all, all == 0 ? 0.0 : 100.0 * wrong / all));
  }

  private static List<Path> files(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.toString().endsWith(".jsonl")).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
