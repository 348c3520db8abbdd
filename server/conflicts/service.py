"""Listing the values that lost a concurrent edit, and taking one back.

Keeping "mine" writes the set-aside value again as a change of its own (the
REST door's origin: it follows every change so far), so its version rises and
every device receives it through pull.
"""

from __future__ import annotations

from typing import Any

import msgspec

from server.accounts import service as accounts
from server.accounts.models import ProfilePatch
from server.conflicts import repo
from server.conflicts.models import Conflict, Keep
from server.db.connection import Connection, Database
from server.entries import service as entries
from server.entries.models import EntryIn
from server.errors import Conflict as ConflictError
from server.errors import Invalid, NotFound
from server.events import service as events
from server.events.models import EventIn
from server.fields import iso_now
from server.sync.merge import rest_origin


async def list_conflicts(db: Database, user_id: int) -> list[Conflict]:
    async with db.reader() as conn:
        return await repo.open_conflicts(conn, user_id)


async def resolve_conflict(db: Database, user_id: int, conflict_id: int, keep: Keep) -> Conflict:
    async with db.transaction(user_id) as tx:
        conflict = await repo.find_conflict(tx, user_id, conflict_id)
        if conflict is None:
            raise NotFound(f"No conflict with id {conflict_id}.")
        if conflict.resolution == keep:
            return conflict  # a retried answer: already done
        if conflict.resolution is not None:
            raise ConflictError(
                f"This conflict was already resolved keeping {conflict.resolution}.",
                resolution=conflict.resolution,
            )
        if keep == "mine":
            await _write_back(tx, user_id, conflict)
        await repo.mark_resolved(tx, conflict_id, keep, iso_now())
        resolved = await repo.find_conflict(tx, user_id, conflict_id)
    assert resolved is not None
    return resolved


async def _write_back(tx: Connection, user_id: int, conflict: Conflict) -> None:
    # The set-aside value may belong to a deleted record: it is kept under the tombstone.
    origin = rest_origin(tombstones=True)
    record_id, field = conflict.record_id, conflict.field
    if conflict.record_type == "profile":
        value = _typed(ProfilePatch, field, conflict.mine)
        await accounts.apply_profile_patch(tx, user_id, {field: value}, origin)
    elif conflict.record_type == "entry":
        if field == "deleted":
            change = entries.delete_entry if conflict.mine else entries.restore_entry
            await change(tx, user_id, record_id, origin)
        else:
            value = _typed(EntryIn, field, conflict.mine)
            await entries.patch_entry(tx, user_id, record_id, {field: value}, origin)
    elif field == "deleted":
        change = events.delete_event if conflict.mine else events.restore_event
        await change(tx, user_id, record_id, origin)
    else:
        value = _typed(EventIn, field, conflict.mine)
        await events.patch_event(tx, user_id, record_id, {field: value}, origin)


def _typed(struct: type, field: str, value: Any) -> Any:
    """The stored JSON value back as the type the record's field holds."""
    types = {f.name: f.type for f in msgspec.structs.fields(struct)}
    try:
        return msgspec.convert(value, type=types[field])
    except (KeyError, msgspec.ValidationError) as exc:
        raise Invalid(f"The set-aside value of {field} can no longer be written: {exc}") from None
