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
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The {@code deliveries} ledger: one row per provider send, unique by idempotency key, which is
 * what keeps a retried activity from sending twice. Marking the plan {@code executed} is one
 * statement; for the local outbox it also carries the delivery row, so on the due-time path a
 * plan costs a single round trip.
 */
public class DeliveryLedger {

  private static final String EXECUTED =
      """
      WITH moved AS (
        UPDATE execution_plans SET status = 'executed', executed_at = :now, updated_at = :now,
          attempts = :attempts, last_error = NULL
        WHERE id = :plan AND status NOT IN ('executed','failed','cancelled')
        RETURNING id, user_id),
      event AS (
        INSERT INTO plan_events (plan_id, status, note, occurred_at)
        SELECT id, 'executed', :note, :now FROM moved)
      """;

  private static final String ROW =
      """
      INSERT INTO deliveries (id, plan_id, user_id, channel, provider, idempotency_key, status,
                              recipient, content, provider_message_id, attempts, created_at,
                              updated_at)
      """;

  private static final String RECORD_OUTBOX =
      EXECUTED
          + """
          , delivery AS (
          """
          + ROW
          + """
            SELECT :id, id, user_id, :channel, :provider, :key, :status, :recipient,
                   jsonb_object(CAST(:content AS text[])), :messageId, :attempts, :now, :now
            FROM moved
            ON CONFLICT (idempotency_key) DO NOTHING)
          SELECT count(*) FROM moved
          """;

  private static final String MARK_EXECUTED = EXECUTED + " SELECT count(*) FROM moved";

  private final NamedParameterJdbcTemplate jdbc;
  private final PlanRecorder plans;
  private final Clock clock;

