package com.romna.understanding.eval;

import com.romna.understanding.Durations;
import com.romna.understanding.TimeExpressions;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Prints what a request with each argument as its time, and the time and duration readers alone, make of it, against Duckling's test clock
 * (Tuesday 2013-02-12 04:30 at -02:00): a quick way to look at one sentence while working on rules.
 */
public final class Explain {
  static final ZonedDateTime DUCKLING_NOW = OffsetDateTime.parse("2013-02-12T04:30:00-02:00").toZonedDateTime();

  private Explain() {}

  /** Each argument, or each line of standard input when there are none. */
  public static void main(String[] args) {
    java.util.List<String> texts = args.length > 0 ? java.util.List.of(args)
        : new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
            java.nio.charset.StandardCharsets.UTF_8)).lines().toList();
    for (String text : texts) {
      String lang = text.chars().anyMatch(ch -> ch >= 0x0600 && ch <= 0x06FF) ? "ar" : "en";
      var in = new com.romna.understanding.Understanding().interpret(
          String.format(ProductJudge.WRAP.get(lang), text), lang, DUCKLING_NOW.getZone(), DUCKLING_NOW.toInstant());
      System.out.printf("%-45s request=%s %s%n", text,
          in.scheduledFor() == null ? "-" : in.scheduledFor().atZone(DUCKLING_NOW.getZone()).toLocalDateTime(),
          in.content() == null ? in.missing() : in.content().title());
      System.out.printf("%-45s time=%s duration=%s%n", text,
          TimeExpressions.parse(text, lang, DUCKLING_NOW).map(v -> v.instant().toLocalDateTime() + " "
              + v.grain().wire() + (v.interval() ? " interval" : "")).orElse("-"),
          Durations.parse(text, lang).map(d -> d.seconds() + "s").orElse("-"));
    }
  }
}
