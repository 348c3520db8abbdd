-- When each user last had an OCR job started. The queue serves first the user
-- who has waited longest, so one user's hundred photos do not hold up another
-- user's one: round robin across users, oldest job first within each.
CREATE TABLE ocr_turns (
    user_id    INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    last_start TEXT NOT NULL
);
