package com.romna.understanding.eval;

import com.romna.understanding.Durations;
import com.romna.understanding.TimeExpressions;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Prints what the time and duration readers make of each argument, against Duckling's test clock
 * (Tuesday 2013-02-12 04:30 at -02:00): a quick way to look at one sentence while working on rules.
 */
public final class Explain {
  static final ZonedDateTime DUCKLING_NOW = OffsetDateTime.parse("2013-02-12T04:30:00-02:00").toZonedDateTime();

  private Explain() {}

  public static void main(String[] args) {
    for (String text : args) {
      String lang = text.chars().anyMatch(ch -> ch >= 0x0600 && ch <= 0x06FF) ? "ar" : "en";
      System.out.printf("%-45s time=%s duration=%s%n", text,
          TimeExpressions.parse(text, lang, DUCKLING_NOW).map(v -> v.instant().toLocalDateTime() + " "
              + v.grain().wire() + (v.interval() ? " interval" : "")).orElse("-"),
          Durations.parse(text, lang).map(d -> d.seconds() + "s").orElse("-"));
    }
  }
}
