-- Per-user rate limits and daily caps (Bucket4j's PostgreSQL layout): one row per bucket, e.g.
-- "intake:<user>" or "email:<user>:2026-11-25". Shared by every api instance and kept over restarts.
-- expires_at (epoch millis) is when a bucket is full again and its row can be dropped.
CREATE TABLE rate_limit_buckets (
    id         text   PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

CREATE INDEX rate_limit_buckets_expiry ON rate_limit_buckets (expires_at);
