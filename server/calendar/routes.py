"""Thin controllers for the calendar feed."""

from __future__ import annotations

from litestar import Request, Response, delete, get, post
from litestar.params import FromPath

from server.calendar import service
from server.calendar.models import CalendarFeed
from server.http.deps import DB, UserId


@get("/api/calendar", tags=["calendar"])
async def calendar_status(db: DB, user_id: UserId) -> CalendarFeed:
    """Whether the feed is on; its address is shown only when made (rotate)."""
    return await service.feed_status(db, user_id)


@post("/api/calendar/rotate", status_code=200, tags=["calendar"])
async def rotate(request: Request, db: DB, user_id: UserId) -> CalendarFeed:
    """A new secret feed address; the previous one stops working at once."""
    feed, _ = await service.rotate_feed(db, user_id)
    base = str(request.base_url).rstrip("/")
    feed.url = f"{base}{feed.path}"
    feed.webcal_url = "webcal://" + feed.url.split("://", 1)[1]
    return feed


@delete("/api/calendar", tags=["calendar"])
async def revoke(db: DB, user_id: UserId) -> None:
    """Turns the feed off: its address answers 404."""
    await service.revoke_feed(db, user_id)


@get(
    "/api/calendar/{file_name:str}",
    opt={"exclude_from_auth": True},
    tags=["calendar"],
    media_type="text/calendar",
)
async def feed(file_name: FromPath[str], db: DB) -> Response[bytes]:
    """The ICS feed; no login, the secret in the address is the credential."""
    data = await service.feed_ics(db, file_name)
    return Response(
        data,
        media_type="text/calendar; charset=utf-8",
        headers={"Cache-Control": "private, max-age=300", "X-Robots-Tag": "noindex"},
    )


ROUTES = [calendar_status, rotate, revoke, feed]
