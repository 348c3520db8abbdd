"""Thin controllers for /api/conflicts."""

from __future__ import annotations

from litestar import get, post
from litestar.params import FromPath, JSONBody

from server.conflicts import service
from server.conflicts.models import Conflict, ResolveIn
from server.http.deps import DB, UserId


@get("/api/conflicts", tags=["sync"])
async def list_conflicts(db: DB, user_id: UserId) -> list[Conflict]:
    """Open conflicts, newest first: per field, the value set aside (`mine`) and the one kept."""
    return await service.list_conflicts(db, user_id)


@post("/api/conflicts/{conflict_id:int}/resolve", status_code=200, tags=["sync"])
async def resolve_conflict(
    conflict_id: FromPath[int], data: JSONBody[ResolveIn], db: DB, user_id: UserId
) -> Conflict:
    """`{"keep": "mine"}` writes the set-aside value back; `"theirs"` keeps the record as it is."""
    return await service.resolve_conflict(db, user_id, conflict_id, data.keep)


ROUTES = [list_conflicts, resolve_conflict]
