package com.romna.activities;

import com.romna.workflows.IntentType;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * How punctual a burst is (DESIGN §8): N reminders fall due in the same second, on Temporal's Java
 * test server in-process on wall-clock time, with the real workflow, activities and PostgreSQL
 * (local outbox). Prints the drain rate and each plan's lateness, from the plans' own {@code
 * executed_at - scheduled_for}. A measurement, not a test:
 * {@code mvn -q -pl activities -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.romna.activities.DueBurstBenchmark -Dexec.args=2000}
 */
public final class DueBurstBenchmark {

  private DueBurstBenchmark() {}

  public static void main(String[] args) throws Exception {
    int plans = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    String user = "burst-" + UUID.randomUUID();
    try (DeliveryHarness harness = DeliveryHarness.onWallClock()) {
      // Leave time to start every workflow before the common due second.
      Instant due = Instant.now().plusSeconds(15 + plans / 200).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
      long startBegan = System.nanoTime();
      for (int i = 0; i < plans; i++) {
        UUID planId = TestDatabase.insertPlan(user, "reminder", "{\"title\":\"burst\"}", due);
        harness.start(DeliveryHarness.input(planId, user, IntentType.REMINDER, due));
      }
      double startSeconds = (System.nanoTime() - startBegan) / 1e9;
      System.out.printf(Locale.ROOT, "started %d plans in %.1f s (%.0f/s), all due at %s%n",
          plans, startSeconds, plans / startSeconds, due);

      List<Double> lateness = awaitAll(user, plans, due);
      lateness.sort(Double::compare);
      double last = lateness.get(lateness.size() - 1);
      System.out.printf(Locale.ROOT,
          "%d plans executed; drained at %.0f plans/s; lateness p50 %.2f s, p90 %.2f s, p99 %.2f s, max %.2f s%n",
          lateness.size(), lateness.size() / Math.max(last, 0.001),
          at(lateness, 0.50), at(lateness, 0.90), at(lateness, 0.99), last);
    }
  }

  private static List<Double> awaitAll(String user, int plans, Instant due) throws InterruptedException {
    Instant giveUp = due.plus(Duration.ofMinutes(10));
    while (Instant.now().isBefore(giveUp)) {
      List<Double> lateness =
          TestDatabase.jdbc()
              .query(
                  "SELECT executed_at, scheduled_for FROM execution_plans"
                      + " WHERE user_id = :user AND status = 'executed'",
                  new MapSqlParameterSource("user", user),
                  (rs, n) -> Duration.between(
                          rs.getObject("scheduled_for", OffsetDateTime.class).toInstant(),
                          rs.getObject("executed_at", OffsetDateTime.class).toInstant())
                      .toMillis() / 1000.0);
      if (lateness.size() == plans) {
        return new ArrayList<>(lateness);
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("not all plans executed within 10 minutes of their time");
  }

  private static double at(List<Double> sorted, double quantile) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
  }
}
