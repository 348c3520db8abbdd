-- Certificate files. The bytes live once under the data directory, named by
-- their SHA-256 (blobs); each user who uploaded them has their own record
-- (documents), so the same file from two users is stored once and each sees
-- only their own. OCR depends on the bytes alone, so it runs once per blob.

CREATE TABLE blobs (
    sha256     TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    size       INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE documents (
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    sha256     TEXT NOT NULL REFERENCES blobs(sha256),
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, sha256)
);
CREATE INDEX documents_sha ON documents(sha256);

-- One OCR job per blob; a restart puts 'running' jobs back to 'queued'.
-- attempts counts starts, so a file that kills its worker every time still
-- ends as 'failed' instead of looping.
CREATE TABLE ocr_jobs (
    sha256      TEXT PRIMARY KEY REFERENCES blobs(sha256),
    status      TEXT NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued', 'running', 'done', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    not_before  TEXT NOT NULL,
    kind        TEXT,
    fields      TEXT NOT NULL DEFAULT '{}',
    text        TEXT NOT NULL DEFAULT '',
    seconds     REAL,
    error       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX ocr_jobs_due ON ocr_jobs(status, not_before);

-- Which entries have taken their empty fields from which document: each pair
-- fills once, so a field the user clears afterwards stays cleared.
CREATE TABLE document_fills (
    entry_id  TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    sha256    TEXT NOT NULL,
    filled_at TEXT NOT NULL,
    PRIMARY KEY (entry_id, sha256)
);
