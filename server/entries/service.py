"""Creating, changing and deleting entries.

The functions taking `tx` run inside a write transaction and are the one set of
rules both doors use: the REST endpoints here and sync's push. Every change
bumps the entry's version and takes a new change number, so pull sees it; a
write that changes nothing bumps nothing.
"""

from __future__ import annotations

from typing import Any

import aiosqlite
import msgspec

from server.db.changes import next_change_seq
from server.db.connection import Database
from server.documents.fill import fill_from_document
from server.entries import repo
from server.entries.models import USER_FIELDS, Entry, EntryIn, EntryPatch, patch_values
from server.errors import Invalid, NotFound
from server.fields import check_client_id, iso_now
from server.renewal.service import annotate_entries, annotate_entry


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


async def owned_row(tx: aiosqlite.Connection, user_id: int, entry_id: str, *, live: bool):
    row = await repo.find_entry(tx, entry_id)
    if row is None or row["user_id"] != user_id or (live and row["deleted"]):
        raise NotFound(f"No entry with id {entry_id}.")
    return row


async def put_entry(
    tx: aiosqlite.Connection, user_id: int, entry_id: str, body: EntryIn
) -> tuple[Entry, bool]:
    """Create or replace; returns the entry and whether it was created."""
    if body.id is not None and body.id != entry_id:
        raise Invalid("The id in the body differs from the id in the path.", field="id")
    values = entry_values(body)
    check_values(values)
    row = await repo.find_entry(tx, entry_id)
    if row is None:
        check_client_id(entry_id, "entry")
        await repo.insert_entry(tx, entry_id, user_id, values, await next_change_seq(tx), iso_now())
        return await _reload(tx, entry_id), True
    if row["user_id"] != user_id or row["deleted"]:
        raise NotFound(f"No entry with id {entry_id}.")
    await _write_changes(tx, row, values)
    return await _reload(tx, entry_id), False


async def patch_entry(
    tx: aiosqlite.Connection, user_id: int, entry_id: str, values: dict[str, Any]
) -> Entry:
    row = await owned_row(tx, user_id, entry_id, live=True)
    current = repo.entry_from_row(row)
    check_values({**{n: getattr(current, n) for n in USER_FIELDS}, **values})
    await _write_changes(tx, row, values)
    return await _reload(tx, entry_id)


async def delete_entry(tx: aiosqlite.Connection, user_id: int, entry_id: str) -> None:
    row = await owned_row(tx, user_id, entry_id, live=False)
    if not row["deleted"]:
        await repo.update_entry(
            tx, entry_id, {}, await next_change_seq(tx), iso_now(), deleted=True
        )


async def restore_entry(tx: aiosqlite.Connection, user_id: int, entry_id: str) -> Entry:
    row = await owned_row(tx, user_id, entry_id, live=False)
    if row["deleted"]:
        await repo.update_entry(
            tx, entry_id, {}, await next_change_seq(tx), iso_now(), deleted=False
        )
    return await _reload(tx, entry_id)


async def _write_changes(tx: aiosqlite.Connection, row, values: dict[str, Any]) -> None:
    current = repo.entry_from_row(row)
    changed = {
        name: value
        for name, value in values.items()
        if msgspec.to_builtins(getattr(current, name)) != msgspec.to_builtins(value)
    }
    if changed:
        await repo.update_entry(tx, row["id"], changed, await next_change_seq(tx), iso_now())


async def _reload(tx: aiosqlite.Connection, entry_id: str) -> Entry:
    row = await repo.find_entry(tx, entry_id)
    assert row is not None
    return repo.entry_from_row(row)


# The REST door: one transaction per request, answers carry computed problems.


async def save_entry(
    db: Database, user_id: int, entry_id: str, body: EntryIn
) -> tuple[Entry, bool]:
    async with db.transaction() as tx:
        entry, created = await put_entry(tx, user_id, entry_id, body)
        entry = await fill_from_document(tx, user_id, entry_id) or entry
    return await annotate_entry(db, user_id, entry), created


async def change_entry(db: Database, user_id: int, entry_id: str, patch: EntryPatch) -> Entry:
    async with db.transaction() as tx:
        entry = await patch_entry(tx, user_id, entry_id, patch_values(patch))
        entry = await fill_from_document(tx, user_id, entry_id) or entry
    return await annotate_entry(db, user_id, entry)


async def remove_entry(db: Database, user_id: int, entry_id: str) -> None:
    async with db.transaction() as tx:
        await delete_entry(tx, user_id, entry_id)


async def undelete_entry(db: Database, user_id: int, entry_id: str) -> Entry:
    async with db.transaction() as tx:
        entry = await restore_entry(tx, user_id, entry_id)
    return await annotate_entry(db, user_id, entry)


async def get_entry(db: Database, user_id: int, entry_id: str) -> Entry:
    async with db.reader() as conn:
        row = await owned_row(conn, user_id, entry_id, live=True)
    return await annotate_entry(db, user_id, repo.entry_from_row(row))


async def list_entries(db: Database, user_id: int, current_cycle_only: bool) -> list[Entry]:
    return await annotate_entries(db, user_id, current_cycle_only=current_cycle_only)
