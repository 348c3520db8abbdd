"""Trade shows and other events; the `tx` functions are shared with sync's push."""

from __future__ import annotations

import aiosqlite

from server.db.changes import next_change_seq
from server.db.connection import Database
from server.errors import Invalid, NotFound
from server.events import repo
from server.events.models import Event, EventIn
from server.fields import check_client_id, iso_now


def event_values(body: EventIn) -> dict:
    if body.starts_on and body.ends_on and body.ends_on < body.starts_on:
        raise Invalid("The event ends before it starts.", field="ends_on")
    values = {name: getattr(body, name) for name in repo.FIELDS}
    values["name"] = values["name"].strip()
    if not values["name"]:
        raise Invalid("The event needs a name.", field="name")
    return values


async def put_event(
    tx: aiosqlite.Connection, user_id: int, event_id: str, body: EventIn
) -> tuple[Event, bool]:
    if body.id is not None and body.id != event_id:
        raise Invalid("The id in the body differs from the id in the path.", field="id")
    values = event_values(body)
    row = await repo.find_event(tx, event_id)
    if row is None:
        check_client_id(event_id, "event")
        await repo.insert_event(tx, event_id, user_id, values, await next_change_seq(tx), iso_now())
        return await _reload(tx, event_id), True
    if row["user_id"] != user_id or row["deleted"]:
        raise NotFound(f"No event with id {event_id}.")
    current = repo.event_from_row(row)
    changed = {k: v for k, v in values.items() if getattr(current, k) != v}
    if changed:
        await repo.update_event(tx, event_id, changed, await next_change_seq(tx), iso_now())
    return await _reload(tx, event_id), False


async def delete_event(tx: aiosqlite.Connection, user_id: int, event_id: str) -> None:
    row = await repo.find_event(tx, event_id)
    if row is None or row["user_id"] != user_id:
        raise NotFound(f"No event with id {event_id}.")
    if not row["deleted"]:
        await repo.update_event(
            tx, event_id, {}, await next_change_seq(tx), iso_now(), deleted=True
        )


async def _reload(tx: aiosqlite.Connection, event_id: str) -> Event:
    row = await repo.find_event(tx, event_id)
    assert row is not None
    return repo.event_from_row(row)


async def save_event(
    db: Database, user_id: int, event_id: str, body: EventIn
) -> tuple[Event, bool]:
    async with db.transaction() as tx:
        return await put_event(tx, user_id, event_id, body)


async def remove_event(db: Database, user_id: int, event_id: str) -> None:
    async with db.transaction() as tx:
        await delete_event(tx, user_id, event_id)


async def get_event(db: Database, user_id: int, event_id: str) -> Event:
    async with db.reader() as conn:
        row = await repo.find_event(conn, event_id)
    if row is None or row["user_id"] != user_id or row["deleted"]:
        raise NotFound(f"No event with id {event_id}.")
    return repo.event_from_row(row)


async def list_events(db: Database, user_id: int) -> list[Event]:
    async with db.reader() as conn:
        return await repo.live_events(conn, user_id)
