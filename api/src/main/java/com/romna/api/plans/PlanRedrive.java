package com.romna.api.plans;

import com.romna.api.ApiRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nothing lost: a plan whose workflow is missing (an in-memory Temporal restarted) or closed
 * without recording an outcome (terminated in the Web UI) is started again from its row. At
 * start-up every unfinished plan is checked; then, every minute, those that should have moved on
 * by now. A running workflow is left alone, so this is harmless against a durable Temporal; a plan
 * that fell due while the service was down fires at once. One instance at a time: the pass holds
 * a PostgreSQL advisory lock, and a replica that cannot take it skips its turn.
 */
@ApiRole
@Component
class PlanRedrive {

  /** What one pass did. */
  record Pass(int running, int started, int restarted, int unknown) {}

  private static final Logger log = LoggerFactory.getLogger(PlanRedrive.class);
  private static final int PAGE = 500;
  // "ROMNA re-drive": the key every instance's pass locks on.
  static final long LOCK = 0x524f4d4e41_01L;
  // A due plan is executed within seconds; give a burst of them time before calling one stuck.
  private static final Duration GRACE = Duration.ofMinutes(1);

  private final JdbcTemplate jdbc;
  private final PlanStore store;
  private final PlanEngine engine;
  private final Clock clock;

  PlanRedrive(JdbcTemplate jdbc, PlanStore store, PlanEngine engine, Clock clock) {
    this.jdbc = jdbc;
    this.store = store;
    this.engine = engine;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    unlessStoreAway(() -> redrive(store::unfinished));
  }

  @Scheduled(initialDelayString = "${romna.plans.redrive-every:60s}", fixedDelayString = "${romna.plans.redrive-every:60s}")
  void everyMinute() {
    Instant cutoff = clock.instant().minus(GRACE);
    unlessStoreAway(() -> redrive((after, limit) -> store.overdue(cutoff, after, limit)));
  }

  // PostgreSQL away is not an error of the re-drive: the next turn catches up, so one line will do.
  private static void unlessStoreAway(Runnable pass) {
    try {
      pass.run();
    } catch (DataAccessResourceFailureException | TransientDataAccessException e) {
      log.warn("re-drive skipped this turn: the plan store did not answer ({})", e.getClass().getSimpleName());
    }
  }

  /** One pass over the plans {@code pages} yields, unless another instance is on its own. */
  Pass redrive(PageOfPlans pages) {
    return jdbc.execute((ConnectionCallback<Pass>) connection -> {
      try (var lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
        lock.setLong(1, LOCK);
        try (var rs = lock.executeQuery()) {
          if (!rs.next() || !rs.getBoolean(1)) {
            log.debug("another instance is re-driving plans; skipping this turn");
            return null;
          }
        }
      }
      try {
        return pass(pages);
      } finally {
        try (var unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
          unlock.setLong(1, LOCK);
          unlock.execute();
        }
      }
    });
  }

  private Pass pass(PageOfPlans pages) {
    int[] counts = new int[4];
    UUID after = new UUID(0, 0); // the smallest uuid in PostgreSQL's (unsigned) order
    List<Plan> page;
    do {
      page = pages.after(after, PAGE);
      for (Plan plan : page) {
        counts[examine(plan)]++;
        after = plan.id();
      }
    } while (page.size() == PAGE);
    Pass pass = new Pass(counts[0], counts[1], counts[2], counts[3]);
    if (pass.started() + pass.restarted() + pass.unknown() > 0) {
      log.info("re-drive: {} workflow(s) missing and started, {} closed without an outcome and started"
              + " again, {} running, {} not checked (Temporal did not answer)",
          pass.started(), pass.restarted(), pass.running(), pass.unknown());
    }
    return pass;
  }

  /** @return 0 running, 1 started, 2 restarted, 3 unknown */
  private int examine(Plan plan) {
    try {
      switch (engine.presence(plan.id())) {
        case RUNNING:
          return 0;
        case UNKNOWN:
          return 3;
        case MISSING:
          engine.start(plan, false);
          return 1;
        default:
          // Closed: only if the row still says unfinished (it may have finished meanwhile).
          Plan now = store.find(plan.id(), plan.userId()).orElse(null);
          if (now == null || now.status().isTerminal()) {
            return 0;
          }
          log.warn("plan {} is {} but its workflow closed without recording an outcome; starting it again",
              plan.id(), now.status().wire());
          engine.start(now, true);
          return 2;
      }
    } catch (RuntimeException e) {
      log.warn("re-drive could not start plan {}: {}", plan.id(), e.toString());
      return 3;
    }
  }

  /** A page of plans after an id. */
  @FunctionalInterface
  interface PageOfPlans {
    List<Plan> after(UUID after, int limit);
  }
}
