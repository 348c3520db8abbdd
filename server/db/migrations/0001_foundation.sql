-- Accounts, entries and events. Every change to a user's data takes the next
-- number from the `change` counter into its row's change_seq: sync pulls by it.

CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO counters (name, value) VALUES ('change', 0);

CREATE TABLE users (
    id                       INTEGER PRIMARY KEY,
    email                    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash            TEXT NOT NULL,
    full_name                TEXT NOT NULL,
    iicrc_id                 TEXT,
    certifications           TEXT NOT NULL DEFAULT '[]',
    cycle_starts_on          TEXT,
    fee_due_on               TEXT,
    profile_email_checked_on TEXT,
    last_backup_on           TEXT,
    booth_hours              REAL NOT NULL DEFAULT 2.0,
    renewal_rules            TEXT NOT NULL DEFAULT '{}',
    version                  INTEGER NOT NULL DEFAULT 1,
    change_seq               INTEGER NOT NULL DEFAULT 0,
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    last_used_at TEXT
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);

CREATE TABLE events (
    id         TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    location   TEXT,
    starts_on  TEXT,
    ends_on    TEXT,
    version    INTEGER NOT NULL DEFAULT 1,
    change_seq INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_user_change ON events(user_id, change_seq);

CREATE TABLE entries (
    id                TEXT PRIMARY KEY,
    user_id           INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind              TEXT NOT NULL,
    course_title      TEXT,
    provider          TEXT,
    holder_name       TEXT,
    approval_number   TEXT,
    completion_date   TEXT,
    hours             REAL,
    hours_unit        TEXT NOT NULL DEFAULT 'hours',
    event_id          TEXT,
    attended_from     TEXT,
    attended_until    TEXT,
    document_sha256   TEXT,
    approval_verified INTEGER NOT NULL DEFAULT 0,
    submission_status TEXT NOT NULL DEFAULT 'not_submitted',
    submission_method TEXT,
    submitted_on      TEXT,
    confirmed_on      TEXT,
    rejected_reason   TEXT,
    needs_review      INTEGER NOT NULL DEFAULT 0,
    notes             TEXT NOT NULL DEFAULT '',
    version           INTEGER NOT NULL DEFAULT 1,
    change_seq        INTEGER NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entries_user_change ON entries(user_id, change_seq);
CREATE INDEX entries_user_date ON entries(user_id, completion_date);
CREATE INDEX entries_document ON entries(document_sha256);
