package com.romna.workflows;

import java.time.Instant;

/** The live state of a plan's workflow, returned by {@link ExecutionWorkflow#state()}. */
public record PlanState(
    PlanStatus status,
    boolean approved,
    Instant scheduledFor,
    Instant approvalExpiresAt,
    String lastError) {}
