-- Certificate files (blobs, by SHA-256), who has them (documents), their OCR
-- jobs, and which entries took fields from which document.

CREATE TABLE blobs (
    sha256     TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    size       BIGINT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE documents (
    user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    sha256     TEXT NOT NULL REFERENCES blobs(sha256),
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, sha256)
);
CREATE INDEX documents_sha ON documents(sha256);

CREATE TABLE ocr_jobs (
    sha256      TEXT PRIMARY KEY REFERENCES blobs(sha256),
    status      TEXT NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued', 'running', 'done', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    not_before  TEXT NOT NULL,
    kind        TEXT,
    fields      TEXT NOT NULL DEFAULT '{}',
    text        TEXT NOT NULL DEFAULT '',
    seconds     DOUBLE PRECISION,
    error       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX ocr_jobs_due ON ocr_jobs(status, not_before);

CREATE TABLE document_fills (
    entry_id  TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    sha256    TEXT NOT NULL,
    filled_at TEXT NOT NULL,
    PRIMARY KEY (entry_id, sha256)
);
