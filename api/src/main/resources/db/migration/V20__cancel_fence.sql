-- The cancel fence. A cancel that meets a plan's delivery raises it (the plan's workflow does, through its
-- bookkeeping activity), in the same transaction that decides what the cancel achieved; from then on no delivery
-- attempt may claim a send. Claims take a share lock on the plan row, so the fence and a claim never pass each other.
ALTER TABLE execution_plans ADD COLUMN cancel_requested_at timestamptz;
