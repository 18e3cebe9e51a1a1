package com.romna.workflows.series;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * A series' occurrences, by lib-recur (RFC 5545), in the user's zone: "every day at 8" stays at 08:00
 * local across a DST change. The series starts at its first occurrence (DTSTART), so COUNT and UNTIL
 * count from there. Pure computation; workflow code calls it inside {@code Workflow.sideEffect}, so a
 * later time-zone database cannot change what a replay sees.
 */
public final class Occurrences {

  private Occurrences() {}

  /**
   * @throws IllegalArgumentException when the rule is not valid RFC 5545, or repeats more often than
   *     hourly (a reminder every few minutes is not something to run unattended)
   */
  public static void check(String rule) {
    Freq freq = parse(rule).getFreq();
    if (freq == Freq.MINUTELY || freq == Freq.SECONDLY) {
      throw new IllegalArgumentException("repeats more often than every hour");
    }
  }

  /** The first occurrence strictly after {@code after}; empty once the series has ended. */
  public static Optional<Instant> after(String rule, String zone, Instant start, Instant after) {
    RecurrenceRuleIterator it = iterator(rule, zone, start);
    it.fastForward(after.toEpochMilli()); // to the second: what is left over is stepped past below
    while (it.hasNext()) {
      long next = it.nextMillis();
      if (next > after.toEpochMilli()) {
        return Optional.of(Instant.ofEpochMilli(next));
      }
    }
    return Optional.empty();
  }

  /** Up to {@code count} occurrences from {@code from} on (inclusive), e.g. for a calendar. */
  public static List<Instant> from(String rule, String zone, Instant start, Instant from, int count) {
    RecurrenceRuleIterator it = iterator(rule, zone, start);
    it.fastForward(from.toEpochMilli());
    List<Instant> out = new ArrayList<>();
    while (it.hasNext() && out.size() < count) {
      out.add(Instant.ofEpochMilli(it.nextMillis()));
    }
    return out;
  }

  private static RecurrenceRuleIterator iterator(String rule, String zone, Instant start) {
    return parse(rule).iterator(new DateTime(TimeZone.getTimeZone(zone), start.toEpochMilli()));
  }

  private static RecurrenceRule parse(String rule) {
    try {
      return new RecurrenceRule(rule);
    } catch (InvalidRecurrenceRuleException | RuntimeException e) {
      throw new IllegalArgumentException("not a valid RFC 5545 rule: " + e.getMessage());
    }
  }
}
