-- Email and WhatsApp drafts are versioned: every accepted edit raises the version, an approval names
-- the version the user saw, and the delivery sends only the version that was approved.
ALTER TABLE execution_plans ADD COLUMN version integer NOT NULL DEFAULT 1;
