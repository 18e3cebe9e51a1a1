-- Repeating plans: the RFC 5545 rule, the series' first occurrence (DTSTART, which COUNT and UNTIL count from),
-- and whether the user has paused it. scheduled_for is always the next occurrence; each occurrence is delivered
-- on its own (its own deliveries row and idempotency key) and recorded in plan_events.
ALTER TABLE execution_plans ADD COLUMN recurrence text;
ALTER TABLE execution_plans ADD COLUMN series_start timestamptz;
ALTER TABLE execution_plans ADD COLUMN paused boolean NOT NULL DEFAULT false;
