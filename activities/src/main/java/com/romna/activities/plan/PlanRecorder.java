package com.romna.activities.plan;

import com.romna.workflows.FailureType;
import com.romna.workflows.PlanStatus;
import com.romna.workflows.delivery.ProviderReceipt;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Every write of a plan's status, and nothing else writes it: the plan's workflow calls these
 * through its activities (its bookkeeping, its delivery, its cancel fence). Each write is one
 * statement (writable CTEs), so a transition costs one database round trip, and the status change
 * and its {@code plan_events} row commit together. A terminal status never moves, except that a
 * provider's receipt may turn {@code executed} into {@code failed}.
 */
public class PlanRecorder {

  private static final String OPEN = "status NOT IN " + PlanStatus.TERMINAL_SQL;

  private static final String MOVE =
      """
      WITH moved AS (
        UPDATE execution_plans SET status = :status, updated_at = :now,
          approved_at = CASE WHEN status = 'waiting_approval' AND :status = 'scheduled'
                             THEN :now ELSE approved_at END,
          last_error = CASE WHEN :status = 'failed' THEN :note ELSE last_error END
        WHERE id = :plan AND %s AND status <> :status
        RETURNING id),
      event AS (
        INSERT INTO plan_events (plan_id, status, note, occurred_at)
        SELECT id, :status, :note, :now FROM moved),
      task AS (
        UPDATE tasks SET status = 'cancelled'
        WHERE :status = 'cancelled' AND plan_id IN (SELECT id FROM moved))
      SELECT count(*) FROM moved
      """
          .formatted(OPEN);

  private static final String UNDELIVERED =
      """
      WITH moved AS (
        UPDATE execution_plans SET status = 'failed', last_error = :note, updated_at = :now
        WHERE id = :plan AND status = 'executed'
        RETURNING id)
      INSERT INTO plan_events (plan_id, status, note, occurred_at)
      SELECT id, 'failed', :note, :now FROM moved
      """;

  private static final String DELIVERED =
      """
      INSERT INTO plan_events (plan_id, status, note, occurred_at)
      SELECT id, 'delivered', :note, :now FROM execution_plans
      WHERE id = :plan AND status = 'executed'
        AND NOT EXISTS (SELECT 1 FROM plan_events WHERE plan_id = :plan AND status = 'delivered')
      """;

  // An open plan keeps its status; one that fired and fires again (a snooze after it rang, a series'
  // next occurrence, a retry after it failed) is scheduled again; a delivery that reached the
  // provider is counted, so the next one gets a key of its own (a retry keeps the failed one's key).
  private static final String NEW_TIME =
      """
      WITH moved AS (
        UPDATE execution_plans SET scheduled_for = :at, updated_at = :now,
          status = CASE WHEN :again AND status IN ('executed', 'failed') THEN 'scheduled' ELSE status END,
          rings = rings + CASE WHEN :again AND status = 'executed' THEN 1 ELSE 0 END,
          paused = COALESCE(CAST(:paused AS boolean), paused)
        WHERE id = :plan AND (%s OR (:again AND status IN ('executed', 'failed')))
        RETURNING id, status),
      event AS (
        INSERT INTO plan_events (plan_id, status, note, occurred_at)
        SELECT id, status, :note, :now FROM moved),
      task AS (
        UPDATE tasks SET due_at = :at, status = 'open' WHERE plan_id IN (SELECT id FROM moved))
      SELECT count(*) FROM moved
      """
          .formatted(OPEN);

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  public PlanRecorder(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The first part of a statement that records the plan {@code executed} (CTE {@code moved(id,
   * user_id)} holds the row when it moved), for the delivery ledger to add its own rows to.
   * Parameters {@code :plan, :now, :attempts, :note}. It ignores the cancel fence: it follows a
   * provider's hand-over, which the fence can no longer undo.
   */
  public static String executedCte() {
    return """
        WITH moved AS (
          UPDATE execution_plans SET status = 'executed', executed_at = :now, updated_at = :now,
            attempts = :attempts, last_error = NULL
          WHERE id = :plan AND %s
          RETURNING id, user_id),
        event AS (
          INSERT INTO plan_events (plan_id, status, note, occurred_at)
          SELECT id, 'executed', :note, :now FROM moved)
        """
        .formatted(OPEN);
  }

  /**
   * Moves the plan unless it is already there or finished.
   *
   * @return the status the plan has now
   */
  public PlanStatus move(UUID planId, PlanStatus status, String note) {
    Long moved = jdbc.queryForObject(MOVE, params(planId, note).addValue("status", status.wire()), Long.class);
    return moved != null && moved == 1 ? status : currentStatus(planId);
  }

  /**
   * Records a plan's new due time (see {@code PlanActivities#recordNewTime}).
   *
   * @return the status the plan has now
   */
  public PlanStatus newTime(UUID planId, Instant at, boolean again, String note, Boolean paused) {
    jdbc.queryForObject(NEW_TIME, params(planId, note)
        .addValue("at", at.atOffset(ZoneOffset.UTC))
        .addValue("again", again)
        .addValue("paused", paused), Long.class);
    return currentStatus(planId);
  }

  /** A provider's final word on an executed plan: an event, or its move to {@code failed}. */
  public PlanStatus receipt(UUID planId, ProviderReceipt receipt) {
    String note = receipt.delivered()
        ? receipt.provider() + " reports the message " + receipt.status()
        : receipt.reason();
    jdbc.update(receipt.delivered() ? DELIVERED : UNDELIVERED, params(planId, note));
    return currentStatus(planId);
  }

  /** A {@code plan_events} row with the plan's status as it is: something happened, nothing moved. */
  public void note(UUID planId, String note) {
    int written = jdbc.update(
        "INSERT INTO plan_events (plan_id, status, note, occurred_at)"
            + " SELECT id, status, :note, :now FROM execution_plans WHERE id = :plan",
        params(planId, note));
    if (written == 0) {
      throw notFound(planId);
    }
  }

  /** The stored status, or a non-retryable {@code PLAN_NOT_FOUND} failure. */
  public PlanStatus currentStatus(UUID planId) {
    Optional<String> status =
        jdbc.queryForList(
                "SELECT status FROM execution_plans WHERE id = :plan",
                new MapSqlParameterSource("plan", planId),
                String.class)
            .stream()
            .findFirst();
    return status.map(PlanStatus::fromWire).orElseThrow(() -> notFound(planId));
  }

  public static ApplicationFailure notFound(UUID planId) {
    return ApplicationFailure.newNonRetryableFailure(
        "plan " + planId + " no longer exists", FailureType.PLAN_NOT_FOUND.name());
  }

  private MapSqlParameterSource params(UUID planId, String note) {
    return new MapSqlParameterSource()
        .addValue("plan", planId)
        .addValue("note", note)
        .addValue("now", now());
  }

  OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
