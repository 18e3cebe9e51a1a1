-- Users' push targets: one row per app install (an FCM registration token names one install).
CREATE TABLE devices (
    token      text        PRIMARY KEY,
    user_id    text        NOT NULL,
    platform   text        CHECK (platform IN ('android', 'ios', 'web')),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE INDEX devices_by_user ON devices (user_id);

-- Provider status callbacks find their delivery by the provider's message id.
CREATE INDEX deliveries_by_provider_message ON deliveries (provider, provider_message_id);
