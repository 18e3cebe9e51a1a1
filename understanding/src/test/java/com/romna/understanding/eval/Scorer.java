package com.romna.understanding.eval;

import com.romna.understanding.DurationValue;
import com.romna.understanding.Durations;
import com.romna.understanding.Grain;
import com.romna.understanding.TimeExpressions;
import com.romna.understanding.TimeValue;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * Scores corpus rows as /work/shared/eval/README.md says: a time is right when its instant (the value,
 * or an interval's from, or its to when it has no from) and its grain match; a duration when its length
 * in seconds matches; a negative when nothing is found. Intent rows are scored by {@link IntentScorer}.
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
        case TIME -> time(file, lang, text, row, expected, bucket);
        case DURATION -> duration(file, lang, text, expected, bucket);
        case INTENT -> IntentScorer.score(file, row);
      };
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(file, kind, lang, expected == null, bucket, false, text, String.valueOf(expected),
          "error: " + e);
    }
  }

  private static Outcome.Bucket bucket(Map<String, Object> row, Object expected) {
    if (expected instanceof Map<?, ?> m && m.containsKey("holidayBeta")) {
      return Outcome.Bucket.HOLIDAY;
    }
    return Boolean.TRUE.equals(row.get("with_latent")) ? Outcome.Bucket.LATENT : Outcome.Bucket.SCORED;
  }

  private static Outcome time(String file, String lang, String text, Map<String, Object> row, Object expected,
      Outcome.Bucket bucket) {
    ZonedDateTime now = OffsetDateTime.parse(String.valueOf(row.get("reference_time"))).toZonedDateTime();
    Optional<TimeValue> got = TimeExpressions.parse(text, lang, now);
    String shown = got.map(Scorer::show).orElse("nothing");
    if (expected == null) {
      return new Outcome(file, Outcome.Kind.TIME, lang, true, bucket, got.isEmpty(), text, "nothing", shown);
    }
    Map<?, ?> e = (Map<?, ?>) expected;
    Map<?, ?> point = "interval".equals(e.get("type"))
        ? (Map<?, ?>) (e.get("from") != null ? e.get("from") : e.get("to")) : e;
    OffsetDateTime want = OffsetDateTime.parse(String.valueOf(point.get("value")));
    Grain grain = Grain.ofWire(String.valueOf(point.get("grain")));
    boolean ok = got.isPresent() && got.get().instant() != null
        && got.get().instant().toInstant().equals(want.toInstant()) && got.get().grain() == grain;
    return new Outcome(file, Outcome.Kind.TIME, lang, false, bucket, ok, text, want + " " + grain.wire(), shown);
  }

  private static String show(TimeValue v) {
    ZonedDateTime at = v.instant();
    return (v.from() == null ? "..to " : "") + at.toOffsetDateTime() + " " + v.grain().wire()
        + (v.interval() ? " (interval)" : "");
  }

  private static Outcome duration(String file, String lang, String text, Object expected, Outcome.Bucket bucket) {
    Optional<DurationValue> got = Durations.parse(text, lang);
    String shown = got.map(d -> d.seconds() + "s").orElse("nothing");
    if (expected == null) {
      return new Outcome(file, Outcome.Kind.DURATION, lang, true, bucket, got.isEmpty(), text, "nothing", shown);
    }
    Object normalized = ((Map<?, ?>) ((Map<?, ?>) expected).get("normalized")).get("value");
    long want = Math.round(((Number) normalized).doubleValue());
    boolean ok = got.isPresent() && got.get().seconds() == want;
    return new Outcome(file, Outcome.Kind.DURATION, lang, false, bucket, ok, text, want + "s", shown);
  }
}
