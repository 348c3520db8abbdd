-- Failed sign-ins, counted per account and per client address (DESIGN §4 Auth).
-- A sign-in in progress is counted as one until its password proves right.
CREATE TABLE login_failures (
    id     INTEGER PRIMARY KEY,
    scope  TEXT NOT NULL CHECK (scope IN ('account', 'address')),
    key    TEXT NOT NULL,
    at     TEXT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures(scope, key, at);
CREATE INDEX login_failures_at ON login_failures(at);
