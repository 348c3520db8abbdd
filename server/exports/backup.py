"""Making a full backup ZIP of one user's records and documents.

Members are written one at a time, so a backup of many certificates never sits
in memory whole. Photos and PDFs are stored as they are (they do not
compress); data.json and log.csv are deflated.
"""

from __future__ import annotations

import asyncio
import shutil
import zipfile
from datetime import date
from typing import IO

import msgspec

from server.accounts.service import apply_profile_patch
from server.db.connection import Database
from server.documents.storage import StoredFile
from server.errors import NotFound
from server.exports.backup_format import (
    CERTIFICATES_DIR,
    DATA_JSON,
    FORMAT,
    LOG_CSV,
    PDF_MEDIA_TYPE,
    SCHEMA_VERSION,
    BackupData,
    BackupDocument,
    BackupProfile,
    original_name,
)
from server.exports.certificates import certificate_pdf
from server.exports.documents import DocumentSource
from server.exports.log_csv import log_csv
from server.exports.records import Records, load_records
from server.fields import iso_now

_COPY_BYTES = 1024 * 1024


def backup_profile(records: Records, backed_up_on: date) -> BackupProfile:
    p = records.view.profile
    return BackupProfile(
        full_name=p.full_name,
        email=p.email,
        iicrc_id=p.iicrc_id,
        certifications=p.certifications,
        cycle_starts_on=p.cycle_starts_on,
        fee_due_on=p.fee_due_on,
        profile_email_checked_on=p.profile_email_checked_on,
        last_backup_on=backed_up_on,
        booth_hours=p.booth_hours,
        renewal_rules=p.renewal_rules,
    )


async def _available_documents(
    documents: DocumentSource, user_id: int, records: Records
) -> dict[str, tuple]:
    """sha256 -> (stored file, media type) of every document the entries point at and the server has.

    A photo still on its way from the phone is left out; its entry is backed up all the same.
    """
    found = {}
    for entry in records.entries:
        sha = entry.document_sha256
        if sha and sha not in found:
            try:
                found[sha] = await documents.file(user_id, sha)
            except NotFound:
                continue
    return found


async def write_backup(
    db: Database, documents: DocumentSource, user_id: int, out: IO[bytes], *, record: bool
) -> BackupData:
    """Writes the ZIP to `out`; with `record`, today becomes the profile's last backup.

    The download (a GET) does not record it: the app does, once the file is saved.
    """
    async with db.reader() as conn:
        records = await load_records(conn, user_id)
    today = records.view.today
    available = await _available_documents(documents, user_id, records)
    listed = _listed(records, available)
    archive = zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED, allowZip64=True)
    try:
        for sha, document in listed.items():
            stored = available[sha][0]
            await asyncio.to_thread(_copy_into, archive, documents, stored, document.original)
            if document.certificates[0] != document.original:
                pdf = await certificate_pdf(documents, user_id, sha)  # one held at a time
                await asyncio.to_thread(archive.writestr, document.certificates[0], pdf)
        data = BackupData(
            format=FORMAT,
            schema_version=SCHEMA_VERSION,
            created_at=iso_now(),
            profile=backup_profile(records, today),
            events=records.events,
            entries=[msgspec.structs.replace(e, problems=[]) for e in records.entries],
            documents=list(listed.values()),
        )
        deflate = {"compress_type": zipfile.ZIP_DEFLATED}
        await asyncio.to_thread(archive.writestr, LOG_CSV, log_csv(records), **deflate)
        await asyncio.to_thread(
            archive.writestr, DATA_JSON, msgspec.json.format(msgspec.json.encode(data)), **deflate
        )
    finally:
        await asyncio.to_thread(archive.close)
    if record:
        async with db.transaction(user_id) as tx:
            await apply_profile_patch(tx, user_id, {"last_backup_on": today})
    return data


def _listed(records: Records, available: dict[str, tuple]) -> dict[str, BackupDocument]:
    """Each document once, with its certificate's name (that of its first entry).

    A PDF upload is its own certificate, stored once under that name.
    """
    listed: dict[str, BackupDocument] = {}
    for entry in records.entries:
        sha = entry.document_sha256
        if sha not in available or sha in listed:
            continue
        stored, media_type = available[sha]
        certificate = CERTIFICATES_DIR + records.file_names[entry.id]
        listed[sha] = BackupDocument(
            sha256=sha,
            media_type=media_type,
            size=stored.size,
            original=certificate
            if media_type == PDF_MEDIA_TYPE
            else original_name(sha, media_type),
            certificates=[certificate],
        )
    return listed


def _copy_into(
    archive: zipfile.ZipFile, documents: DocumentSource, stored: StoredFile, member: str
) -> None:
    """Copies a stored file into the archive a piece at a time (it may be 25 MB)."""
    with documents.open(stored) as source, archive.open(member, "w") as target:
        shutil.copyfileobj(source, target, _COPY_BYTES)
