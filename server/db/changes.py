"""The change counters: every write to a user's data takes that user's next number.

Each user has a counter of their own (change_counters). A write transaction
holds the counter's row lock from its first statement to its commit, so one
user's change numbers commit in the order they were taken, and a reader that
has seen number n can never later find a lower one appear.
"""

from __future__ import annotations

from server.db.connection import Connection, execute, fetch_one
from server.db.dialect import LOCK_NAME, LOCK_USER, lock_key


async def lock_user(tx: Connection, user_id: int) -> None:
    """Waits for, then holds until commit, the lock on this user's data."""
    sql = LOCK_USER[tx.dialect]
    if sql:
        await fetch_one(tx, sql, (user_id,))


async def lock_name(tx: Connection, name: str) -> None:
    """Holds until commit a lock on `name`, for writes that belong to no one user."""
    sql = LOCK_NAME[tx.dialect]
    if sql:
        await fetch_one(tx, sql, (lock_key(name),))


# A new account's own row is its first change.
FIRST_CHANGE = 1


async def start_counter(tx: Connection, user_id: int, value: int = FIRST_CHANGE) -> None:
    """A new account's counter: its numbers and its devices' cursors are its own."""
    await execute(
        tx, "INSERT INTO change_counters (user_id, value) VALUES (?, ?)", (user_id, value)
    )


async def next_change_seq(conn: Connection, user_id: int) -> int:
    row = await fetch_one(
        conn,
        "UPDATE change_counters SET value = value + 1 WHERE user_id = ? RETURNING value",
        (user_id,),
    )
    assert row is not None, "every account has a change counter (migration 0011, sign-up)"
    return int(row[0])


async def current_change_seq(conn: Connection, user_id: int) -> int:
    row = await fetch_one(conn, "SELECT value FROM change_counters WHERE user_id = ?", (user_id,))
    return int(row[0]) if row else 0
