-- When each user last had an OCR job started (round robin across users).
CREATE TABLE ocr_turns (
    user_id    BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    last_start TEXT NOT NULL
);
