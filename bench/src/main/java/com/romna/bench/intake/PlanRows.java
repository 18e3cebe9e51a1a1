package com.romna.bench.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Baseline (a), the ceiling of intake: the rows decide writes for a reminder (the plan, its first
 * event and its task, in one transaction, as the API's plan store does), by plain JDBC.
 */
final class PlanRows {

  static final String USER_PREFIX = "bench-jdbc-";

  private static final String PLAN = """
      INSERT INTO execution_plans (id, user_id, source, intent_type, scheduled_for, timezone,
        requires_approval, status, payload, transcript, locale, workflow_id, idempotency_key,
        approval_expires_at, created_at, updated_at)
      VALUES (?, ?, 'voice', 'reminder', ?, 'Asia/Riyadh', false, 'pending', CAST(? AS jsonb), ?, 'en', ?,
        NULL, NULL, ?, ?)""";
  private static final String EVENT = "INSERT INTO plan_events (plan_id, status, note, occurred_at)"
      + " VALUES (?, 'pending', 'created from a voice transcript', ?)";
  private static final String TASK = "INSERT INTO tasks (id, user_id, plan_id, title, due_at, created_at)"
      + " VALUES (?, ?, ?, 'call mom', ?, ?)";

  private final DataSource dataSource;

  PlanRows(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void insert(int i) throws SQLException {
    UUID plan = UUID.randomUUID();
    String user = USER_PREFIX + i;
    Timestamp now = Timestamp.from(Instant.now());
    Timestamp due = Timestamp.from(Instant.now().plusSeconds(86_400));
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement p = c.prepareStatement(PLAN);
          PreparedStatement e = c.prepareStatement(EVENT);
          PreparedStatement t = c.prepareStatement(TASK)) {
        p.setObject(1, plan);
        p.setString(2, user);
        p.setTimestamp(3, due);
        p.setString(4, "{\"title\":\"call mom\"}");
        p.setString(5, "remind me tomorrow at 9 to call mom");
        p.setString(6, "plan-" + plan);
        p.setTimestamp(7, now);
        p.setTimestamp(8, now);
        p.executeUpdate();
        e.setObject(1, plan);
        e.setTimestamp(2, now);
        e.executeUpdate();
        t.setObject(1, UUID.randomUUID());
        t.setString(2, user);
        t.setObject(3, plan);
        t.setTimestamp(4, due);
        t.setTimestamp(5, now);
        t.executeUpdate();
        c.commit();
      } catch (SQLException ex) {
        c.rollback();
        throw ex;
      }
    }
  }

  /** The baseline's rows are not plans anybody made: they go when it is measured. */
  void deleteAll() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement d = c.prepareStatement("DELETE FROM execution_plans WHERE user_id LIKE ?")) {
      d.setString(1, USER_PREFIX + "%");
      d.executeUpdate();
    }
  }
}
