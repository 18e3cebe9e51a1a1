package com.romna.workflows;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything a plan's workflow needs, taken from its {@code execution_plans} row. Times are absolute
 * so that a workflow started again after a restart keeps the original schedule and approval expiry.
 *
 * @param approvalExpiresAt when an unapproved email/WhatsApp draft is cancelled; null when the plan
 *     needs no approval
 * @param approved true when the user approved before this run started (a re-driven plan)
 * @param locale the user's language ("ar", "en-US"...), so notifications speak it; null in
 *     histories recorded before it existed
 */
public record ExecutionInput(
    UUID planId,
    String userId,
    IntentType intentType,
    Instant scheduledFor,
    String timezone,
    Instant approvalExpiresAt,
    boolean approved,
    PlanPayload payload,
    String locale) {}
