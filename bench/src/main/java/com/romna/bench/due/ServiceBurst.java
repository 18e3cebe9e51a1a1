package com.romna.bench.due;

import com.romna.bench.Transcripts;
import com.romna.bench.service.ServiceApi;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * ROMNA's burst: N reminders submitted ahead of time through {@code POST /api/voice/decide}, each
 * saying the same clock second; lateness is when the delivery was recorded minus the plan's
 * {@code scheduled_for}, both read from the service's own rows.
 */
final class ServiceBurst {

  private static final String DELIVERIES = """
      FROM deliveries d JOIN execution_plans p ON p.id = d.plan_id
      WHERE p.user_id LIKE ? AND p.scheduled_for = ?""";

  private final ServiceApi api;
  private final DataSource db;
  private final int clients;

  ServiceBurst(ServiceApi api, DataSource db, int clients) {
    this.api = api;
    this.db = db;
    this.clients = clients;
  }

  /** Submits {@code plans} reminders due {@code lead} from now and waits for their deliveries. */
  Burst run(int plans, Duration lead) throws Exception {
    Instant due = Burst.dueIn(lead);
    String users = "due-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    return Burst.run("reminders", plans, clients, due, i -> {
      ServiceApi.Decided decided = api.decide(users + i, Transcripts.dueAt(i, due), Transcripts.ZONE);
      if (!decided.scheduledFor().equals(due)) {
        throw new IllegalStateException("'" + Transcripts.dueAt(i, due) + "' was scheduled for "
            + decided.scheduledFor() + ", not " + due);
      }
    }, () -> query("SELECT count(*) ", users, due).get(0).intValue(),
        () -> query("SELECT (EXTRACT(EPOCH FROM d.created_at) * 1000)::bigint ", users, due));
  }

  private List<Long> query(String select, String users, Instant due) {
    try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(select + DELIVERIES)) {
      q.setString(1, users + "%");
      q.setObject(2, due.atOffset(java.time.ZoneOffset.UTC));
      List<Long> at = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          at.add(rs.getLong(1));
        }
      }
      return at;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the deliveries", e);
    }
  }
}
