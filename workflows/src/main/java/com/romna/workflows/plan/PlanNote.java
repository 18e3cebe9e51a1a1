package com.romna.workflows.plan;

import java.util.UUID;

/**
 * Something that happened to a plan without moving its status (an approval reminder sent), for
 * its history.
 *
 * @param note what the user reads in the plan's history (no personal content)
 */
public record PlanNote(UUID planId, String note) {}
