-- The service's own database and role, beside Temporal's (temporal, temporal_visibility).
CREATE ROLE romna LOGIN PASSWORD 'romna';
CREATE DATABASE romna OWNER romna;
