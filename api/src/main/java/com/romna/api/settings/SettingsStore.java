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
    return jdbc.sql("SELECT default_country_code FROM user_settings WHERE user_id = :user")
        .param("user", userId)
        .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
        .optional()
        .flatMap(code -> code);
  }

  /** {@code code} null clears it. */
  void setDefaultCountryCode(String userId, String code) {
    jdbc.sql(
            """
            INSERT INTO user_settings (user_id, default_country_code, updated_at) VALUES (:user, :code, :now)
            ON CONFLICT (user_id) DO UPDATE SET
              default_country_code = EXCLUDED.default_country_code, updated_at = EXCLUDED.updated_at
            """)
        .param("user", userId)
        .param("code", code)
        .param("now", clock.instant().atOffset(ZoneOffset.UTC))
        .update();
  }
}
