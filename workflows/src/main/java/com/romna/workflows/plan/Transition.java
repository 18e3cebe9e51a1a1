package com.romna.workflows.plan;

import com.romna.workflows.PlanStatus;
import java.util.UUID;

/**
 * A status change of a plan.
 *
 * @param note what the user or an operator should read in the plan's history (no secrets)
 */
public record Transition(UUID planId, PlanStatus status, String note) {}
