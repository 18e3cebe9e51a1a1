package com.romna.api.settings;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code user_settings} table: one row per user who has set something. */
@Repository
class SettingsStore {

  private final JdbcClient jdbc;
  private final Clock clock;

  SettingsStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<String> defaultCountryCode(String userId) {
    return Optional.ofNullable(of(userId).defaultCountryCode());
  }

  UserSettings of(String userId) {
    return jdbc.sql("SELECT default_country_code, timezone, latitude, longitude, approval_reminder_seconds"
            + " FROM user_settings WHERE user_id = :user")
        .param("user", userId)
        .query((rs, n) -> {
          double lat = rs.getDouble(3);
          UserSettings.Location at = rs.wasNull() ? null : new UserSettings.Location(lat, rs.getDouble(4));
          return new UserSettings(rs.getString(1), rs.getString(2), at,
              ApprovalReminder.wire(rs.getObject(5, Integer.class)));
        })
        .optional()
        .orElse(UserSettings.NONE);
  }

  /**
   * Replaces the user's settings; null fields are cleared.
   *
   * @param reminder the approval reminder as {@link ApprovalReminder#parse} left it: null for the default
   */
  void save(String userId, UserSettings s, String reminder) {
    jdbc.sql(
            """
            INSERT INTO user_settings (user_id, default_country_code, timezone, latitude, longitude,
              approval_reminder_seconds, updated_at)
            VALUES (:user, :code, :zone, :lat, :lon, :reminder, :now)
            ON CONFLICT (user_id) DO UPDATE SET
              default_country_code = EXCLUDED.default_country_code, timezone = EXCLUDED.timezone,
              latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
              approval_reminder_seconds = EXCLUDED.approval_reminder_seconds, updated_at = EXCLUDED.updated_at
            """)
        .param("user", userId)
        .param("code", s.defaultCountryCode())
        .param("zone", s.timezone())
        .param("lat", s.location() == null ? null : s.location().latitude())
        .param("lon", s.location() == null ? null : s.location().longitude())
        .param("reminder", ApprovalReminder.seconds(reminder))
        .param("now", clock.instant().atOffset(ZoneOffset.UTC))
        .update();
  }
}
