"""All SQL for conflicts."""

from __future__ import annotations

import msgspec

from server.conflicts.models import Conflict, RecordType
from server.db.connection import Connection, Row, execute, fetch_all, fetch_one
from server.sync.merge import LostValue

_COLUMNS = (
    "id, record_type, record_id, field, lost_value, kept_value, lost_client_id, lost_ts,"
    " kept_client_id, kept_ts, record_version, created_at, resolution, resolved_at"
)


def conflict_from_row(row: Row) -> Conflict:
    return Conflict(
        id=row["id"],
        record_type=row["record_type"],
        record_id=row["record_id"],
        field=row["field"],
        mine=msgspec.json.decode(row["lost_value"]),
        theirs=msgspec.json.decode(row["kept_value"]),
        mine_client_id=row["lost_client_id"],
        mine_ts=row["lost_ts"],
        theirs_client_id=row["kept_client_id"],
        theirs_ts=row["kept_ts"],
        record_version=row["record_version"],
        created_at=row["created_at"],
        resolution=row["resolution"],
        resolved_at=row["resolved_at"],
    )


async def insert_conflicts(
    conn: Connection,
    user_id: int,
    record_type: RecordType,
    record_id: str,
    lost: list[LostValue],
    record_version: int,
    now: str,
) -> None:
    await conn.executemany(
        "INSERT INTO conflicts (user_id, record_type, record_id, field, lost_value, kept_value,"
        " lost_client_id, lost_ts, kept_client_id, kept_ts, record_version, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                user_id,
                record_type,
                record_id,
                value.field,
                msgspec.json.encode(value.lost).decode(),
                msgspec.json.encode(value.kept).decode(),
                value.lost_clock.client,
                value.lost_clock.ts,
                value.kept_clock.client,
                value.kept_clock.ts,
                record_version,
                now,
            )
            for value in lost
        ],
    )


async def has_open_conflict(
    conn: Connection, record_type: RecordType, record_id: str, field: str
) -> bool:
    row = await fetch_one(
        conn,
        "SELECT 1 FROM conflicts WHERE record_type = ? AND record_id = ? AND field = ?"
        " AND resolution IS NULL",
        (record_type, record_id, field),
    )
    return row is not None


async def open_conflicts(conn: Connection, user_id: int) -> list[Conflict]:
    rows = await fetch_all(
        conn,
        f"SELECT {_COLUMNS} FROM conflicts WHERE user_id = ? AND resolution IS NULL"
        " ORDER BY id DESC",
        (user_id,),
    )
    return [conflict_from_row(row) for row in rows]


async def all_conflicts(conn: Connection, user_id: int) -> list[Conflict]:
    rows = await fetch_all(
        conn, f"SELECT {_COLUMNS} FROM conflicts WHERE user_id = ? ORDER BY id", (user_id,)
    )
    return [conflict_from_row(row) for row in rows]


async def find_conflict(conn: Connection, user_id: int, conflict_id: int) -> Conflict | None:
    row = await fetch_one(
        conn,
        f"SELECT {_COLUMNS} FROM conflicts WHERE id = ? AND user_id = ?",
        (conflict_id, user_id),
    )
    return conflict_from_row(row) if row else None


async def mark_resolved(conn: Connection, conflict_id: int, resolution: str, now: str) -> None:
    await execute(
        conn,
        "UPDATE conflicts SET resolution = ?, resolved_at = ? WHERE id = ?",
        (resolution, now, conflict_id),
    )
