"""Creating, changing and deleting entries.

The functions taking `tx` run inside a write transaction and are the one set of
rules both doors use: the REST endpoints here and sync's push. Each write says
who makes it (an `Origin`: a device, the REST door, or the server filling in
what OCR read); fields merge one by one under the rules in `server.sync.merge`.
Every change bumps the entry's version and takes a new change number, so pull
sees it; a write that changes nothing bumps nothing.
"""

from __future__ import annotations

from typing import Any

import msgspec

from server.db.changes import next_change_seq
from server.db.connection import Connection, Database
from server.documents.fill import fill_from_document
from server.entries import repo
from server.entries.models import USER_FIELDS, Entry, EntryIn, EntryPatch, patch_values
from server.errors import Invalid, LimitReached, NotFound
from server.fields import check_client_id, iso_now
from server.renewal.service import annotate_entries, annotate_entry
from server.sync.merge import (
    SERVER,
    Origin,
    created_clocks,
    decode_clocks,
    encode_clocks,
    rest_origin,
)
from server.sync.records import merge_record

__all__ = ["SERVER", "Origin", "patch_entry", "put_entry", "delete_entry", "restore_entry"]

# Far more than a working life of certificates; a bound on what one account can make
# the server store and every export read (deleted entries count: they stay as tombstones).
MAX_ENTRIES = 25_000


def entry_values(body: EntryIn) -> dict[str, Any]:
    return {name: getattr(body, name) for name in USER_FIELDS}


def check_values(values: dict[str, Any]) -> None:
    start, end = values.get("attended_from"), values.get("attended_until")
    if start and end:
        if (start.tzinfo is None) != (end.tzinfo is None):
            raise Invalid(
                "attended_from and attended_until must both carry a time zone, or neither."
            )
        if end < start:
            raise Invalid("attended_until is before attended_from.", field="attended_until")
    for name in ("course_title", "provider", "holder_name", "approval_number"):
        if isinstance(values.get(name), str):
            values[name] = values[name].strip() or None


async def owned_row(tx: Connection, user_id: int, entry_id: str, *, live: bool):
    row = await repo.find_entry(tx, entry_id)
    if row is None or row["user_id"] != user_id or (live and row["deleted"]):
        raise NotFound(f"No entry with id {entry_id}.")
    return row


async def put_entry(
    tx: Connection,
    user_id: int,
    entry_id: str,
    body: EntryIn,
    origin: Origin | None = None,
) -> tuple[Entry, bool]:
    """Create or replace; returns the entry and whether it was created.

    Replacing merges field by field like a patch of every field.
    """
    origin = origin or rest_origin()
    if body.id is not None and body.id != entry_id:
        raise Invalid("The id in the body differs from the id in the path.", field="id")
    values = entry_values(body)
    check_values(values)
    row = await repo.find_entry(tx, entry_id)
    if row is None:
        check_client_id(entry_id, "entry")
        if await repo.count_entries(tx, user_id) >= MAX_ENTRIES:
            raise LimitReached(
                f"This account holds {MAX_ENTRIES:,} entries, the most one account may."
                " Delete old ones you no longer need, or ask the server's owner.",
                max_entries=MAX_ENTRIES,
            )
        now = iso_now()
        await repo.insert_entry(
            tx,
            entry_id,
            user_id,
            values,
            await next_change_seq(tx, user_id),
            now,
            encode_clocks(created_clocks(origin)),
        )
        entry = Entry(id=entry_id, **values, created_at=now, updated_at=now)
        return await _fill(tx, user_id, entry, origin, had=None), True
    row = await owned_row(tx, user_id, entry_id, live=not origin.tombstones)
    entry = await _merge(tx, user_id, row, values, origin)
    return await _fill(tx, user_id, entry, origin, had=row["document_sha256"]), False


