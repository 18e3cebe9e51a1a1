package com.romna.workflows.plan;

import java.time.Instant;
import java.util.UUID;

/**
 * A plan's new due time, for its record.
 *
 * @param again true when the plan had fired and is snoozed: it goes back to {@code scheduled} for
 *     another delivery (the one way an {@code executed} plan moves again)
 * @param note what the plan's history says, e.g. "snoozed until 2026-11-25 21:10 Asia/Riyadh"
 */
public record NewTime(UUID planId, Instant scheduledFor, boolean again, String note) {}
