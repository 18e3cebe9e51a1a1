package com.romna.api.devices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code devices} table: one row per token, owned by the user who registered it first. */
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
   * Inserts or refreshes in one statement. A token names one install and is as good as a
   * credential for it: registered by another user, it stays theirs (empty answer) until they
   * remove it, so nobody can redirect someone else's reminders by knowing their token.
   */
  Optional<Registration> register(String userId, String token, String platform) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    return jdbc.sql(
            """
            INSERT INTO devices AS d (token, user_id, platform, created_at, updated_at)
            VALUES (:token, :user, :platform, :now, :now)
            ON CONFLICT (token) DO UPDATE SET
              platform = COALESCE(EXCLUDED.platform, d.platform),
              updated_at = EXCLUDED.updated_at
            WHERE d.user_id = EXCLUDED.user_id
            RETURNING token, user_id, platform, created_at, updated_at, (xmax = 0) AS created
            """)
        .param("token", token)
        .param("user", userId)
        .param("platform", platform)
        .param("now", now)
        .query((rs, n) -> new Registration(device(rs), rs.getBoolean("created")))
        .optional();
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
