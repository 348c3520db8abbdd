"""All SQL for documents, their blobs, OCR jobs and the fills they made."""

from __future__ import annotations

from server.db.connection import Connection, Row, execute, fetch_all, fetch_one

_DOCUMENT = (
    "SELECT d.sha256, d.created_at, b.media_type, b.size,"
    " j.status, j.kind, j.fields, j.text, j.error, j.attempts, j.seconds,"
    " j.lines, j.page, j.suggestions"
    " FROM documents d JOIN blobs b ON b.sha256 = d.sha256"
    " LEFT JOIN ocr_jobs j ON j.sha256 = d.sha256"
)

# A job as its worker holds it: still running, and the lease still in its name.
_HELD = "sha256 = ? AND status = 'running' AND lease_owner = ?"


async def find_document(conn: Connection, user_id: int, sha256: str) -> Row | None:
    return await fetch_one(
        conn, f"{_DOCUMENT} WHERE d.user_id = ? AND d.sha256 = ?", (user_id, sha256)
    )


async def insert_blob(tx: Connection, sha256: str, media_type: str, size: int, now: str) -> None:
    await execute(
        tx,
        "INSERT INTO blobs (sha256, media_type, size, created_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (sha256, media_type, size, now),
    )


async def insert_document(tx: Connection, user_id: int, sha256: str, now: str) -> bool:
    """Record that this user has the file; False when they already had it."""
    changed = await execute(
        tx,
        "INSERT INTO documents (user_id, sha256, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (user_id, sha256, now),
    )
    return changed > 0


async def insert_ocr_job(tx: Connection, sha256: str, now: str) -> bool:
    changed = await execute(
        tx,
        "INSERT INTO ocr_jobs (sha256, status, not_before, created_at, updated_at)"
        " VALUES (?, 'queued', ?, ?, ?) ON CONFLICT DO NOTHING",
        (sha256, now, now, now),
    )
    return changed > 0


async def find_ocr_job(conn: Connection, sha256: str) -> Row | None:
    return await fetch_one(conn, "SELECT * FROM ocr_jobs WHERE sha256 = ?", (sha256,))


def _first_uploader(sha256_column: str) -> str:
    """The user a job belongs to for fairness: its document's first uploader."""
    return (
        f"(SELECT d.user_id FROM documents d WHERE d.sha256 = {sha256_column}"
        " ORDER BY d.created_at, d.user_id LIMIT 1)"
    )


async def fail_expired_jobs(tx: Connection, now: str, max_attempts: int, reason: str) -> int:
    """Jobs whose lease ran out on their last allowed start end `failed` with `reason`."""
    return await execute(
        tx,
        "UPDATE ocr_jobs SET status = 'failed', error = ?, updated_at = ?"
        " WHERE status = 'running' AND lease_until <= ? AND attempts >= ?",
        (reason, now, now, max_attempts),
    )


async def claim_job(
    tx: Connection,
    now: str,
    lease_until: str,
    owner: str,
    max_attempts: int,
    *,
    skip_locked: bool = False,
) -> Row | None:
    """Leases one job to `owner` until `lease_until` and counts the start: a queued
    job that is due, or a running one whose lease ran out (its worker died).
    It is that of the user whose last turn is oldest (a job is its first
    uploader's), their oldest one. `skip_locked` (PostgreSQL) passes over jobs
    another worker is claiming at this moment instead of waiting for it."""
    lock = " FOR UPDATE OF j SKIP LOCKED" if skip_locked else ""
    job = await fetch_one(
        tx,
        "UPDATE ocr_jobs SET status = 'running', attempts = attempts + 1,"
        " lease_owner = ?, lease_until = ?, updated_at = ?"
        " WHERE sha256 = ("
        "  SELECT j.sha256 FROM ocr_jobs j"
        f"  LEFT JOIN ocr_turns t ON t.user_id = {_first_uploader('j.sha256')}"
        "  WHERE (j.status = 'queued' AND j.not_before <= ?)"
        "   OR (j.status = 'running' AND j.lease_until <= ? AND j.attempts < ?)"
        f"  ORDER BY coalesce(t.last_start, ''), j.not_before, j.created_at LIMIT 1{lock})"
        " RETURNING ocr_jobs.sha256, ocr_jobs.attempts,"
        "  (SELECT media_type FROM blobs WHERE blobs.sha256 = ocr_jobs.sha256) AS media_type,"
        f"  {_first_uploader('ocr_jobs.sha256')} AS user_id",
        (owner, lease_until, now, now, now, max_attempts),
    )
    if job is not None and job["user_id"] is not None:
        await execute(
            tx,
            "INSERT INTO ocr_turns (user_id, last_start) VALUES (?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET last_start = excluded.last_start",
            (job["user_id"], now),
        )
    return job


