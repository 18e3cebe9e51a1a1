-- The user's time zone and location: a request without a time zone is read in the user's zone, and prayer
-- times ("بعد المغرب") are computed where the user is; without them the request's zone (and its principal city)
-- decides.
ALTER TABLE user_settings
    ADD COLUMN timezone  text,
    ADD COLUMN latitude  double precision CHECK (latitude BETWEEN -90 AND 90),
    ADD COLUMN longitude double precision CHECK (longitude BETWEEN -180 AND 180),
    ADD CONSTRAINT user_settings_location_whole CHECK ((latitude IS NULL) = (longitude IS NULL));
