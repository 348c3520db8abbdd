-- A change counter per user instead of one for everyone. A write locks its
-- user's counter first, so each user's numbers commit in order even with many
-- server processes on one PostgreSQL database, and different users no longer
-- wait for each other. Each counter starts at the global value, so cursors
-- devices already hold stay valid.
CREATE TABLE change_counters (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    value   INTEGER NOT NULL
);
INSERT INTO change_counters (user_id, value)
    SELECT id, (SELECT value FROM counters WHERE name = 'change') FROM users;

-- Emails are looked up as lower(email) on both databases.
CREATE INDEX users_email_lower ON users(lower(email));
