-- Sync: devices and the mutations they have pushed, per-field clocks, the
-- values that lost a concurrent edit, and mutations the server refused.

-- Cursors carry this epoch, so a cursor from another database (a restored or
-- replaced data directory) is answered with `reset` instead of wrong rows.
CREATE TABLE sync_meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO sync_meta (name, value) VALUES ('epoch', lower(hex(randomblob(8))));

CREATE TABLE sync_clients (
    client_id        TEXT PRIMARY KEY,
    user_id          INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    last_mutation_id INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX sync_clients_user ON sync_clients(user_id);

CREATE TABLE sync_rejections (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    client_id   TEXT NOT NULL,
    mutation_id INTEGER NOT NULL,
    name        TEXT NOT NULL,
    record_id   TEXT,
    reason      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (client_id, mutation_id)
);
CREATE INDEX sync_rejections_user ON sync_rejections(user_id, id);

CREATE TABLE conflicts (
    id             INTEGER PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    record_type    TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    field          TEXT NOT NULL,
    lost_value     TEXT NOT NULL,
    kept_value     TEXT NOT NULL,
    lost_client_id TEXT NOT NULL,
    lost_ts        INTEGER NOT NULL,
    kept_client_id TEXT NOT NULL,
    kept_ts        INTEGER NOT NULL,
    record_version INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    resolution     TEXT,
    resolved_at    TEXT
);
CREATE INDEX conflicts_user_open ON conflicts(user_id, resolution, id);
CREATE INDEX conflicts_record ON conflicts(record_type, record_id);

-- Per-field clocks as JSON: {"field": [ts_ms, client_id, version], "*": creation}.
ALTER TABLE entries ADD COLUMN clocks TEXT NOT NULL DEFAULT '{}';
ALTER TABLE events ADD COLUMN clocks TEXT NOT NULL DEFAULT '{}';
ALTER TABLE users ADD COLUMN clocks TEXT NOT NULL DEFAULT '{}';
