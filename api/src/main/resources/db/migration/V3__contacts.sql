-- People a user names in requests ("email Sara", "واتساب لأحمد"). name_key is the name folded for matching
-- (case, diacritics, tatweel, hamza / taa marbuta / alef maqsura variants and a leading "ال"/"al-" ignored),
-- so the spelling speech-to-text picks still finds the contact; one contact per folded name and user.
CREATE TABLE contacts (
    id          uuid        PRIMARY KEY,
    user_id     text        NOT NULL,
    name        text        NOT NULL,
    name_key    text        NOT NULL,
    email       text,
    phone_e164  text        CHECK (phone_e164 ~ '^\+[1-9][0-9]{7,14}$'),
    created_at  timestamptz NOT NULL,
    CONSTRAINT contacts_reachable CHECK (email IS NOT NULL OR phone_e164 IS NOT NULL),
    CONSTRAINT contacts_one_per_name UNIQUE (user_id, name_key)
);

-- Per-user preferences. The default country code completes numbers given without one ("0501234567");
-- when a user has none, the request's time zone suggests it.
CREATE TABLE user_settings (
    user_id              text        PRIMARY KEY,
    default_country_code text        CHECK (default_country_code ~ '^[1-9][0-9]{0,2}$'),
    updated_at           timestamptz NOT NULL
);
