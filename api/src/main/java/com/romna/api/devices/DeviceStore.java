package com.romna.api.devices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code devices} table: one row per token, owned by the user who registered it last. */
@Repository
class DeviceStore {

  /** The device as stored, and whether it is new to this user. */
  record Registration(Device device, boolean created) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  DeviceStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Upserts in one statement. A token names one install, so when another user registers it (the
   * phone changed hands, or accounts were switched) it moves to them and counts as new there.
   */
  Registration register(String userId, String token, String platform) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    return jdbc.sql(
            """
            WITH previous AS (SELECT user_id FROM devices WHERE token = :token)
            INSERT INTO devices AS d (token, user_id, platform, created_at, updated_at)
            VALUES (:token, :user, :platform, :now, :now)
            ON CONFLICT (token) DO UPDATE SET
              user_id = EXCLUDED.user_id,
              platform = COALESCE(EXCLUDED.platform, d.platform),
              created_at = CASE WHEN d.user_id = EXCLUDED.user_id THEN d.created_at
                                ELSE EXCLUDED.created_at END,
              updated_at = EXCLUDED.updated_at
            RETURNING token, user_id, platform, created_at, updated_at,
              (SELECT user_id FROM previous) IS DISTINCT FROM :user AS created
            """)
        .param("token", token)
        .param("user", userId)
        .param("platform", platform)
        .param("now", now)
        .query((rs, n) -> new Registration(device(rs), rs.getBoolean("created")))
        .single();
  }

  List<Device> list(String userId) {
    return jdbc.sql(
            "SELECT token, user_id, platform, created_at, updated_at FROM devices"
                + " WHERE user_id = :user ORDER BY created_at, token")
        .param("user", userId)
        .query((rs, n) -> device(rs))
        .list();
  }

  /** False when the user has no such device (unknown, or another user's). */
  boolean remove(String userId, String token) {
    return jdbc.sql("DELETE FROM devices WHERE token = :token AND user_id = :user")
            .param("token", token)
            .param("user", userId)
            .update()
        == 1;
  }

  private static Device device(ResultSet rs) throws SQLException {
    return new Device(
        rs.getString("token"),
        rs.getString("user_id"),
        rs.getString("platform"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
