"""Trade shows and other events; the `tx` functions are shared with sync's push.

Writes merge field by field under the rules in `server.sync.merge`, like entries.
"""

from __future__ import annotations

from typing import Any

from server.db.changes import next_change_seq
from server.db.connection import Connection, Database
from server.errors import Invalid, NotFound
from server.events import repo
from server.events.models import Event, EventIn
from server.fields import check_client_id, iso_now
from server.sync.merge import Origin, created_clocks, decode_clocks, encode_clocks, rest_origin
from server.sync.records import merge_record


def event_values(body: EventIn) -> dict:
    values = {name: getattr(body, name) for name in repo.FIELDS}
    check_event(values)
    return values


def check_event(values: dict[str, Any]) -> None:
    starts, ends = values.get("starts_on"), values.get("ends_on")
    if starts and ends and ends < starts:
        raise Invalid("The event ends before it starts.", field="ends_on")
    if "name" in values:
        values["name"] = (values["name"] or "").strip()
        if not values["name"]:
            raise Invalid("The event needs a name.", field="name")


async def owned_event(tx: Connection, user_id: int, event_id: str, *, live: bool):
    row = await repo.find_event(tx, event_id)
    if row is None or row["user_id"] != user_id or (live and row["deleted"]):
        raise NotFound(f"No event with id {event_id}.")
    return row


async def put_event(
    tx: Connection,
    user_id: int,
    event_id: str,
    body: EventIn,
    origin: Origin | None = None,
) -> tuple[Event, bool]:
    origin = origin or rest_origin()
    if body.id is not None and body.id != event_id:
        raise Invalid("The id in the body differs from the id in the path.", field="id")
    values = event_values(body)
    row = await repo.find_event(tx, event_id)
    if row is None:
        check_client_id(event_id, "event")
        await repo.insert_event(
            tx,
            event_id,
            user_id,
            values,
            await next_change_seq(tx, user_id),
            iso_now(),
            encode_clocks(created_clocks(origin)),
        )
        return await _reload(tx, event_id), True
    row = await owned_event(tx, user_id, event_id, live=not origin.tombstones)
    await _merge(tx, user_id, row, values, origin)
    return await _reload(tx, event_id), False


async def patch_event(
    tx: Connection,
    user_id: int,
    event_id: str,
    values: dict[str, Any],
    origin: Origin | None = None,
) -> Event:
    origin = origin or rest_origin()
    row = await owned_event(tx, user_id, event_id, live=not origin.tombstones)
    current = repo.event_from_row(row)
    merged = {**{n: getattr(current, n) for n in repo.FIELDS}, **values}
    check_event(merged)
    await _merge(tx, user_id, row, {n: merged[n] for n in values}, origin)
    return await _reload(tx, event_id)


async def delete_event(
    tx: Connection, user_id: int, event_id: str, origin: Origin | None = None
) -> None:
    row = await owned_event(tx, user_id, event_id, live=False)
    await _merge(tx, user_id, row, {"deleted": True}, origin or rest_origin())


async def restore_event(
    tx: Connection, user_id: int, event_id: str, origin: Origin | None = None
) -> Event:
    row = await owned_event(tx, user_id, event_id, live=False)
    await _merge(tx, user_id, row, {"deleted": False}, origin or rest_origin())
    return await _reload(tx, event_id)


async def _merge(tx: Connection, user_id: int, row, values: dict, origin: Origin):
    current = repo.event_from_row(row)
    merge = await merge_record(
        tx,
        user_id,
        "event",
        row["id"],
        current={name: getattr(current, name) for name in (*repo.FIELDS, "deleted")},
        clocks=decode_clocks(row["clocks"]),
        version=row["version"],
        incoming=values,
        origin=origin,
    )
    if merge.refreshed:
        await repo.set_event_clocks(tx, row["id"], encode_clocks(merge.clocks))
    elif merge.changes:
        await repo.update_event(
            tx,
            row["id"],
            merge.changes,
            version=merge.version,
            change_seq=await next_change_seq(tx, user_id),
            now=iso_now(),
            clocks=encode_clocks(merge.clocks),
        )


async def _reload(tx: Connection, event_id: str) -> Event:
    row = await repo.find_event(tx, event_id)
    assert row is not None
    return repo.event_from_row(row)


async def save_event(
    db: Database, user_id: int, event_id: str, body: EventIn
) -> tuple[Event, bool]:
    async with db.transaction(user_id) as tx:
        return await put_event(tx, user_id, event_id, body)


async def remove_event(db: Database, user_id: int, event_id: str) -> None:
    async with db.transaction(user_id) as tx:
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
