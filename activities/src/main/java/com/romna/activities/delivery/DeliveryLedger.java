package com.romna.activities.delivery;

import com.romna.activities.plan.PlanRecorder;
import com.romna.workflows.FailureType;
import com.romna.workflows.PlanStatus;
import com.romna.workflows.delivery.DeliveryReceipt;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
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
 * what keeps a retried activity from sending twice. A claim takes a share lock on the plan row and
 * is refused once the plan's cancel fence is up ({@link CancelFence}). Marking the plan {@code
 * executed} is {@link PlanRecorder}'s statement; the local outbox writes the delivery row and the
 * plan's execution in one statement shared by every plan written at the same time
 * ({@link OutboxWrites}), so a burst on the due-time path costs one write per batch.
 */
public class DeliveryLedger {

  private static final String ROW =
      """
      INSERT INTO deliveries (id, plan_id, user_id, channel, provider, idempotency_key, status,
                              recipient, content, provider_message_id, attempts, created_at,
                              updated_at, purpose)
      """;

  private static final String MARK_EXECUTED =
      PlanRecorder.executedCte() + " SELECT count(*) FROM moved";

  private static final String CLAIM =
      """
      WITH plan AS (
        SELECT id, user_id FROM execution_plans
        WHERE id = :plan AND cancel_requested_at IS NULL FOR SHARE)
      """
          + ROW
          + """
          SELECT :id, id, user_id, :channel, :provider, :key, 'sending', :recipient,
                 jsonb_object(CAST(:content AS text[])), NULL, :attempts, :now, :now, :purpose
          FROM plan
          ON CONFLICT (idempotency_key) DO UPDATE SET status = 'sending',
            attempts = EXCLUDED.attempts, error = NULL, updated_at = EXCLUDED.updated_at
          """;

  private final NamedParameterJdbcTemplate jdbc;
  private final PlanRecorder plans;
  private final Clock clock;
  private final OutboxWrites outbox;

  public DeliveryLedger(NamedParameterJdbcTemplate jdbc, PlanRecorder plans, Clock clock) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.clock = clock;
    this.outbox = new OutboxWrites(jdbc, clock);
  }

  /**
   * The outbox's whole delivery in one statement: the row and the plan's execution. When the plan
   * was already executed (a retried activity), returns the earlier receipt and records nothing.
   */
  DeliveryReceipt recordOutbox(Delivery delivery, SentMessage sent, int attempts) {
    UUID id = UUID.randomUUID();
    OutboxWrites.Row row = new OutboxWrites.Row(id, delivery.planId(), delivery.channel().wire(),
        sent.provider(), delivery.idempotencyKey(), sent.status(), sent.recipient(), sent.content(),
        sent.providerMessageId(), attempts, "delivered via " + sent.provider());
    if (outbox.write(row)) {
      return new DeliveryReceipt(id, sent.provider(), sent.providerMessageId(), false, false);
    }
    requireExecuted(delivery.planId());
    return earlierReceipt(delivery.idempotencyKey(), false);
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

  /**
   * Writes the row before the provider is called, so a crash after sending is never invisible.
   *
   * @return false when the plan's cancel fence is up: nothing may be sent
   */
  boolean claim(Delivery delivery, String key, String provider, String recipient, int attempts) {
    return jdbc.update(
            CLAIM,
            new MapSqlParameterSource("id", UUID.randomUUID())
                .addValue("plan", delivery.planId())
                .addValue("channel", delivery.channel().wire())
                .addValue("provider", provider)
                .addValue("key", key)
                .addValue("recipient", recipient)
                .addValue("content", flatten(LocalOutbox.content(delivery)))
                .addValue("attempts", attempts)
                .addValue("purpose", delivery.purpose())
                .addValue("now", now()))
        > 0;
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
    setStatus(key, gone ? LedgerEntry.GONE : LedgerEntry.FAILED, error);
  }

  /** The attempt ended without the provider's answer (5xx, timeout): the retry looks first. */
  void unconfirmed(String key, String error) {
    setStatus(key, LedgerEntry.UNCONFIRMED, error);
  }

  private void setStatus(String key, String status, String error) {
    jdbc.update(
        "UPDATE deliveries SET status = :status, error = :error, updated_at = :now"
            + " WHERE idempotency_key = :key",
        new MapSqlParameterSource("key", key)
            .addValue("status", status)
            .addValue("error", error)
            .addValue("now", now()));
  }

  /** Marks the plan executed once its deliveries are handed over; harmless when already done. */
  void markExecuted(UUID planId, int attempts, String note) {
    if (!moved(MARK_EXECUTED, executedParams(planId, attempts, note))) {
      requireExecuted(planId);
    }
  }

  /** True once the plan's cancel fence is up. */
  boolean fenced(UUID planId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT cancel_requested_at IS NOT NULL FROM execution_plans WHERE id = :plan",
            new MapSqlParameterSource("plan", planId),
            Boolean.class));
  }

  /** Of these plans, the ones whose cancel fence is up or that have already ended. */
  List<UUID> fencedAmong(Collection<UUID> planIds) {
    return jdbc.queryForList(
        "SELECT id FROM execution_plans WHERE id IN (:plans)"
            + " AND (cancel_requested_at IS NOT NULL OR status IN ('executed', 'cancelled', 'failed'))",
        new MapSqlParameterSource("plans", List.copyOf(planIds)),
        UUID.class);
  }

  DeliveryReceipt earlierReceipt(String key, boolean receiptsExpected) {
    List<DeliveryReceipt> receipts =
        jdbc.query(
            "SELECT id, provider, provider_message_id FROM deliveries WHERE idempotency_key = :key",
            new MapSqlParameterSource("key", key),
            (rs, n) ->
                new DeliveryReceipt(
                    rs.getObject("id", UUID.class),
                    rs.getString("provider"),
                    rs.getString("provider_message_id"),
                    true,
                    receiptsExpected));
    return receipts.stream().findFirst()
        .orElse(new DeliveryReceipt(null, null, null, true, receiptsExpected));
  }

  private void requireExecuted(UUID planId) {
    PlanStatus status = plans.currentStatus(planId);
    if (status.isTerminal() && status != PlanStatus.EXECUTED) {
      // The fence moved it: the workflow is cancelling this attempt.
      throw new StoppedByFence("the plan is " + status.wire() + "; nothing was delivered");
    }
    if (status != PlanStatus.EXECUTED) {
      throw ApplicationFailure.newNonRetryableFailure(
          "the plan is " + status.wire() + "; nothing was delivered",
          FailureType.PLAN_CANCELLED.name());
    }
  }

  private boolean moved(String sql, MapSqlParameterSource params) {
    Long moved = jdbc.queryForObject(sql, params, Long.class);
    return moved != null && moved == 1;
  }

  private MapSqlParameterSource executedParams(UUID planId, int attempts, String note) {
    return new MapSqlParameterSource()
        .addValue("plan", planId)
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
