package com.romna.activities.delivery;

import com.romna.activities.plan.PlanRecorder;
import com.romna.workflows.FailureType;
import com.romna.workflows.PlanStatus;
import com.romna.workflows.delivery.Delivery;
import com.romna.workflows.delivery.DeliveryReceipt;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The {@code deliveries} ledger. Recording a delivery and marking its plan {@code executed} is a
 * single statement: on the due-time path, where thousands of plans can fire in the same second,
 * each plan costs one round trip.
 */
public class DeliveryLedger {

  private static final String RECORD =
      """
      WITH moved AS (
        UPDATE execution_plans SET status = 'executed', executed_at = :now, updated_at = :now,
          attempts = :attempts, last_error = NULL
        WHERE id = :plan AND status NOT IN ('executed','failed','cancelled')
        RETURNING id, user_id),
      event AS (
        INSERT INTO plan_events (plan_id, status, note, occurred_at)
        SELECT id, 'executed', :note, :now FROM moved),
      delivery AS (
        INSERT INTO deliveries (id, plan_id, user_id, channel, provider, idempotency_key, status,
                                recipient, content, provider_message_id, attempts, created_at,
                                updated_at)
        SELECT :id, id, user_id, :channel, :provider, :key, :status, :recipient,
               jsonb_object(CAST(:content AS text[])), :messageId, :attempts, :now, :now
        FROM moved
        ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING id)
      SELECT count(*) FROM moved
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final PlanRecorder plans;
  private final Clock clock;

  public DeliveryLedger(NamedParameterJdbcTemplate jdbc, PlanRecorder plans, Clock clock) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.clock = clock;
  }

  /**
   * Records the sent message and the plan's execution together. When the plan was already
   * executed (a retried activity), returns the earlier receipt instead and records nothing.
   */
  public DeliveryReceipt recordExecuted(Delivery delivery, SentMessage sent, int attempts) {
    UUID id = UUID.randomUUID();
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("plan", delivery.planId())
            .addValue("now", now)
            .addValue("attempts", attempts)
            .addValue("note", "delivered via " + sent.provider())
            .addValue("id", id)
            .addValue("channel", delivery.channel().wire())
            .addValue("provider", sent.provider())
            .addValue("key", delivery.idempotencyKey())
            .addValue("status", sent.status())
            .addValue("recipient", sent.recipient())
            .addValue("content", flatten(sent.content()))
            .addValue("messageId", sent.providerMessageId());
    Long moved = jdbc.queryForObject(RECORD, params, Long.class);
    if (moved != null && moved == 1) {
      return new DeliveryReceipt(id, sent.provider(), sent.providerMessageId(), false);
    }
    return earlier(delivery);
  }

  private DeliveryReceipt earlier(Delivery delivery) {
    PlanStatus status = plans.currentStatus(delivery.planId());
    if (status != PlanStatus.EXECUTED) {
      throw ApplicationFailure.newNonRetryableFailure(
          "plan " + delivery.planId() + " is " + status.wire() + "; nothing was delivered",
          FailureType.DELIVERY_REJECTED.name());
    }
    List<DeliveryReceipt> receipts =
        jdbc.query(
            "SELECT id, provider, provider_message_id FROM deliveries WHERE idempotency_key = :key",
            new MapSqlParameterSource("key", delivery.idempotencyKey()),
            (rs, n) ->
                new DeliveryReceipt(
                    rs.getObject("id", UUID.class),
                    rs.getString("provider"),
                    rs.getString("provider_message_id"),
                    true));
    return receipts.stream().findFirst().orElse(new DeliveryReceipt(null, null, null, true));
  }

  private static String[] flatten(Map<String, String> content) {
    return content.entrySet().stream()
        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
        .toArray(String[]::new);
  }
}
