package com.romna.workflows.plan;

import java.time.Instant;
import java.util.UUID;

/**
 * A plan's new due time, for its record.
 *
 * @param again true when the plan had fired and fires again (a snooze after it rang, a series'
 *     next occurrence): it goes back to {@code scheduled} from {@code executed} (or, for a series,
 *     {@code failed}), the one way a finished plan moves again
 * @param note what the plan's history says, e.g. "snoozed until 2026-11-25 21:10 Asia/Riyadh"
 * @param paused a series' paused state to record, or null to leave it
 */
public record NewTime(UUID planId, Instant scheduledFor, boolean again, String note, Boolean paused) {

  public NewTime(UUID planId, Instant scheduledFor, boolean again, String note) {
    this(planId, scheduledFor, again, note, null);
  }
}
