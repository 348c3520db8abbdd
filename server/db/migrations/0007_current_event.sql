-- The trade show being attended: a profile setting, so the event chosen on the
-- phone follows the technician to her other devices through sync.
ALTER TABLE users ADD COLUMN current_event_id TEXT;
