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
    return jdbc.sql("SELECT default_country_code, timezone, latitude, longitude FROM user_settings WHERE user_id = :user")
        .param("user", userId)
        .query((rs, n) -> {
          double lat = rs.getDouble(3);
          UserSettings.Location at = rs.wasNull() ? null : new UserSettings.Location(lat, rs.getDouble(4));
          return new UserSettings(rs.getString(1), rs.getString(2), at);
        })
        .optional()
        .orElse(UserSettings.NONE);
  }

  /** Replaces the user's settings; null fields are cleared. */
  void save(String userId, UserSettings s) {
    jdbc.sql(
            """
            INSERT INTO user_settings (user_id, default_country_code, timezone, latitude, longitude, updated_at)
            VALUES (:user, :code, :zone, :lat, :lon, :now)
            ON CONFLICT (user_id) DO UPDATE SET
              default_country_code = EXCLUDED.default_country_code, timezone = EXCLUDED.timezone,
              latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, updated_at = EXCLUDED.updated_at
            """)
        .param("user", userId)
        .param("code", s.defaultCountryCode())
        .param("zone", s.timezone())
        .param("lat", s.location() == null ? null : s.location().latitude())
        .param("lon", s.location() == null ? null : s.location().longitude())
        .param("now", clock.instant().atOffset(ZoneOffset.UTC))
        .update();
  }
}
