"""Thin controllers for /api/sync."""

from __future__ import annotations

from litestar import get, post
from litestar.params import JSONBody

from server.http.deps import DB, UserId
from server.sync import service
from server.sync.models import PullRequest, PullResponse, PushRequest, PushResponse, Rejection


@post("/api/sync/push", status_code=200, tags=["sync"])
async def push(data: JSONBody[PushRequest], db: DB, user_id: UserId) -> PushResponse:
    """Apply a device's mutations in one transaction.

    Mutation names: entry.put, entry.patch, entry.delete, entry.restore, event.put,
    event.delete, profile.patch. Ids at or below the device's `last_mutation_id`
    are skipped; a gap answers 409 with `extra.last_mutation_id`; an invalid
    mutation is refused (listed in `rejected`) and still counts as applied.
    """
    return await service.push(db, user_id, data)


@post("/api/sync/pull", status_code=200, tags=["sync"])
async def pull(data: JSONBody[PullRequest], db: DB, user_id: UserId) -> PullResponse:
    """Rows changed after `cursor` (null: everything), tombstones included, paged by `more`.

    `reset: true`: drop the local copy and pull again from a null cursor.
    """
    return await service.pull(db, user_id, data)


@get("/api/sync/rejections", tags=["sync"])
async def rejections(db: DB, user_id: UserId) -> list[Rejection]:
    """The last 100 mutations the server refused, newest first, with the reason."""
    return await service.recent_rejections(db, user_id)


ROUTES = [push, pull, rejections]
