package com.romna.activities.whatsapp;

import com.romna.activities.TestDatabase;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** WhatsApp plans and their {@code deliveries} rows, written and read as the engine does. */
final class WhatsAppRows {

  static final String TO = "+966501234567";

  private WhatsAppRows() {}

  static UUID plan(String userId, String message) {
    return TestDatabase.insertPlan(
        userId,
        "whatsapp",
        "{\"to\":\"" + TO + "\",\"message\":\"" + message + "\"}",
        Instant.now());
  }

  /** A plan already delivered through Twilio: plan {@code executed}, row with Twilio's sid. */
  static UUID executedWithMessage(String userId, String sid, String deliveryStatus) {
    UUID planId = plan(userId, "running late");
    TestDatabase.jdbc()
        .update(
            "UPDATE execution_plans SET status = 'executed', executed_at = now() WHERE id = :id",
            new MapSqlParameterSource("id", planId));
    delivery(planId, userId, deliveryStatus, sid, Instant.now());
    return planId;
  }

  /** A ledger row as DeliveryService writes it ({@code sending} = claimed, outcome unknown). */
  static void delivery(UUID planId, String userId, String status, String sid, Instant createdAt) {
    TestDatabase.jdbc()
        .update(
            """
            INSERT INTO deliveries (id, plan_id, user_id, channel, provider, idempotency_key, status,
              recipient, provider_message_id, attempts, created_at, updated_at)
            VALUES (:id, :plan, :user, 'whatsapp', 'twilio', :key, :status, :recipient, :sid, 1,
              :created, :created)
            """,
            new MapSqlParameterSource("id", UUID.randomUUID())
                .addValue("plan", planId)
                .addValue("user", userId)
                .addValue("key", "plan/" + planId + "/whatsapp")
                .addValue("status", status)
                .addValue("recipient", "whatsapp:" + TO)
                .addValue("sid", sid)
                .addValue("created", createdAt.atOffset(ZoneOffset.UTC)));
  }

  /** The plan's single WhatsApp row: status, provider_message_id, error, attempts. */
  static Map<String, Object> delivery(UUID planId) {
    return TestDatabase.jdbc()
        .queryForMap(
            "SELECT status, provider, provider_message_id, error, attempts, recipient"
                + " FROM deliveries WHERE plan_id = :id",
            new MapSqlParameterSource("id", planId));
  }

  static List<String> events(UUID planId) {
    return TestDatabase.jdbc()
        .queryForList(
            "SELECT status || ': ' || coalesce(note, '') FROM plan_events WHERE plan_id = :id ORDER BY id",
            new MapSqlParameterSource("id", planId),
            String.class);
  }
}
