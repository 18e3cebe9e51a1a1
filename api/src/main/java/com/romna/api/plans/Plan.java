package com.romna.api.plans;

import com.romna.workflows.ExecutionIds;
import com.romna.workflows.ExecutionInput;
import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.PlanStatus;
import com.romna.workflows.series.Series;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code execution_plans}. A repeating plan has its rule in {@code recurrence}, its first
 * occurrence in {@code seriesStart}, and its next occurrence in {@code scheduledFor}. {@code
 * version}: the draft's version (1 at intake, +1 per accepted edit). {@code approvalReminder}: how
 * long before {@code approvalExpiresAt} the user is reminded of the draft (their setting at intake),
 * or null for no reminder.
 */
public record Plan(
    UUID id,
    String userId,
    IntentType intentType,
    PlanStatus status,
    Instant scheduledFor,
    String timezone,
    boolean requiresApproval,
    PlanPayload payload,
    String transcript,
    String locale,
    String lastError,
    int attempts,
    String idempotencyKey,
    Instant approvalExpiresAt,
    Instant approvedAt,
    Instant createdAt,
    Instant updatedAt,
    Instant executedAt,
    int rings,
    String recurrence,
    Instant seriesStart,
    boolean paused,
    int version,
    Duration approvalReminder) {

  public Plan(UUID id, String userId, IntentType intentType, PlanStatus status, Instant scheduledFor,
      String timezone, boolean requiresApproval, PlanPayload payload, String transcript, String locale,
      String lastError, int attempts, String idempotencyKey, Instant approvalExpiresAt, Instant approvedAt,
      Instant createdAt, Instant updatedAt, Instant executedAt, int rings, String recurrence,
      Instant seriesStart, boolean paused, int version) {
    this(id, userId, intentType, status, scheduledFor, timezone, requiresApproval, payload, transcript,
        locale, lastError, attempts, idempotencyKey, approvalExpiresAt, approvedAt, createdAt, updatedAt,
        executedAt, rings, recurrence, seriesStart, paused, version, null);
  }

  public Plan(UUID id, String userId, IntentType intentType, PlanStatus status, Instant scheduledFor,
      String timezone, boolean requiresApproval, PlanPayload payload, String transcript, String locale,
      String lastError, int attempts, String idempotencyKey, Instant approvalExpiresAt, Instant approvedAt,
      Instant createdAt, Instant updatedAt, Instant executedAt, int rings, String recurrence,
      Instant seriesStart, boolean paused) {
    this(id, userId, intentType, status, scheduledFor, timezone, requiresApproval, payload, transcript,
        locale, lastError, attempts, idempotencyKey, approvalExpiresAt, approvedAt, createdAt, updatedAt,
        executedAt, rings, recurrence, seriesStart, paused, 1);
  }

  /** A plan that has not been delivered yet. */
  public Plan(UUID id, String userId, IntentType intentType, PlanStatus status, Instant scheduledFor,
      String timezone, boolean requiresApproval, PlanPayload payload, String transcript, String locale,
      String lastError, int attempts, String idempotencyKey, Instant approvalExpiresAt, Instant approvedAt,
      Instant createdAt, Instant updatedAt, Instant executedAt) {
    this(id, userId, intentType, status, scheduledFor, timezone, requiresApproval, payload, transcript,
        locale, lastError, attempts, idempotencyKey, approvalExpiresAt, approvedAt, createdAt, updatedAt,
        executedAt, 0, null, null, false);
  }

  public String workflowId() {
    return ExecutionIds.workflowId(id);
  }

  /**
   * What the plan's workflow is started with, also when it is re-driven after a restart:
   * identifiers and times only; the delivery activity reads the message from this row.
   */
  public ExecutionInput executionInput(PlansProperties settings) {
    return new ExecutionInput(id, userId, intentType, scheduledFor, timezone, approvalExpiresAt,
        approvedAt, settings.receiptWindow(), settings.snoozeWindow(), rings,
        recurrence == null ? null : new Series(recurrence, seriesStart, paused), false, version,
        approvalReminder, settings.deliveryLead());
  }
}
