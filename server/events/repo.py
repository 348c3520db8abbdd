"""All SQL for events."""

from __future__ import annotations

from datetime import date

from server.db.connection import Connection, Row, execute, fetch_all, fetch_one
from server.events.models import Event

_COLUMNS = "id, user_id, name, location, starts_on, ends_on, version, change_seq, created_at, updated_at, deleted"
FIELDS = ("name", "location", "starts_on", "ends_on")


def event_from_row(row: Row) -> Event:
    return Event(
        id=row["id"],
        name=row["name"],
        location=row["location"],
        starts_on=date.fromisoformat(row["starts_on"]) if row["starts_on"] else None,
        ends_on=date.fromisoformat(row["ends_on"]) if row["ends_on"] else None,
        version=row["version"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
    )


def _stored(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


async def find_event(conn: Connection, event_id: str) -> Row | None:
    """The event with this id whoever owns it (callers check the owner), with its clocks."""
    return await fetch_one(conn, f"SELECT {_COLUMNS}, clocks FROM events WHERE id = ?", (event_id,))


async def events_changed_after(
    conn: Connection, user_id: int, change_seq: int, limit: int
) -> list[tuple[int, Event]]:
    """Live events and tombstones changed after `change_seq`, in change order."""
    rows = await fetch_all(
        conn,
        f"SELECT {_COLUMNS} FROM events WHERE user_id = ? AND change_seq > ?"
        " ORDER BY change_seq LIMIT ?",
        (user_id, change_seq, limit),
    )
    return [(row["change_seq"], event_from_row(row)) for row in rows]


async def live_events(conn: Connection, user_id: int) -> list[Event]:
    rows = await fetch_all(
        conn,
        f"SELECT {_COLUMNS} FROM events WHERE user_id = ? AND deleted = 0"
        " ORDER BY starts_on IS NOT NULL, starts_on DESC, created_at DESC",
        (user_id,),
    )
    return [event_from_row(row) for row in rows]


async def insert_event(
    conn: Connection,
    event_id: str,
    user_id: int,
    values: dict,
    change_seq: int,
    now: str,
    clocks: str,
) -> None:
    await execute(
        conn,
        "INSERT INTO events (id, user_id, name, location, starts_on, ends_on, change_seq,"
        " created_at, updated_at, clocks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event_id, user_id, *(_stored(values[f]) for f in FIELDS), change_seq, now, now, clocks),
    )


async def set_event_clocks(conn: Connection, event_id: str, clocks: str) -> None:
    """Store field clocks that moved while no value changed: no version, no change number."""
    await execute(conn, "UPDATE events SET clocks = ? WHERE id = ?", (clocks, event_id))


async def update_event(
    conn: Connection,
    event_id: str,
    values: dict,
    *,
    version: int,
    change_seq: int,
    now: str,
    clocks: str,
) -> None:
    """Write changed fields (`deleted` among them) and the version they make."""
    columns = {}
    for name, value in values.items():
        if name not in (*FIELDS, "deleted"):
            raise KeyError(name)
        columns[name] = int(value) if name == "deleted" else _stored(value)
    sets = [f"{name} = ?" for name in columns]
    sets += ["version = ?", "change_seq = ?", "updated_at = ?", "clocks = ?"]
    await execute(
        conn,
        f"UPDATE events SET {', '.join(sets)} WHERE id = ?",
        (*columns.values(), version, change_seq, now, clocks, event_id),
    )
