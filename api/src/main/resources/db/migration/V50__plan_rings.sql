-- How many times a plan was delivered before its current scheduled_for: a reminder or alarm that rang and was then
-- snoozed goes back to 'scheduled' and rings again, with a delivery (and idempotency key) of its own. A re-driven
-- workflow reads it, so the next ring is never mistaken for the first one the ledger already holds.
ALTER TABLE execution_plans ADD COLUMN rings integer NOT NULL DEFAULT 0;
