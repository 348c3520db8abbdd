"""Exports of one user's records: CSV log, transcript, certificate PDFs, backup and restore."""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import IO, Literal

from server.db.connection import Database
from server.documents.sniff import validate_document
from server.errors import DomainError, Invalid, NotFound
from server.exports.backup import write_backup
from server.exports.certificates import certificate_pdf
from server.exports.documents import DocumentSource
from server.exports.log_csv import log_csv
from server.exports.records import load_records
from server.exports.restore import RestoreResult, restore_backup
from server.exports.transcript import TranscriptInput, transcript_pdf
from server.naming import entry_file_name
from server.renewal.cycle import Cycle, add_months
from server.renewal.service import load_view, view_totals

CycleChoice = Literal["current", "previous"]
STALE_BACKUP_SECONDS = 3600


def previous_cycle(cycle: Cycle) -> Cycle:
    starts_on = add_months(cycle.starts_on, -12 * cycle.years)
    return Cycle(
        code=cycle.code,
        kind=cycle.kind,
        starts_on=starts_on,
        ends_on=cycle.starts_on - timedelta(days=1),
        required_hours=cycle.required_hours,
        years=cycle.years,
    )


async def export_log_csv(db: Database, user_id: int) -> bytes:
    async with db.reader() as conn:
        records = await load_records(conn, user_id)
    return log_csv(records)


async def export_transcript(db: Database, user_id: int, which: CycleChoice) -> bytes:
    async with db.reader() as conn:
        records = await load_records(conn, user_id)
    view = records.view
    cycle = view.cycle if which == "current" else previous_cycle(view.cycle)
    data = TranscriptInput(
        full_name=view.profile.full_name,
        iicrc_id=view.profile.iicrc_id,
        certifications=[c.code for c in view.profile.certifications],
        cycle=cycle,
        totals=view_totals(view, cycle),
        entries=records.entries,
        rules=view.profile.renewal_rules,
        generated_on=view.today,
    )
    # Layout is CPU work; keep the event loop free for other requests.
    return await asyncio.to_thread(transcript_pdf, data)


async def entry_certificate(
    db: Database, documents: DocumentSource, user_id: int, file_name: str
) -> tuple[bytes, str]:
    """`<entry id>.pdf`: the entry's certificate as a PDF, and its name by the convention."""
    entry_id = file_name.removesuffix(".pdf")
    async with db.reader() as conn:
        view = await load_view(conn, user_id)
    entry = next((e for e in view.entries if e.id == entry_id), None)
    if entry is None:
        raise NotFound(f"No entry with id {entry_id[:64]}.")
    if not entry.document_sha256:
        raise NotFound("This entry has no certificate photo or PDF yet.")
    data = await certificate_pdf(documents, user_id, entry.document_sha256)
    return data, entry_file_name(entry, view.profile.renewal_rules)


async def backup_file(db: Database, documents: DocumentSource, user_id: int, folder: Path) -> Path:
    """The backup ZIP in a temporary file under `folder`; the caller removes it when sent."""
    folder.mkdir(parents=True, exist_ok=True)
    await asyncio.to_thread(sweep_stale, folder)
    handle = tempfile.NamedTemporaryFile(dir=folder, prefix="backup-", suffix=".zip", delete=False)
    path = Path(handle.name)
    try:
        with handle:
            await write_backup(db, documents, user_id, handle, record=False)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def sweep_stale(folder: Path, max_age_seconds: float = STALE_BACKUP_SECONDS) -> int:
    """Backups whose download was cut off before the file could be removed; how many."""
    cutoff = time.time() - max_age_seconds
    removed = 0
    for path in folder.glob("backup-*.zip"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
    return removed


def document_checker(max_bytes: int) -> Callable[[bytes], str]:
    """Checks a backup's original like any upload, naming it when it is refused."""

    def check(data: bytes) -> str:
        try:
            return validate_document(data, max_bytes)
        except DomainError as exc:
            raise Invalid(
                f"A document in the backup is not a certificate file: {exc.detail}."
            ) from None

    return check


async def restore_upload(
    db: Database, documents: DocumentSource, user_id: int, file: IO[bytes], max_bytes: int
) -> RestoreResult:
    return await restore_backup(
        db, documents, user_id, file, max_bytes, document_checker(max_bytes)
    )