async def renew_lease(tx: Connection, sha256: str, owner: str, lease_until: str) -> bool:
    """False when `owner` no longer holds the job (its lease ran out and another took it)."""
    changed = await execute(
        tx,
        f"UPDATE ocr_jobs SET lease_until = ? WHERE {_HELD}",
        (lease_until, sha256, owner),
    )
    return changed > 0


async def release_job(tx: Connection, sha256: str, owner: str, now: str) -> bool:
    """A worker stopping on purpose hands its job back at once; the start does not count."""
    changed = await execute(
        tx,
        "UPDATE ocr_jobs SET status = 'queued', attempts = attempts - 1,"
        f" lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE {_HELD}",
        (now, sha256, owner),
    )
    return changed > 0


async def count_waiting_ocr(conn: Connection, user_id: int) -> int:
    """This user's documents still to be read (queued or being read)."""
    row = await fetch_one(
        conn,
        "SELECT count(*) FROM documents d JOIN ocr_jobs j ON j.sha256 = d.sha256"
        " WHERE d.user_id = ? AND j.status IN ('queued', 'running')",
        (user_id,),
    )
    return int(row[0]) if row else 0


async def next_due(conn: Connection) -> str | None:
    """When a job is next due: a queued one's time, or the end of a running one's lease."""
    row = await fetch_one(
        conn,
        "SELECT min(due) FROM ("
        " SELECT min(not_before) AS due FROM ocr_jobs WHERE status = 'queued'"
        " UNION ALL"
        " SELECT min(lease_until) AS due FROM ocr_jobs WHERE status = 'running') AS soonest",
    )
    return row[0] if row else None


async def finish_job(
    tx: Connection,
    sha256: str,
    owner: str,
    kind: str,
    fields: str,
    text: str,
    seconds: float,
    lines: str,
    page: str,
    suggestions: str,
    now: str,
) -> bool:
    """Stores the reading; False (nothing stored) when `owner` no longer holds the job."""
    changed = await execute(
        tx,
        "UPDATE ocr_jobs SET status = 'done', kind = ?, fields = ?, text = ?, seconds = ?,"
        f" lines = ?, page = ?, suggestions = ?, error = NULL, updated_at = ? WHERE {_HELD}",
        (kind, fields, text, seconds, lines, page, suggestions, now, sha256, owner),
    )
    return changed > 0


async def retry_job(
    tx: Connection, sha256: str, owner: str, error: str, not_before: str, now: str
) -> None:
    await execute(
        tx,
        "UPDATE ocr_jobs SET status = 'queued', error = ?, not_before = ?,"
        f" lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE {_HELD}",
        (error, not_before, now, sha256, owner),
    )


async def fail_job(tx: Connection, sha256: str, owner: str, error: str, now: str) -> None:
    await execute(
        tx,
        f"UPDATE ocr_jobs SET status = 'failed', error = ?, updated_at = ? WHERE {_HELD}",
        (error, now, sha256, owner),
    )


async def entries_awaiting_fill(
    tx: Connection, sha256: str, user_id: int | None = None
) -> list[tuple[int, str]]:
    """(user, entry) pairs: live entries pointing at a document their owner has,
    that have not yet taken fields from it."""
    rows = await fetch_all(
        tx,
        "SELECT e.user_id, e.id FROM entries e"
        " JOIN documents d ON d.user_id = e.user_id AND d.sha256 = e.document_sha256"
        " WHERE e.document_sha256 = ? AND e.deleted = 0 AND (CAST(? AS INTEGER) IS NULL OR e.user_id = ?)"
        " AND NOT EXISTS (SELECT 1 FROM document_fills f"
        "  WHERE f.entry_id = e.id AND f.sha256 = e.document_sha256)"
        " ORDER BY e.created_at",
        (sha256, user_id, user_id),
    )
    return [(row[0], row[1]) for row in rows]


async def fill_source(tx: Connection, user_id: int, entry_id: str) -> Row | None:
    """The finished OCR of the document this live entry points at, if it may fill it:
    the user has the document and this entry has not taken fields from it before."""
    return await fetch_one(
        tx,
        "SELECT j.sha256, j.kind, j.fields, j.lines FROM entries e"
        " JOIN documents d ON d.user_id = e.user_id AND d.sha256 = e.document_sha256"
        " JOIN ocr_jobs j ON j.sha256 = e.document_sha256 AND j.status = 'done'"
        " WHERE e.id = ? AND e.user_id = ? AND e.deleted = 0"
        " AND NOT EXISTS (SELECT 1 FROM document_fills f"
        "  WHERE f.entry_id = e.id AND f.sha256 = e.document_sha256)",
        (entry_id, user_id),
    )


async def record_fill(tx: Connection, entry_id: str, sha256: str, now: str) -> None:
    await execute(
        tx,
        "INSERT INTO document_fills (entry_id, sha256, filled_at) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (entry_id, sha256, now),
    )
