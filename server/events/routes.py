"""Thin controllers for /api/events."""

from __future__ import annotations

from litestar import Response, delete, get, put
from litestar.params import FromPath, JSONBody

from server.events import service
from server.events.models import Event, EventIn
from server.http.deps import DB, UserId


@get("/api/events", tags=["events"])
async def list_events(db: DB, user_id: UserId) -> list[Event]:
    return await service.list_events(db, user_id)


@get("/api/events/{event_id:str}", tags=["events"])
async def get_event(event_id: FromPath[str], db: DB, user_id: UserId) -> Event:
    return await service.get_event(db, user_id, event_id)


@put("/api/events/{event_id:str}", tags=["events"])
async def put_event(
    event_id: FromPath[str], data: JSONBody[EventIn], db: DB, user_id: UserId
) -> Response[Event]:
    event, created = await service.save_event(db, user_id, event_id, data)
    return Response(event, status_code=201 if created else 200)


@delete("/api/events/{event_id:str}", tags=["events"])
async def delete_event(event_id: FromPath[str], db: DB, user_id: UserId) -> None:
    await service.remove_event(db, user_id, event_id)


ROUTES = [list_events, get_event, put_event, delete_event]
