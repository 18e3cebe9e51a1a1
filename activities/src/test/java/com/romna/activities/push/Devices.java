package com.romna.activities.push;

import com.romna.activities.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The {@code devices} and {@code deliveries} rows push tests set up and look at. */
final class Devices {

  private Devices() {}

  /** A token unique to the test, so tests sharing the database never see each other's devices. */
  static String newToken(String name) {
    return name + "-" + UUID.randomUUID().toString().replace("-", "") + ":APA91b";
  }

  static void register(String userId, String token, Instant at) {
    TestDatabase.jdbc()
        .update(
            "INSERT INTO devices (token, user_id, platform, created_at, updated_at)"
                + " VALUES (:token, :user, 'android', :at, :at)",
            new MapSqlParameterSource("token", token)
                .addValue("user", userId)
                .addValue("at", at.atOffset(ZoneOffset.UTC)));
  }

  static List<String> of(String userId) {
    return TestDatabase.jdbc()
        .queryForList(
            "SELECT token FROM devices WHERE user_id = :user ORDER BY created_at",
            new MapSqlParameterSource("user", userId),
            String.class);
  }

  /** Ledger rows of a plan: recipient → status, attempts, provider message id. */
  static Map<String, Map<String, Object>> deliveries(UUID planId) {
    return TestDatabase.jdbc()
        .query(
            "SELECT recipient, status, attempts, provider_message_id, error FROM deliveries"
                + " WHERE plan_id = :plan",
            new MapSqlParameterSource("plan", planId),
            rs -> {
              Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
              while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                row.put("status", rs.getString("status"));
                row.put("attempts", rs.getInt("attempts"));
                row.put("messageId", rs.getString("provider_message_id"));
                row.put("error", rs.getString("error"));
                rows.put(rs.getString("recipient"), row);
              }
              return rows;
            });
  }

  /**
   * A ledger row left {@code sending}, as after a crash between FCM's answer and the ledger
   * write. Its key is the delivery service's per-device key: plan, channel, token hash.
   */
  static void claimInDoubt(UUID planId, String userId, String channel, String token) {
    String key = "plan/" + planId + "/" + channel + "/" + shortHash(token);
    Instant now = Instant.now();
    TestDatabase.jdbc()
        .update(
            "INSERT INTO deliveries (id, plan_id, user_id, channel, provider, idempotency_key,"
                + " status, recipient, attempts, created_at, updated_at) VALUES (:id, :plan, :user,"
                + " :channel, 'fcm', :key, 'sending', :token, 1, :now, :now)",
            new MapSqlParameterSource("id", UUID.randomUUID())
                .addValue("plan", planId)
                .addValue("user", userId)
                .addValue("channel", channel)
                .addValue("key", key)
                .addValue("token", token)
                .addValue("now", now.atOffset(ZoneOffset.UTC)));
  }

  private static String shortHash(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static int planAttempts(UUID planId) {
    return TestDatabase.jdbc()
        .queryForObject(
            "SELECT attempts FROM execution_plans WHERE id = :id",
            new MapSqlParameterSource("id", planId),
            Integer.class);
  }
}
