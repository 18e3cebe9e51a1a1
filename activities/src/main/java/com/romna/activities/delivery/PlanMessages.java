package com.romna.activities.delivery;

import com.romna.workflows.FailureType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.PlanStatus;
import com.romna.workflows.delivery.DeliveryRequest;
import io.temporal.failure.ApplicationFailure;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Reads the message a delivery activity sends from the plan's row: the workflow only names it. */
public class PlanMessages {

  /** The plan's message and where the plan stands. */
  record Loaded(Delivery delivery, PlanStatus status, boolean fenced, int version) {}

  private static final String SELECT =
      """
      SELECT user_id, status, scheduled_for, timezone, locale, approved_at, version,
             cancel_requested_at IS NOT NULL AS fenced,
             payload->>'title' AS title, payload->>'label' AS label, payload->>'to' AS recipient,
             payload->>'subject' AS subject, payload->>'body' AS body, payload->>'message' AS message
      FROM execution_plans WHERE id = :plan
      """;

  private final NamedParameterJdbcTemplate jdbc;

  public PlanMessages(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @throws ApplicationFailure non-retryable {@code PLAN_NOT_FOUND} when the row is gone, {@code
   *     DRAFT_CHANGED} when the row's draft is not the version the user approved (never send text
   *     the user did not approve)
   */
  Loaded load(DeliveryRequest request) {
    Loaded loaded = jdbc.query(SELECT, new MapSqlParameterSource("plan", request.planId()),
            (rs, n) -> loaded(request, rs))
        .stream()
        .findFirst()
        .orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
            "plan " + request.planId() + " no longer exists; nothing was sent",
            FailureType.PLAN_NOT_FOUND.name()));
    Integer approved = request.approvedVersion();
    if (approved != null && approved != loaded.version()) {
      throw ApplicationFailure.newNonRetryableFailure("the draft changed after version " + approved
          + " was approved (it is at version " + loaded.version() + "); nothing was sent",
          FailureType.DRAFT_CHANGED.name());
    }
    return loaded;
  }

  private static Loaded loaded(DeliveryRequest request, ResultSet rs) throws SQLException {
    PlanPayload payload = new PlanPayload(rs.getString("title"), rs.getString("label"),
        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
        rs.getString("message"));
    Delivery delivery = new Delivery(request.planId(), rs.getString("user_id"), request.channel(),
        payload, instant(rs, "scheduled_for"), rs.getString("timezone"), rs.getString("locale"),
        instant(rs, "approved_at"), request.occurrence(), null);
    return new Loaded(delivery, PlanStatus.fromWire(rs.getString("status")), rs.getBoolean("fenced"),
        rs.getInt("version"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
