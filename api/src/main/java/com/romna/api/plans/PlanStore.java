package com.romna.api.plans;

import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.PlanStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The plans as stored in Postgres: the user-facing record. Only workflows change their status. */
@Repository
public class PlanStore {

  private static final String COLUMNS =
      "id, user_id, intent_type, status, scheduled_for, timezone, requires_approval, payload,"
          + " transcript, locale, last_error, attempts, idempotency_key, approval_expires_at,"
          + " approved_at, created_at, updated_at, executed_at, rings, recurrence, series_start, paused, version,"
          + " approval_reminder_seconds";

  private static final String OPEN = "status NOT IN " + PlanStatus.TERMINAL_SQL;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  PlanStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Inserts the plan with its first {@code plan_events} row and, for a reminder, its task: one
   * statement, so one round trip and one implicit transaction (intake pays it per plan).
   *
   * @return false when a concurrent request with the same idempotency key won; nothing is written
   */
  public boolean insert(Plan plan, String taskTitle) {
    Long inserted =
        jdbc.sql(
                """
                WITH plan AS (
                  INSERT INTO execution_plans (id, user_id, source, intent_type, scheduled_for,
                    timezone, requires_approval, status, payload, transcript, locale, workflow_id,
                    idempotency_key, approval_expires_at, created_at, updated_at, recurrence, series_start,
                    approval_reminder_seconds)
                  VALUES (:id, :user, 'voice', :type, :scheduledFor, :timezone, :approval, :status,
                    CAST(:payload AS jsonb), :transcript, :locale, :workflowId, :key, :expires,
                    :now, :now, :recurrence, :seriesStart, :reminder)
                  ON CONFLICT (user_id, idempotency_key) DO NOTHING
                  RETURNING id),
                event AS (
                  INSERT INTO plan_events (plan_id, status, note, occurred_at)
                  SELECT id, :status, 'created from a voice transcript', :now FROM plan),
                task AS (
                  INSERT INTO tasks (id, user_id, plan_id, title, due_at, created_at)
                  SELECT :taskId, :user, id, CAST(:title AS text), :scheduledFor, :now FROM plan
                  WHERE CAST(:title AS text) IS NOT NULL)
                SELECT count(*) FROM plan
                """)
            .param("id", plan.id())
            .param("user", plan.userId())
            .param("type", plan.intentType().wire())
            .param("scheduledFor", utc(plan.scheduledFor()))
            .param("timezone", plan.timezone())
            .param("approval", plan.requiresApproval())
            .param("status", plan.status().wire())
            .param("payload", json.writeValueAsString(plan.payload()))
            .param("transcript", plan.transcript())
            .param("locale", plan.locale())
            .param("workflowId", plan.workflowId())
            .param("key", plan.idempotencyKey())
            .param("expires", utc(plan.approvalExpiresAt()))
            .param("now", utc(plan.createdAt()))
            .param("recurrence", plan.recurrence())
            .param("seriesStart", utc(plan.seriesStart()))
            .param("reminder", plan.approvalReminder() == null ? null : (int) plan.approvalReminder().toSeconds())
            .param("taskId", UUID.randomUUID())
            .param("title", taskTitle)
            .query(Long.class)
            .single();
    return inserted == 1;
  }

  /** Removes a plan whose workflow could not be started, so no half-made plan stays behind. */
  public void delete(UUID id) {
    jdbc.sql("DELETE FROM execution_plans WHERE id = :id").param("id", id).update();
  }

  /**
   * Writes an edited draft's content and raises its version, in one statement, if the row is still
   * the unapproved draft of that version.
   *
   * @return the new version, or empty when the plan moved on meanwhile (nothing was written)
   */
  public Optional<Integer> editDraft(Plan plan, PlanPayload payload) {
    return jdbc.sql("""
            UPDATE execution_plans SET payload = CAST(:payload AS jsonb), version = version + 1,
              updated_at = now()
            WHERE id = :id AND user_id = :user AND version = :version AND status = 'waiting_approval'
              AND approved_at IS NULL
            RETURNING version
            """)
        .param("payload", json.writeValueAsString(payload))
        .param("id", plan.id())
        .param("user", plan.userId())
        .param("version", plan.version())
        .query(Integer.class)
        .optional();
  }

  /** Puts back the draft an edit replaced, when the workflow refused that edit. */
  public void restoreDraft(Plan before, int editedVersion) {
    jdbc.sql("""
            UPDATE execution_plans SET payload = CAST(:payload AS jsonb), version = :version
            WHERE id = :id AND version = :edited
            """)
        .param("payload", json.writeValueAsString(before.payload()))
        .param("version", before.version())
        .param("id", before.id())
        .param("edited", editedVersion)
        .update();
  }

  public Optional<Plan> find(UUID id, String userId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM execution_plans WHERE id = :id AND user_id = :user")
        .param("id", id)
        .param("user", userId)
        .query(this::plan)
        .optional();
  }

