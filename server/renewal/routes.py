"""Thin controller for /api/summary."""

from __future__ import annotations

from litestar import get

from server.http.deps import DB, UserId
from server.renewal import service
from server.renewal.models import Summary


@get("/api/summary", tags=["summary"])
async def summary(db: DB, user_id: UserId) -> Summary:
    """Hours against the renewal cycle, what needs attention, and the guide's checklist."""
    return await service.get_summary(db, user_id)


ROUTES = [summary]
