"""Restoring a backup ZIP into an account: idempotent, all checks before any write.

Documents go in through the documents service (content-addressed: a file
already there is not stored again), then events, entries and the empty parts
of the profile in one transaction. An entry already as the backup has it is
skipped, so restoring the same backup twice changes nothing the second time.

Ids are kept. An id that another account already uses on this server (a
backup restored into a second account) is replaced by one derived from the
account and the old id, the same on every restore.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import IO, Any

import msgspec

from server.accounts import repo as accounts_repo
from server.accounts.service import apply_profile_patch
from server.db.connection import Connection, Database
from server.documents import repo as documents_repo
from server.entries import repo as entries_repo
from server.entries.models import USER_FIELDS, EntryIn
from server.entries.service import patch_entry, put_entry, restore_entry
from server.errors import Invalid
from server.events import repo as events_repo
from server.events.models import EventIn
from server.events.service import put_event
from server.exports.backup_format import BackupData, BackupProfile
from server.exports.backup_read import Backup, open_backup
from server.exports.documents import DocumentSource
from server.fields import iso_now

_ID_NAMESPACE = uuid.UUID("6f1d3c52-51b6-4b8e-9f3e-0c7c1e0f5a11")
# Profile fields a restore fills in when the account has none of its own.
_PROFILE_FILLS = (
    "iicrc_id",
    "certifications",
    "cycle_starts_on",
    "fee_due_on",
    "profile_email_checked_on",
    "last_backup_on",
)


class RestoreResult(msgspec.Struct, kw_only=True):
    entries_added: int = 0
    entries_updated: int = 0
    documents_added: int = 0
    skipped: int = 0  # entries and documents already here as the backup has them


def _converted(value: Any, target: type, what: str) -> Any:
    try:
        return msgspec.convert(msgspec.to_builtins(value), type=target)
    except msgspec.ValidationError as exc:
        raise Invalid(f"The backup's {what} is not valid: {exc}.") from None


def planned_entries(data: BackupData) -> list[tuple[str, EntryIn, str]]:
    """Every entry as the PUT body it restores with and when the backup's copy last changed,
    checked before anything is written."""
    planned = []
    for entry in data.entries:
        if entry.deleted:
            continue
        values = {name: getattr(entry, name) for name in USER_FIELDS}
        body = _converted({**values, "id": entry.id}, EntryIn, f"entry {entry.id}")
        planned.append((entry.id, body, entry.updated_at))
    return planned


def planned_events(data: BackupData) -> list[tuple[str, EventIn]]:
    return [
        (
            e.id,
            _converted(
                {
                    "id": e.id,
                    "name": e.name,
                    "location": e.location,
                    "starts_on": e.starts_on,
                    "ends_on": e.ends_on,
                },
                EventIn,
                f"event {e.id}",
            ),
        )
        for e in data.events
        if not e.deleted
    ]


def local_id(user_id: int, backup_id: str) -> str:
    return str(uuid.uuid5(_ID_NAMESPACE, f"{user_id}/{backup_id}"))


async def _target_id(tx: Connection, find: Callable, user_id: int, backup_id: str) -> str:
    row = await find(tx, backup_id)
    return backup_id if row is None or row["user_id"] == user_id else local_id(user_id, backup_id)


def _same(current: Any, incoming: dict[str, Any]) -> bool:
    return all(
        msgspec.to_builtins(getattr(current, name)) == msgspec.to_builtins(value)
        for name, value in incoming.items()
    )


async def _restore_entry(
    tx, user_id: int, entry_id: str, body: EntryIn, backup_updated_at: str, result: RestoreResult
) -> None:
    row = await entries_repo.find_entry(tx, entry_id)
    if row is None:
        await put_entry(tx, user_id, entry_id, body)
        await _fields_taken(tx, entry_id, body)
        result.entries_added += 1
        return
    values = {name: getattr(body, name) for name in USER_FIELDS}
    current = entries_repo.entry_from_row(row)
    if not row["deleted"] and _same(current, values):
        result.skipped += 1
        return
    if not row["deleted"] and row["updated_at"] > backup_updated_at:
        # Edited here after the backup was made: a restore brings back what is missing,
        # it never takes away the technician's later work.
        result.skipped += 1
        return
    if row["deleted"]:
        await restore_entry(tx, user_id, entry_id)
    await patch_entry(tx, user_id, entry_id, values)
    await _fields_taken(tx, entry_id, body)
    result.entries_updated += 1


async def _fields_taken(tx, entry_id: str, body: EntryIn) -> None:
    """A restored entry is the record as the technician left it: OCR of its photo has had
    its say where the backup was made, so it fills no blank the technician kept."""
    if body.document_sha256:
        await documents_repo.record_fill(tx, entry_id, body.document_sha256, iso_now())


async def _restore_events(tx, user_id: int, events: list[tuple[str, EventIn]]) -> dict[str, str]:
    """Puts each event; returns backup id -> id here, for the entries that point at them."""
    ids = {}
    for backup_id, body in events:
        event_id = await _target_id(tx, events_repo.find_event, user_id, backup_id)
        row = await events_repo.find_event(tx, event_id)
        if row is not None and row["deleted"]:
            continue  # deleted here after the backup: the user's later word stands
        await put_event(tx, user_id, event_id, msgspec.structs.replace(body, id=event_id))
        ids[backup_id] = event_id
    return ids


async def _fill_profile(tx, user_id: int, profile: BackupProfile) -> None:
    current = await accounts_repo.get_user(tx, user_id)
    assert current is not None
    values = {
        name: getattr(profile, name)
        for name in _PROFILE_FILLS
        if getattr(current, name) in (None, "", []) and getattr(profile, name) not in (None, "", [])
    }
    if values:
        await apply_profile_patch(tx, user_id, values)


async def apply_backup(
    db: Database, documents: DocumentSource, user_id: int, backup: Backup
) -> RestoreResult:
    # Planned first: an entry the backup got wrong refuses the restore before a file is stored.
    entries = planned_entries(backup.data)
    events = planned_events(backup.data)
    result = RestoreResult()
    for document in backup.data.documents:
        data = await asyncio.to_thread(backup.original, document.sha256)
        _, created = await documents.upload(user_id, data)
        if created:
            result.documents_added += 1
        else:
            result.skipped += 1
    async with db.transaction(user_id) as tx:
        event_ids = await _restore_events(tx, user_id, events)
        for backup_id, body, backup_updated_at in entries:
            entry_id = await _target_id(tx, entries_repo.find_entry, user_id, backup_id)
            if body.event_id is not None:
                # An event deleted here since the backup is not restored: point at nothing.
                body = msgspec.structs.replace(body, event_id=event_ids.get(body.event_id))
            body = msgspec.structs.replace(body, id=entry_id)
            await _restore_entry(tx, user_id, entry_id, body, backup_updated_at, result)
        await _fill_profile(tx, user_id, backup.data.profile)
    return result


async def restore_backup(
    db: Database,
    documents: DocumentSource,
    user_id: int,
    file: IO[bytes],
    max_document_bytes: int,
    check_document: Callable[[bytes], str] | None = None,
) -> RestoreResult:
    backup = await asyncio.to_thread(open_backup, file, max_document_bytes, check_document)
    try:
        return await apply_backup(db, documents, user_id, backup)
    finally:
        backup.archive.close()