  public Optional<Plan> findByIdempotencyKey(String userId, String key) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM execution_plans WHERE user_id = :user AND idempotency_key = :key")
        .param("user", userId)
        .param("key", key)
        .query(this::plan)
        .optional();
  }

  /** The user's plans, newest first, optionally only those in one status. */
  public List<Plan> list(String userId, PlanStatus status, int limit) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM execution_plans WHERE user_id = :user"
                + " AND (CAST(:status AS text) IS NULL OR status = :status)"
                + " ORDER BY created_at DESC, id LIMIT :limit")
        .param("user", userId)
        .param("status", status == null ? null : status.wire())
        .param("limit", limit)
        .query(this::plan)
        .list();
  }

  /**
   * What a voice command may be about: the user's open plans, and reminders and alarms that rang
   * since {@code rangSince} (they can still be snoozed), soonest first.
   */
  public List<Plan> live(String userId, Instant rangSince, int limit) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM execution_plans WHERE user_id = :user AND (" + OPEN
                + " OR (status = 'executed' AND intent_type IN ('reminder', 'alarm') AND executed_at >= :since))"
                + " ORDER BY scheduled_for, id LIMIT :limit")
        .param("user", userId)
        .param("since", utc(rangSince))
        .param("limit", limit)
        .query(this::plan)
        .list();
  }

  /** Unfinished plans after {@code after} in id order, a page at a time, for the start-up re-drive. */
  public List<Plan> unfinished(UUID after, int limit) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM execution_plans WHERE " + OPEN
                + " AND id > :after ORDER BY id LIMIT :limit")
        .param("after", after)
        .param("limit", limit)
        .query(this::plan)
        .list();
  }

  /**
   * Unfinished plans that should have moved on by {@code cutoff}: due, approval expired, or never
   * admitted. A healthy plan is not among them for long, so these are the ones whose workflow may
   * be gone.
   */
  public List<Plan> overdue(Instant cutoff, UUID after, int limit) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM execution_plans WHERE " + OPEN
                + " AND (scheduled_for < :cutoff OR approval_expires_at < :cutoff"
                + " OR (status = 'pending' AND created_at < :cutoff))"
                + " AND id > :after ORDER BY id LIMIT :limit")
        .param("cutoff", utc(cutoff))
        .param("after", after)
        .param("limit", limit)
        .query(this::plan)
        .list();
  }

  /**
   * Whether any of the plan's own messages (not its approval reminder) reached a provider (a status other than the ledger's
   * sending, unconfirmed, failed and gone), e.g. a WhatsApp message Twilio later reported undelivered.
   */
  public boolean reachedProvider(UUID planId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM deliveries WHERE plan_id = :id AND purpose = 'plan'"
            + " AND status NOT IN ('sending', 'unconfirmed', 'failed', 'gone'))")
        .param("id", planId)
        .query(Boolean.class)
        .single();
  }

  public List<PlanEvent> events(Plan plan) {
    ZoneId zone = ZoneId.of(plan.timezone());
    return jdbc.sql(
            "SELECT status, note, occurred_at FROM plan_events WHERE plan_id = :id ORDER BY id")
        .param("id", plan.id())
        .query(
            (rs, n) ->
                PlanEvent.of(
                    rs.getString(1),
                    rs.getString(2),
                    PlanView.local(instant(rs, "occurred_at"), zone)))
        .list();
  }

  public List<DeliveryRecord> deliveries(Plan plan) {
    ZoneId zone = ZoneId.of(plan.timezone());
    return jdbc.sql(
            "SELECT id, channel, provider, status, recipient, content, provider_message_id,"
                + " attempts, error, created_at, purpose FROM deliveries WHERE plan_id = :id ORDER BY created_at")
        .param("id", plan.id())
        .query(
            (rs, n) ->
                new DeliveryRecord(
                    rs.getObject("id", UUID.class),
                    rs.getString("channel"),
                    rs.getString("provider"),
                    rs.getString("status"),
                    DeliveryRecord.shown(rs.getString("channel"), rs.getString("recipient")),
                    json.readValue(rs.getString("content"), new TypeReference<Map<String, Object>>() {}),
                    rs.getString("provider_message_id"),
                    rs.getInt("attempts"),
                    rs.getString("error"),
                    PlanView.local(instant(rs, "created_at"), zone),
                    rs.getString("purpose")))
        .list();
  }

  private Plan plan(ResultSet rs, int row) throws SQLException {
    return new Plan(
        rs.getObject("id", UUID.class),
        rs.getString("user_id"),
        IntentType.fromWire(rs.getString("intent_type")),
        PlanStatus.fromWire(rs.getString("status")),
        instant(rs, "scheduled_for"),
        rs.getString("timezone"),
        rs.getBoolean("requires_approval"),
        json.readValue(rs.getString("payload"), PlanPayload.class),
        rs.getString("transcript"),
        rs.getString("locale"),
        rs.getString("last_error"),
        rs.getInt("attempts"),
        rs.getString("idempotency_key"),
        instant(rs, "approval_expires_at"),
        instant(rs, "approved_at"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        instant(rs, "executed_at"),
        rs.getInt("rings"),
        rs.getString("recurrence"),
        instant(rs, "series_start"),
        rs.getBoolean("paused"),
        rs.getInt("version"),
        seconds(rs.getObject("approval_reminder_seconds", Integer.class)));
  }

  private static Duration seconds(Integer seconds) {
    return seconds == null ? null : Duration.ofSeconds(seconds);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