  public DeliveryLedger(NamedParameterJdbcTemplate jdbc, PlanRecorder plans, Clock clock) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.clock = clock;
  }

  /**
   * The outbox's whole delivery in one statement: the row and the plan's execution. When the plan
   * was already executed (a retried activity), returns the earlier receipt and records nothing.
   */
  DeliveryReceipt recordOutbox(Delivery delivery, SentMessage sent, int attempts) {
    UUID id = UUID.randomUUID();
    MapSqlParameterSource params =
        executedParams(delivery, attempts, "delivered via " + sent.provider())
            .addValue("id", id)
            .addValue("channel", delivery.channel().wire())
            .addValue("provider", sent.provider())
            .addValue("key", delivery.idempotencyKey())
            .addValue("status", sent.status())
            .addValue("recipient", sent.recipient())
            .addValue("content", flatten(sent.content()))
            .addValue("messageId", sent.providerMessageId());
    if (moved(RECORD_OUTBOX, params)) {
      return new DeliveryReceipt(id, sent.provider(), sent.providerMessageId(), false);
    }
    requireExecuted(delivery);
    return earlierReceipt(delivery.idempotencyKey());
  }

  /** The rows already written for this plan's channel, by idempotency key. */
  Map<String, LedgerEntry> entries(Delivery delivery) {
    return jdbc
        .query(
            "SELECT idempotency_key, status, provider, provider_message_id, created_at"
                + " FROM deliveries WHERE plan_id = :plan AND channel = :channel",
            new MapSqlParameterSource("plan", delivery.planId())
                .addValue("channel", delivery.channel().wire()),
            (rs, n) ->
                new LedgerEntry(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class).toInstant()))
        .stream()
        .collect(Collectors.toMap(LedgerEntry::key, Function.identity()));
  }

  /** Writes the row before the provider is called, so a crash after sending is never invisible. */
  void claim(Delivery delivery, String key, String provider, String recipient, int attempts) {
    jdbc.update(
        ROW
            + """
            SELECT :id, id, user_id, :channel, :provider, :key, 'sending', :recipient,
                   jsonb_object(CAST(:content AS text[])), NULL, :attempts, :now, :now
            FROM execution_plans WHERE id = :plan
            ON CONFLICT (idempotency_key) DO UPDATE SET status = 'sending',
              attempts = EXCLUDED.attempts, error = NULL, updated_at = EXCLUDED.updated_at
            """,
        new MapSqlParameterSource("id", UUID.randomUUID())
            .addValue("plan", delivery.planId())
            .addValue("channel", delivery.channel().wire())
            .addValue("provider", provider)
            .addValue("key", key)
            .addValue("recipient", recipient)
            .addValue("content", flatten(LocalOutbox.content(delivery)))
            .addValue("attempts", attempts)
            .addValue("now", now()));
  }

  /**
   * The provider accepted the message. Its content replaces the draft written at claim time: the
   * user sees what was really sent (e.g. a push titled "Reminder" with the reminder as its body).
   */
  void settle(String key, SentMessage sent) {
    jdbc.update(
        "UPDATE deliveries SET status = :status, provider_message_id = :messageId, error = NULL,"
            + " content = jsonb_object(CAST(:content AS text[])), updated_at = :now"
            + " WHERE idempotency_key = :key",
        new MapSqlParameterSource("key", key)
            .addValue("status", sent.status())
            .addValue("messageId", sent.providerMessageId())
            .addValue("content", flatten(sent.content()))
            .addValue("now", now()));
  }

  /** The provider refused it; {@code gone} rows are never retried, {@code failed} ones may be. */
  void fail(String key, boolean gone, String error) {
    jdbc.update(
        "UPDATE deliveries SET status = :status, error = :error, updated_at = :now"
            + " WHERE idempotency_key = :key",
        new MapSqlParameterSource("key", key)
            .addValue("status", gone ? LedgerEntry.GONE : LedgerEntry.FAILED)
            .addValue("error", error)
            .addValue("now", now()));
  }

  /** Keeps the row {@code sending} (outcome unknown) and notes why the attempt ended. */
  void noteInDoubt(String key, String error) {
    jdbc.update(
        "UPDATE deliveries SET error = :error, updated_at = :now WHERE idempotency_key = :key",
        new MapSqlParameterSource("key", key).addValue("error", error).addValue("now", now()));
  }

  /** Marks the plan executed once its deliveries are handed over; harmless when already done. */
  void markExecuted(Delivery delivery, int attempts, String note) {
    if (!moved(MARK_EXECUTED, executedParams(delivery, attempts, note))) {
      requireExecuted(delivery);
    }
  }

  DeliveryReceipt earlierReceipt(String key) {
    List<DeliveryReceipt> receipts =
        jdbc.query(
            "SELECT id, provider, provider_message_id FROM deliveries WHERE idempotency_key = :key",
            new MapSqlParameterSource("key", key),
            (rs, n) ->
                new DeliveryReceipt(
                    rs.getObject("id", UUID.class),
                    rs.getString("provider"),
                    rs.getString("provider_message_id"),
                    true));
    return receipts.stream().findFirst().orElse(new DeliveryReceipt(null, null, null, true));
  }

  private void requireExecuted(Delivery delivery) {
    PlanStatus status = plans.currentStatus(delivery.planId());
    if (status != PlanStatus.EXECUTED) {
      throw ApplicationFailure.newNonRetryableFailure(
          "plan " + delivery.planId() + " is " + status.wire() + "; nothing was delivered",
          FailureType.DELIVERY_REJECTED.name());
    }
  }

  private boolean moved(String sql, MapSqlParameterSource params) {
    Long moved = jdbc.queryForObject(sql, params, Long.class);
    return moved != null && moved == 1;
  }

  private MapSqlParameterSource executedParams(Delivery delivery, int attempts, String note) {
    return new MapSqlParameterSource()
        .addValue("plan", delivery.planId())
        .addValue("now", now())
        .addValue("attempts", attempts)
        .addValue("note", note);
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private static String[] flatten(Map<String, String> content) {
    return content.entrySet().stream()
        .flatMap(e -> Stream.of(e.getKey(), e.getValue()))
        .toArray(String[]::new);
  }
}
