-- The calendar feed: one secret per user, stored as its SHA-256.

CREATE TABLE calendar_feeds (
    user_id     BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    secret_hash TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);
