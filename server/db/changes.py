"""The change counter: every write to a user's data takes the next number."""

from __future__ import annotations

import aiosqlite

from server.db.connection import fetch_one


async def next_change_seq(conn: aiosqlite.Connection) -> int:
    row = await fetch_one(
        conn, "UPDATE counters SET value = value + 1 WHERE name = 'change' RETURNING value"
    )
    assert row is not None, "migration 0001 creates the change counter"
    return int(row[0])


async def current_change_seq(conn: aiosqlite.Connection) -> int:
    row = await fetch_one(conn, "SELECT value FROM counters WHERE name = 'change'")
    return int(row[0]) if row else 0
