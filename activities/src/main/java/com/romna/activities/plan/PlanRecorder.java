package com.romna.activities.plan;

import com.romna.workflows.FailureType;
import com.romna.workflows.PlanStatus;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes plan transitions. Each write is one statement (writable CTEs), so a transition costs one
 * database round trip, and the status change and its {@code plan_events} row commit together.
 */
public class PlanRecorder {

  private static final String TERMINAL = "('executed','failed','cancelled')";

  private static final String MOVE =
      """
      WITH moved AS (
        UPDATE execution_plans SET status = :status, updated_at = :now,
          approved_at = CASE WHEN status = 'waiting_approval' AND :status = 'scheduled'
                             THEN :now ELSE approved_at END,
          last_error = CASE WHEN :status = 'failed' THEN :note ELSE last_error END
        WHERE id = :plan AND status NOT IN %s AND status <> :status
        RETURNING id),
      event AS (
        INSERT INTO plan_events (plan_id, status, note, occurred_at)
        SELECT id, :status, :note, :now FROM moved),
      task AS (
        UPDATE tasks SET status = 'cancelled'
        WHERE :status = 'cancelled' AND plan_id IN (SELECT id FROM moved))
      SELECT count(*) FROM moved
      """
          .formatted(TERMINAL);

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  public PlanRecorder(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Moves the plan unless it is already there or finished; a missing plan is non-retryable. */
  public void move(UUID planId, PlanStatus status, String note) {
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("plan", planId)
            .addValue("status", status.wire())
            .addValue("note", note)
            .addValue("now", now());
    Long moved = jdbc.queryForObject(MOVE, params, Long.class);
    if (moved == null || moved == 0) {
      currentStatus(planId); // throws when the plan does not exist
    }
  }

  /** The stored status, or a non-retryable {@code PLAN_NOT_FOUND} failure. */
  public PlanStatus currentStatus(UUID planId) {
    Optional<String> status =
        jdbc
            .queryForList(
                "SELECT status FROM execution_plans WHERE id = :plan",
                new MapSqlParameterSource("plan", planId),
                String.class)
            .stream()
            .findFirst();
    return status
        .map(PlanStatus::fromWire)
        .orElseThrow(
            () ->
                ApplicationFailure.newNonRetryableFailure(
                    "plan " + planId + " no longer exists", FailureType.PLAN_NOT_FOUND.name()));
  }

  OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
