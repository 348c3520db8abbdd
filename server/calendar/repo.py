"""All SQL for calendar feeds."""

from __future__ import annotations

from server.db.connection import Connection, execute, fetch_one


async def replace_feed(conn: Connection, user_id: int, secret_hash: str, now: str) -> None:
    await execute(
        conn,
        "INSERT INTO calendar_feeds (user_id, secret_hash, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT (user_id) DO UPDATE SET secret_hash = excluded.secret_hash,"
        " created_at = excluded.created_at",
        (user_id, secret_hash, now),
    )


async def delete_feed(conn: Connection, user_id: int) -> bool:
    return await execute(conn, "DELETE FROM calendar_feeds WHERE user_id = ?", (user_id,)) > 0


async def feed_created_at(conn: Connection, user_id: int) -> str | None:
    row = await fetch_one(
        conn, "SELECT created_at FROM calendar_feeds WHERE user_id = ?", (user_id,)
    )
    return row["created_at"] if row else None


async def feed_owner(conn: Connection, secret_hash: str) -> int | None:
    row = await fetch_one(
        conn, "SELECT user_id FROM calendar_feeds WHERE secret_hash = ?", (secret_hash,)
    )
    return int(row["user_id"]) if row else None
