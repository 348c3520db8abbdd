-- A change counter per user, locked by each write to that user's data before
-- it reads anything: one user's numbers commit in order whatever the number
-- of server processes, and different users do not wait for each other.
CREATE TABLE change_counters (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    value   BIGINT NOT NULL
);
INSERT INTO change_counters (user_id, value)
    SELECT id, (SELECT value FROM counters WHERE name = 'change') FROM users;
