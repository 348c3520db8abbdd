"""All SQL for sync: devices, refused mutations, the epoch, profile clocks, snapshots."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from server.db.connection import Connection, Row, execute, fetch_all, fetch_one
from server.sync.merge import Clock, decode_clocks
from server.sync.models import Rejection


@asynccontextmanager
async def savepoint(tx: Connection) -> AsyncIterator[None]:
    """A mutation that fails leaves nothing behind, while the push goes on."""
    await tx.execute("SAVEPOINT mutation")
    try:
        yield
    except BaseException:
        await tx.execute("ROLLBACK TO mutation")
        await tx.execute("RELEASE mutation")
        raise
    else:
        await tx.execute("RELEASE mutation")


async def epoch(conn: Connection) -> str:
    row = await fetch_one(conn, "SELECT value FROM sync_meta WHERE name = 'epoch'")
    assert row is not None, "migration 0002 records the epoch"
    return row[0]


async def find_client(conn: Connection, client_id: str) -> Row | None:
    return await fetch_one(
        conn,
        "SELECT client_id, user_id, last_mutation_id FROM sync_clients WHERE client_id = ?",
        (client_id,),
    )


async def add_client(conn: Connection, client_id: str, user_id: int, now: str) -> None:
    await execute(
        conn,
        "INSERT INTO sync_clients (client_id, user_id, created_at, updated_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (client_id, user_id, now, now),
    )


async def set_last_mutation_id(
    conn: Connection, client_id: str, last_mutation_id: int, now: str
) -> None:
    # MAX keeps the number from ever going back, whatever the caller computed.
    await execute(
        conn,
        "UPDATE sync_clients SET last_mutation_id ="
        " CASE WHEN last_mutation_id > ? THEN last_mutation_id ELSE ? END, updated_at = ?"
        " WHERE client_id = ?",
        (last_mutation_id, last_mutation_id, now, client_id),
    )


async def insert_rejection(
    conn: Connection,
    *,
    user_id: int,
    client_id: str,
    mutation_id: int,
    name: str,
    record_id: str | None,
    reason: str,
    now: str,
) -> None:
    await execute(
        conn,
        "INSERT INTO sync_rejections"
        " (user_id, client_id, mutation_id, name, record_id, reason, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (user_id, client_id, mutation_id, name[:100], record_id, reason[:2000], now),
    )


async def rejections_between(conn: Connection, client_id: str, first: int, last: int) -> list[Row]:
    return await fetch_all(
        conn,
        "SELECT mutation_id, reason FROM sync_rejections"
        " WHERE client_id = ? AND mutation_id BETWEEN ? AND ? ORDER BY mutation_id",
        (client_id, first, last),
    )


async def recent_rejections(conn: Connection, user_id: int, limit: int) -> list[Rejection]:
    rows = await fetch_all(
        conn,
        "SELECT client_id, mutation_id, name, record_id, reason, created_at"
        " FROM sync_rejections WHERE user_id = ? ORDER BY id DESC LIMIT ?",
        (user_id, limit),
    )
    return [Rejection(**dict(row)) for row in rows]


async def profile_change_seq(conn: Connection, user_id: int) -> int:
    row = await fetch_one(conn, "SELECT change_seq FROM users WHERE id = ?", (user_id,))
    return int(row[0]) if row else 0


async def profile_clocks(conn: Connection, user_id: int) -> dict[str, Clock]:
    row = await fetch_one(conn, "SELECT clocks FROM users WHERE id = ?", (user_id,))
    return decode_clocks(row[0]) if row else {}


async def set_profile_clocks(conn: Connection, user_id: int, clocks: str) -> None:
    await execute(conn, "UPDATE users SET clocks = ? WHERE id = ?", (clocks, user_id))


async def latest_changes(conn: Connection, user_id: int) -> tuple[int, int]:
    """The user's latest entry change and profile change (what the renewal view depends on)."""
    row = await fetch_one(
        conn,
        "SELECT (SELECT max(change_seq) FROM entries WHERE user_id = ?),"
        " (SELECT change_seq FROM users WHERE id = ?)",
        (user_id, user_id),
    )
    return (row[0] or 0, row[1] or 0) if row else (0, 0)
