-- The console's live view: every api process LISTENs on 'romna_live' and pushes changes to the user's open
-- pages (Server-Sent Events), whichever process (worker or api) wrote them. The notice carries ids only, never
-- a recipient or message text: the listener reads the row itself, for users with a page open.
CREATE FUNCTION romna_live_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('romna_live', json_build_object(
        'kind', 'delivery', 'id', NEW.id, 'planId', NEW.plan_id, 'userId', NEW.user_id)::text);
    RETURN NULL;
END $$;

CREATE TRIGGER deliveries_live_insert AFTER INSERT ON deliveries
    FOR EACH ROW EXECUTE FUNCTION romna_live_delivery();
-- Claims, provider answers and receipts change the status; an error note alone does not.
CREATE TRIGGER deliveries_live_update AFTER UPDATE OF status ON deliveries
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION romna_live_delivery();

CREATE FUNCTION romna_live_plan_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('romna_live', json_build_object(
        'kind', 'plan', 'planId', NEW.plan_id, 'status', NEW.status,
        'userId', (SELECT user_id FROM execution_plans WHERE id = NEW.plan_id))::text);
    RETURN NULL;
END $$;

CREATE TRIGGER plan_events_live AFTER INSERT ON plan_events
    FOR EACH ROW EXECUTE FUNCTION romna_live_plan_event();

-- A page that reconnects (after a restart of the service, say) asks for what it missed since its last event.
CREATE INDEX deliveries_by_user_updated ON deliveries (user_id, updated_at);
