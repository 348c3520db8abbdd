"""The write path every record type shares: merge per field, keep what lost."""

from __future__ import annotations

from typing import Any

from server.conflicts import repo as conflicts_repo
from server.conflicts.models import RecordType
from server.db.connection import Connection
from server.fields import iso_now
from server.sync.merge import Clock, Merge, Origin, concurrent_delete, merge_fields


async def merge_record(
    tx: Connection,
    user_id: int,
    record_type: RecordType,
    record_id: str,
    *,
    current: dict[str, Any],
    clocks: dict[str, Clock],
    version: int,
    incoming: dict[str, Any],
    origin: Origin,
) -> Merge:
    """Decide which incoming values to write and record the values that lost.

    The caller writes `merge.changes` (if any) with `merge.version` and `merge.clocks`.
    """
    merge = merge_fields(current, clocks, incoming, origin, version)
    lost = list(merge.lost)
    touched = bool(merge.changes or merge.lost)
    if touched and "deleted" not in incoming and current.get("deleted"):
        gone = concurrent_delete(True, clocks, origin, version)
        if gone and not await conflicts_repo.has_open_conflict(
            tx, record_type, record_id, "deleted"
        ):
            lost.append(gone)
    if lost:
        await conflicts_repo.insert_conflicts(
            tx, user_id, record_type, record_id, lost, merge.version, iso_now()
        )
    return merge
