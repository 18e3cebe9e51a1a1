package com.romna.api.plans;

import java.time.OffsetDateTime;

/** One entry of a plan's status history, timed in the plan's zone. */
public record PlanEvent(String status, String note, OffsetDateTime at) {}
