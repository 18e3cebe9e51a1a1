-- The approval reminder: a notification to the user some time before an email/WhatsApp draft expires.
-- The user's lead in seconds (NULL: the default, one hour; 0: no reminder), and the lead a draft was given at
-- intake (NULL: none), so a draft re-driven after a restart keeps the reminder it was created with.
ALTER TABLE user_settings
    ADD COLUMN approval_reminder_seconds integer CHECK (approval_reminder_seconds >= 0);
ALTER TABLE execution_plans
    ADD COLUMN approval_reminder_seconds integer CHECK (approval_reminder_seconds > 0);

-- What a delivery row is for: the plan's own message, or the reminder to approve its draft. Only the plan's own
-- messages tell whether the plan was sent (a cancel's answer, a retry's key).
ALTER TABLE deliveries
    ADD COLUMN purpose text NOT NULL DEFAULT 'plan' CHECK (purpose IN ('plan', 'approval_reminder'));
