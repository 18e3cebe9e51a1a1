package com.romna.api.plans;

import com.romna.understanding.Intent;
import com.romna.understanding.PlanKind;
import com.romna.workflows.PlanPayload;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A plan as the API shows it. Times are in the plan's own time zone (exact instants with the
 * user's offset). Events and deliveries are only present on the single-plan view. A repeating plan
 * has its rule in {@code recurrence}, {@code scheduledFor} is its next occurrence, and {@code paused}
 * says whether the user paused it (both absent for a one-off plan). {@code version} is the draft's
 * version, which an approval may name. {@code approvalReminderAt}: when the user is (or was)
 * reminded of a draft still waiting, absent without a reminder.
 */
public record PlanView(
    UUID planId,
    String intent,
    String intentType,
    String status,
    OffsetDateTime scheduledFor,
    String timezone,
    boolean requiresApproval,
    PlanPayload payload,
    String transcript,
    String locale,
    String workflowId,
    String lastError,
    int attempts,
    OffsetDateTime approvalExpiresAt,
    OffsetDateTime approvalReminderAt,
    OffsetDateTime approvedAt,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime executedAt,
    String recurrence,
    Boolean paused,
    int version,
    List<PlanEvent> events,
    List<DeliveryRecord> deliveries) {

  public static PlanView of(Plan plan, List<PlanEvent> events, List<DeliveryRecord> deliveries) {
    ZoneId zone = ZoneId.of(plan.timezone());
    return new PlanView(
        plan.id(),
        Intent.of(PlanKind.valueOf(plan.intentType().name())).wire(),
        plan.intentType().wire(),
        plan.status().wire(),
        local(plan.scheduledFor(), zone),
        plan.timezone(),
        plan.requiresApproval(),
        plan.payload(),
        plan.transcript(),
        plan.locale(),
        plan.workflowId(),
        plan.lastError(),
        plan.attempts(),
        local(plan.approvalExpiresAt(), zone),
        plan.approvalExpiresAt() == null || plan.approvalReminder() == null ? null
            : local(plan.approvalExpiresAt().minus(plan.approvalReminder()), zone),
        local(plan.approvedAt(), zone),
        local(plan.createdAt(), zone),
        local(plan.updatedAt(), zone),
        local(plan.executedAt(), zone),
        plan.recurrence(),
        plan.recurrence() == null ? null : plan.paused(),
        plan.version(),
        events,
        deliveries);
  }

  public static OffsetDateTime local(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
