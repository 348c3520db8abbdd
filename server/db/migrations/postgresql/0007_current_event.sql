ALTER TABLE users ADD COLUMN current_event_id TEXT;
