-- The calendar feed: one secret per user, stored as its SHA-256 like API
-- tokens, so a copy of the database does not open anyone's feed. Rotating
-- replaces the row; deleting it turns the feed off.

CREATE TABLE calendar_feeds (
    user_id     INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    secret_hash TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);
