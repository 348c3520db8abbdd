"""The calendar feed: a secret per user, rotated or revoked; the feed built from the reminders."""

from __future__ import annotations

import re

from server.accounts.secrets import new_token, token_hash
from server.calendar import repo
from server.calendar.ics import calendar_ics
from server.calendar.models import CalendarFeed
from server.db.connection import Database
from server.errors import NotFound
from server.fields import iso_now, utc_now
from server.renewal.service import load_view, view_reminders

FEED_PREFIX = "/api/calendar/"
_SECRET = re.compile(r"^[A-Za-z0-9_-]{20,100}$")


def feed_path(secret: str) -> str:
    return f"{FEED_PREFIX}{secret}.ics"


async def rotate_feed(db: Database, user_id: int) -> tuple[CalendarFeed, str]:
    """A new secret; the old address answers 404 from now on. Returns the feed and its path."""
    secret = new_token()
    now = iso_now()
    async with db.transaction() as tx:
        await repo.replace_feed(tx, user_id, token_hash(secret), now)
    return CalendarFeed(enabled=True, created_at=now, path=feed_path(secret)), secret


async def revoke_feed(db: Database, user_id: int) -> None:
    async with db.transaction() as tx:
        await repo.delete_feed(tx, user_id)


async def feed_status(db: Database, user_id: int) -> CalendarFeed:
    async with db.reader() as conn:
        created_at = await repo.feed_created_at(conn, user_id)
    return CalendarFeed(enabled=created_at is not None, created_at=created_at)


async def feed_ics(db: Database, file_name: str) -> bytes:
    """The feed behind `<secret>.ics`; any unknown, revoked or malformed secret is a 404."""
    secret = file_name.removesuffix(".ics")
    if secret == file_name or not _SECRET.match(secret):
        raise NotFound("No calendar here.")
    async with db.reader() as conn:
        user_id = await repo.feed_owner(conn, token_hash(secret))
        if user_id is None:
            raise NotFound("No calendar here.")
        view = await load_view(conn, user_id)
    return calendar_ics(view_reminders(view), owner=f"u{user_id}", now=utc_now())
