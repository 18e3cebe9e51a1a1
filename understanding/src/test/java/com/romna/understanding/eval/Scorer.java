package com.romna.understanding.eval;

import com.romna.understanding.DurationValue;
import com.romna.understanding.Durations;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a corpus row: a time through the product path ({@link ProductJudge}); a duration ("2 hours", what a
 * snooze is told) when its length in seconds matches; a negative when nothing is found. Intent rows are
 * scored by {@link IntentScorer}.
 */
final class Scorer {

  private Scorer() {}

  /** Never throws: a row that cannot be read or parsed is scored as wrong. */
  static Outcome score(String file, Map<String, Object> row) {
    String dim = String.valueOf(row.get("dim"));
    String lang = String.valueOf(row.getOrDefault("lang", "en"));
    String text = String.valueOf(row.get("text"));
    Object expected = row.get("expected");
    Outcome.Kind kind = switch (dim) {
      case "duration" -> Outcome.Kind.DURATION;
      case "intent" -> Outcome.Kind.INTENT;
      default -> Outcome.Kind.TIME;
    };
    Outcome.Bucket bucket = bucket(row, expected);
    try {
      return switch (kind) {
        case TIME -> ProductJudge.time(file, lang, text, row, expected, bucket);
        case DURATION -> duration(file, lang, text, expected, bucket);
        case INTENT -> IntentScorer.score(file, row);
      };
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(file, kind, lang, expected == null, bucket, Outcome.Verdict.WRONG, text,
          String.valueOf(expected),
          "error: " + e);
    }
  }

  private static Outcome.Bucket bucket(Map<String, Object> row, Object expected) {
    if (expected instanceof Map<?, ?> m && m.containsKey("holidayBeta")) {
      return Outcome.Bucket.HOLIDAY;
    }
    return Boolean.TRUE.equals(row.get("with_latent")) ? Outcome.Bucket.LATENT : Outcome.Bucket.SCORED;
  }

  private static Outcome duration(String file, String lang, String text, Object expected, Outcome.Bucket bucket) {
    Optional<DurationValue> got = Durations.parse(text, lang);
    String shown = got.map(d -> d.seconds() + "s").orElse("nothing");
    if (expected == null) {
      return new Outcome(file, Outcome.Kind.DURATION, lang, true, bucket, Outcome.of(got.isEmpty()), text,
          "nothing", shown);
    }
    Object normalized = ((Map<?, ?>) ((Map<?, ?>) expected).get("normalized")).get("value");
    long want = Math.round(((Number) normalized).doubleValue());
    boolean ok = got.isPresent() && got.get().seconds() == want;
    return new Outcome(file, Outcome.Kind.DURATION, lang, false, bucket,
        got.isEmpty() ? Outcome.Verdict.REFUSED : Outcome.of(ok), text, want + "s", shown);
  }
}
