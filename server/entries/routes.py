"""Thin controllers for /api/entries."""

from __future__ import annotations

from typing import Annotated, Literal

from litestar import Response, delete, get, patch, post, put
from litestar.params import FromPath, JSONBody, QueryParameter

from server.entries import service
from server.entries.models import Entry, EntryIn, EntryPatch
from server.http.deps import DB, UserId


@get("/api/entries", tags=["entries"])
async def list_entries(
    db: DB,
    user_id: UserId,
    cycle: Annotated[
        Literal["current", "all"],
        QueryParameter(description="'current': this renewal cycle (and undated entries)"),
    ] = "all",
) -> list[Entry]:
    """All live entries, newest completion first."""
    return await service.list_entries(db, user_id, current_cycle_only=cycle == "current")


@get("/api/entries/{entry_id:str}", tags=["entries"])
async def get_entry(entry_id: FromPath[str], db: DB, user_id: UserId) -> Entry:
    return await service.get_entry(db, user_id, entry_id)


@put("/api/entries/{entry_id:str}", tags=["entries"])
async def put_entry(
    entry_id: FromPath[str], data: JSONBody[EntryIn], db: DB, user_id: UserId
) -> Response[Entry]:
    """Create (201) or replace (200). Sending what is stored changes nothing."""
    entry, created = await service.save_entry(db, user_id, entry_id, data)
    return Response(entry, status_code=201 if created else 200)


@patch("/api/entries/{entry_id:str}", tags=["entries"])
async def patch_entry(
    entry_id: FromPath[str], data: JSONBody[EntryPatch], db: DB, user_id: UserId
) -> Entry:
    return await service.change_entry(db, user_id, entry_id, data)


@delete("/api/entries/{entry_id:str}", tags=["entries"])
async def delete_entry(entry_id: FromPath[str], db: DB, user_id: UserId) -> None:
    """Deletes by leaving a tombstone that every device receives; can be restored."""
    await service.remove_entry(db, user_id, entry_id)


@post("/api/entries/{entry_id:str}/restore", status_code=200, tags=["entries"])
async def restore_entry(entry_id: FromPath[str], db: DB, user_id: UserId) -> Entry:
    return await service.undelete_entry(db, user_id, entry_id)


ROUTES = [list_entries, get_entry, put_entry, patch_entry, delete_entry, restore_entry]
