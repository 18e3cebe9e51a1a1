package com.romna.bench.due;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Baseline (d): db-scheduler, the common PostgreSQL-backed Java scheduler, on the service's own
 * PostgreSQL: N one-time tasks due in the same second, with its default settings except the polling
 * interval. Each task only notes when it ran (its own bookkeeping still writes the row).
 */
final class DbSchedulerBurst {

  private static final String TABLE = "bench_scheduled_tasks";

  private DbSchedulerBurst() {}

  /**
   * Runs a warm-up burst, then the measured one, on one scheduler.
   *
   * @param polling null for db-scheduler's default (10 s)
   */
  static Burst run(DataSource db, Duration polling, int warmUp, int plans, int clients) throws Exception {
    createTable(db);
    Map<String, Long> ranAt = new ConcurrentHashMap<>();
    OneTimeTask<Void> task = Tasks.oneTime("bench-burst")
        .execute((instance, context) -> ranAt.putIfAbsent(instance.getId(), System.currentTimeMillis()));
    var builder = Scheduler.create(db, task).tableName(TABLE);
    if (polling != null) {
      builder.pollingInterval(polling);
    }
    Scheduler scheduler = builder.build();
    scheduler.start();
    try {
      burst(scheduler, task, ranAt, "warm-", warmUp, clients);
      return burst(scheduler, task, ranAt, "t-", plans, clients);
    } finally {
      scheduler.stop();
      dropTable(db);
    }
  }

  private static Burst burst(Scheduler scheduler, OneTimeTask<Void> task, Map<String, Long> ranAt, String prefix,
      int plans, int clients) throws Exception {
    Instant due = Burst.dueIn(Duration.ofSeconds(10 + plans / 500));
    return Burst.run("db-scheduler tasks", plans, clients, due,
        i -> scheduler.schedule(task.instance(prefix + i), due), () -> ran(ranAt, prefix).size(),
        () -> ran(ranAt, prefix));
  }

  private static List<Long> ran(Map<String, Long> ranAt, String prefix) {
    return ranAt.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).toList();
  }

  /** db-scheduler's own PostgreSQL schema (its documentation's postgresql_tables.sql). */
  private static void createTable(DataSource db) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + TABLE);
      s.execute("CREATE TABLE " + TABLE + " (task_name text NOT NULL, task_instance text NOT NULL,"
          + " task_data bytea, execution_time timestamptz NOT NULL, picked boolean NOT NULL, picked_by text,"
          + " last_success timestamptz, last_failure timestamptz, consecutive_failures int,"
          + " last_heartbeat timestamptz, version bigint NOT NULL, priority smallint,"
          + " PRIMARY KEY (task_name, task_instance))");
      s.execute("CREATE INDEX " + TABLE + "_execution_time ON " + TABLE + " (execution_time)");
      s.execute("CREATE INDEX " + TABLE + "_last_heartbeat ON " + TABLE + " (last_heartbeat)");
      s.execute("CREATE INDEX " + TABLE + "_priority ON " + TABLE + " (priority DESC, execution_time ASC)");
    }
  }

  private static void dropTable(DataSource db) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + TABLE);
    }
  }
}
