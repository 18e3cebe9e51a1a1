-- The user-facing record of every plan; the plan's ExecutionWorkflow is its only executor.
CREATE TABLE execution_plans (
    id                  uuid        PRIMARY KEY,
    user_id             text        NOT NULL,
    source              text        NOT NULL DEFAULT 'voice',
    intent_type         text        NOT NULL CHECK (intent_type IN ('reminder', 'alarm', 'email', 'whatsapp')),
    scheduled_for       timestamptz NOT NULL,
    timezone            text        NOT NULL,
    requires_approval   boolean     NOT NULL,
    status              text        NOT NULL CHECK (status IN ('pending', 'scheduled', 'waiting_approval',
                                                               'executed', 'failed', 'cancelled')),
    payload             jsonb       NOT NULL,
    transcript          text,
    locale              text,
    workflow_id         text        NOT NULL UNIQUE,
    last_error          text,
    attempts            integer     NOT NULL DEFAULT 0,
    -- Not in the original system: what makes a repeated request harmless and approval expiry durable.
    idempotency_key     text,
    approval_expires_at timestamptz,
    approved_at         timestamptz,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    executed_at         timestamptz,
    CONSTRAINT execution_plans_idempotency UNIQUE (user_id, idempotency_key)
);

CREATE INDEX execution_plans_by_user ON execution_plans (user_id, created_at DESC);
-- Start-up re-drives every unfinished plan.
CREATE INDEX execution_plans_unfinished ON execution_plans (id)
    WHERE status IN ('pending', 'scheduled', 'waiting_approval');

-- Reminders, as in the original system: the user's to-do that a reminder plan announces.
CREATE TABLE tasks (
    id         uuid        PRIMARY KEY,
    user_id    text        NOT NULL,
    plan_id    uuid        NOT NULL REFERENCES execution_plans (id) ON DELETE CASCADE,
    title      text        NOT NULL,
    due_at     timestamptz NOT NULL,
    status     text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    created_at timestamptz NOT NULL
);

CREATE INDEX tasks_by_user ON tasks (user_id, due_at);
CREATE INDEX tasks_by_plan ON tasks (plan_id);

-- Append-only history of every status a plan went through.
CREATE TABLE plan_events (
    id          bigserial   PRIMARY KEY,
    plan_id     uuid        NOT NULL REFERENCES execution_plans (id) ON DELETE CASCADE,
    status      text        NOT NULL,
    note        text,
    occurred_at timestamptz NOT NULL
);

CREATE INDEX plan_events_by_plan ON plan_events (plan_id, id);

-- One row per provider send; the unique key is what keeps a retried activity from sending twice.
CREATE TABLE deliveries (
    id                  uuid        PRIMARY KEY,
    plan_id             uuid        NOT NULL REFERENCES execution_plans (id) ON DELETE CASCADE,
    user_id             text        NOT NULL,
    channel             text        NOT NULL CHECK (channel IN ('notification', 'alarm', 'email', 'whatsapp')),
    provider            text        NOT NULL,
    idempotency_key     text        NOT NULL UNIQUE,
    status              text        NOT NULL,
    recipient           text,
    content             jsonb       NOT NULL DEFAULT '{}'::jsonb,
    provider_message_id text,
    attempts            integer     NOT NULL DEFAULT 1,
    error               text,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);

CREATE INDEX deliveries_by_plan ON deliveries (plan_id);