async def patch_entry(
    tx: Connection,
    user_id: int,
    entry_id: str,
    values: dict[str, Any],
    origin: Origin | None = None,
) -> Entry:
    """Set these fields on this entry. `origin=SERVER` for what the server fills in.

    With the default (the REST door) a deleted entry answers NotFound; a device's
    or the server's write to a deleted entry is kept under the tombstone.
    """
    origin = origin or rest_origin()
    row = await owned_row(tx, user_id, entry_id, live=not origin.tombstones)
    current = repo.entry_from_row(row)
    merged = {**{n: getattr(current, n) for n in USER_FIELDS}, **values}
    check_values(merged)  # checks the entry as it would be, and tidies the given text
    entry = await _merge(tx, user_id, row, {n: merged[n] for n in values}, origin)
    return await _fill(tx, user_id, entry, origin, had=row["document_sha256"])


async def delete_entry(
    tx: Connection, user_id: int, entry_id: str, origin: Origin | None = None
) -> None:
    row = await owned_row(tx, user_id, entry_id, live=False)
    await _merge(tx, user_id, row, {"deleted": True}, origin or rest_origin())


async def restore_entry(
    tx: Connection, user_id: int, entry_id: str, origin: Origin | None = None
) -> Entry:
    row = await owned_row(tx, user_id, entry_id, live=False)
    return await _merge(tx, user_id, row, {"deleted": False}, origin or rest_origin())


async def _merge(
    tx: Connection, user_id: int, row, values: dict[str, Any], origin: Origin
) -> Entry:
    """Merge the values into the stored entry; returns the entry as it now is."""
    current = repo.entry_from_row(row)
    stored = {name: getattr(current, name) for name in (*USER_FIELDS, "deleted")}
    merge = await merge_record(
        tx,
        user_id,
        "entry",
        row["id"],
        current=stored,
        clocks=decode_clocks(row["clocks"]),
        version=row["version"],
        incoming=values,
        origin=origin,
    )
    if not merge.changes:
        if merge.refreshed:
            await repo.set_entry_clocks(tx, row["id"], encode_clocks(merge.clocks))
        return current
    now = iso_now()
    await repo.update_entry(
        tx,
        row["id"],
        merge.changes,
        version=merge.version,
        change_seq=await next_change_seq(tx, user_id),
        now=now,
        clocks=encode_clocks(merge.clocks),
    )
    return msgspec.structs.replace(current, **merge.changes, version=merge.version, updated_at=now)


async def _fill(
    tx: Connection, user_id: int, entry: Entry, origin: Origin, had: str | None
) -> Entry:
    """An entry that arrives pointing at a document already read takes what OCR found.

    Whichever door it came through. Only a new pointer matters (`had` is the
    document it pointed at before): OCR finishing later fills from its side.
    The fill itself is a write by the server (`origin=SERVER`), which fills
    nothing further.
    """
    if origin.is_fill or entry.deleted or entry.document_sha256 in (None, had):
        return entry
    return await fill_from_document(tx, user_id, entry.id) or entry


# The REST door: one transaction per request, answers carry computed problems.


async def save_entry(
    db: Database, user_id: int, entry_id: str, body: EntryIn
) -> tuple[Entry, bool]:
    async with db.transaction(user_id) as tx:
        entry, created = await put_entry(tx, user_id, entry_id, body)
    return await annotate_entry(db, user_id, entry), created


async def change_entry(db: Database, user_id: int, entry_id: str, patch: EntryPatch) -> Entry:
    async with db.transaction(user_id) as tx:
        entry = await patch_entry(tx, user_id, entry_id, patch_values(patch))
    return await annotate_entry(db, user_id, entry)


async def remove_entry(db: Database, user_id: int, entry_id: str) -> None:
    async with db.transaction(user_id) as tx:
        await delete_entry(tx, user_id, entry_id)


async def undelete_entry(db: Database, user_id: int, entry_id: str) -> Entry:
    async with db.transaction(user_id) as tx:
        entry = await restore_entry(tx, user_id, entry_id)
    return await annotate_entry(db, user_id, entry)


async def get_entry(db: Database, user_id: int, entry_id: str) -> Entry:
    async with db.reader() as conn:
        row = await owned_row(conn, user_id, entry_id, live=True)
    return await annotate_entry(db, user_id, repo.entry_from_row(row))


async def list_entries(db: Database, user_id: int, current_cycle_only: bool) -> list[Entry]:
    return await annotate_entries(db, user_id, current_cycle_only=current_cycle_only)
