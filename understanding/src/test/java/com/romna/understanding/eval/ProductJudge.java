package com.romna.understanding.eval;

import com.romna.understanding.Interpretation;
import com.romna.understanding.Understanding;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Scores a time row the way the product is judged: the phrase inside a whole request ("remind me {} to
 * call mom" / "ذكرني {} اتصل بأمي") through {@link Understanding#interpret}, {@code now} the row's reference
 * time, the zone the row's offset. Right = the same instant to the minute (second, minute or hour grain), the
 * same local date (day grain), inside the period (week to year) or anywhere inside a range; "in a day"-style
 * relative phrases may keep the minutes. No time is refused; any other time is wrong. Rows whose meant time
 * is already past are left out, but a past time given for one is wrong.
 */
final class ProductJudge {
  static final Map<String, String> WRAP = Map.of("en", "remind me %s to call mom", "ar", "ذكرني %s اتصل بأمي");
  private static final Understanding UNDERSTANDING = new Understanding();
  private static final String[] RELATIVE = {"in ", "from now", "hence", "بعد ", "خلال "};

  private ProductJudge() {}

  static Outcome time(String file, String lang, String text, Map<String, Object> row, Object expected,
      Outcome.Bucket bucket) {
    OffsetDateTime ref = OffsetDateTime.parse(String.valueOf(row.get("reference_time")));
    ZoneId zone = ref.getOffset();
    String sentence = String.format(WRAP.getOrDefault(lang, WRAP.get("en")), text);
    Interpretation in = UNDERSTANDING.interpret(sentence, lang, zone, ref.toInstant());
    Instant got = in.scheduledFor();
    String shown = got == null ? "no time (" + String.join(",", in.missing()) + ")"
        : got.atZone(zone).toOffsetDateTime().toString();
    if (expected == null) {
      return new Outcome(file, Outcome.Kind.TIME, lang, true, bucket,
          got == null ? Outcome.Verdict.RIGHT : Outcome.Verdict.WRONG, text, "nothing", shown);
    }
    Map<?, ?> e = (Map<?, ?>) expected;
    Map<?, ?> start = "interval".equals(e.get("type")) ? (Map<?, ?>) e.get("from") : e;
    if (start == null) { // "until 5pm": no start to compare with
      return new Outcome(file, Outcome.Kind.TIME, lang, false, Outcome.Bucket.OPEN, Outcome.Verdict.REFUSED,
          text, String.valueOf(expected), shown);
    }
    ZonedDateTime want = OffsetDateTime.parse(String.valueOf(start.get("value"))).toZonedDateTime();
    String grain = String.valueOf(start.get("grain"));
    String meant = want.toOffsetDateTime() + " " + grain;
    boolean past = !plus(want, grain).isAfter(ref.toZonedDateTime())
        || (fine(grain) || grain.equals("day")) && want.toInstant().isBefore(ref.toInstant().minusSeconds(60));
    if (past && bucket == Outcome.Bucket.SCORED) {
      boolean inThePast = got != null && got.isBefore(ref.toInstant().minusSeconds(60));
      return new Outcome(file, Outcome.Kind.TIME, lang, false, Outcome.Bucket.PAST,
          inThePast ? Outcome.Verdict.WRONG : Outcome.Verdict.RIGHT, text, meant + " (past)", shown);
    }
    Outcome.Verdict v = got == null ? Outcome.Verdict.REFUSED : Outcome.of(right(e, want, grain, got, text));
    return new Outcome(file, Outcome.Kind.TIME, lang, false, bucket, v, text, meant, shown);
  }

  private static boolean right(Map<?, ?> e, ZonedDateTime want, String grain, Instant got, String text) {
    ZonedDateTime have = got.atZone(want.getZone());
    long apart = Math.abs(Duration.between(want.toInstant(), got).getSeconds());
    if (fine(grain) && apart < 60) {
      return true;
    }
    if (grain.equals("day") && have.toLocalDate().equals(want.toLocalDate())) {
      return true;
    }
    if (!fine(grain) && !grain.equals("day") && !have.isBefore(want) && have.isBefore(plus(want, grain))) {
      return true;
    }
    if ("interval".equals(e.get("type")) && e.get("to") instanceof Map<?, ?> to) {
      ZonedDateTime hi = OffsetDateTime.parse(String.valueOf(to.get("value"))).toZonedDateTime();
      String g = String.valueOf(to.get("grain"));
      ZonedDateTime end = fine(g) ? hi : plus(hi, g);
      if (!have.isBefore(want) && have.isBefore(end)) {
        return true;
      }
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    boolean relative = java.util.Arrays.stream(RELATIVE).anyMatch(lower::contains);
    return grain.equals("hour") && relative && apart < 3600;
  }

  private static boolean fine(String grain) {
    return grain.equals("second") || grain.equals("minute") || grain.equals("hour");
  }

  private static ZonedDateTime plus(ZonedDateTime t, String grain) {
    return switch (grain) {
      case "second" -> t.plusSeconds(1);
      case "minute" -> t.plusMinutes(1);
      case "hour" -> t.plusHours(1);
      case "day" -> t.plusDays(1);
      case "week" -> t.plusWeeks(1);
      case "month" -> t.withDayOfMonth(1).plusMonths(1);
      case "quarter" -> t.withDayOfMonth(1).plusMonths(3);
      default -> t.withDayOfYear(1).plusYears(1);
    };
  }
}
