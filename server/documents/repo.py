"""All SQL for documents, their blobs, OCR jobs and the fills they made."""

from __future__ import annotations

from server.db.connection import Connection, Row, execute, fetch_all, fetch_one

_DOCUMENT = (
    "SELECT d.sha256, d.created_at, b.media_type, b.size,"
    " j.status, j.kind, j.fields, j.text, j.error, j.attempts, j.seconds,"
    " j.lines, j.page"
    " FROM documents d JOIN blobs b ON b.sha256 = d.sha256"
    " LEFT JOIN ocr_jobs j ON j.sha256 = d.sha256"
)


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


async def requeue_running(
    tx: Connection, now: str, max_attempts: int, reason: str
) -> tuple[int, int]:
    """Jobs a stopped server left half-done go back in the queue, unless they have
    been started `max_attempts` times: those end `failed` with `reason`.
    Returns (requeued, failed)."""
    failed = await execute(
        tx,
        "UPDATE ocr_jobs SET status = 'failed', error = ?, updated_at = ?"
        " WHERE status = 'running' AND attempts >= ?",
        (reason, now, max_attempts),
    )
    requeued = await execute(
        tx,
        "UPDATE ocr_jobs SET status = 'queued', updated_at = ? WHERE status = 'running'",
        (now,),
    )
    return requeued, failed


async def claim_job(tx: Connection, now: str) -> Row | None:
    """A due job, marked running and its attempt counted: that of the user whose
    last turn is oldest (a job is its first uploader's), their oldest due one."""
    pick = await fetch_one(
        tx,
        "SELECT due.sha256, due.owner FROM ("
        "  SELECT j.sha256, j.not_before, j.created_at,"
        "   (SELECT d.user_id FROM documents d WHERE d.sha256 = j.sha256"
        "    ORDER BY d.created_at, d.user_id LIMIT 1) AS owner"
        "  FROM ocr_jobs j WHERE j.status = 'queued' AND j.not_before <= ?) AS due"
        " LEFT JOIN ocr_turns t ON t.user_id = due.owner"
        " ORDER BY coalesce(t.last_start, ''), due.not_before, due.created_at LIMIT 1",
        (now,),
    )
    if pick is None:
        return None
    if pick["owner"] is not None:
        await execute(
            tx,
            "INSERT INTO ocr_turns (user_id, last_start) VALUES (?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET last_start = excluded.last_start",
            (pick["owner"], now),
        )
    return await fetch_one(
        tx,
        "UPDATE ocr_jobs SET status = 'running', attempts = attempts + 1, updated_at = ?"
        " WHERE sha256 = ?"
        " RETURNING ocr_jobs.sha256, ocr_jobs.attempts,"
        "  (SELECT media_type FROM blobs WHERE blobs.sha256 = ocr_jobs.sha256) AS media_type",
        (now, pick["sha256"]),
    )


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
    row = await fetch_one(conn, "SELECT min(not_before) FROM ocr_jobs WHERE status = 'queued'")
    return row[0] if row else None


async def finish_job(
    tx: Connection,
    sha256: str,
    kind: str,
    fields: str,
    text: str,
    seconds: float,
    lines: str,
    page: str,
    now: str,
) -> None:
    await execute(
        tx,
        "UPDATE ocr_jobs SET status = 'done', kind = ?, fields = ?, text = ?, seconds = ?,"
        " lines = ?, page = ?, error = NULL, updated_at = ? WHERE sha256 = ?",
        (kind, fields, text, seconds, lines, page, now, sha256),
    )


async def retry_job(tx: Connection, sha256: str, error: str, not_before: str, now: str) -> None:
    await execute(
        tx,
        "UPDATE ocr_jobs SET status = 'queued', error = ?, not_before = ?, updated_at = ?"
        " WHERE sha256 = ?",
        (error, not_before, now, sha256),
    )


async def fail_job(tx: Connection, sha256: str, error: str, now: str) -> None:
    await execute(
        tx,
        "UPDATE ocr_jobs SET status = 'failed', error = ?, updated_at = ? WHERE sha256 = ?",
        (error, now, sha256),
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
        "SELECT j.sha256, j.kind, j.fields FROM entries e"
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
