"""Sessions: opened at sign-in, sliding while used, ended one at a time or all at once.

A session lasts SESSION_DAYS after its last use: each use moves its end on,
at most once a day (a write per request would be wasted), and the cookie is
sent again with the new end (`Principal.renewed`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from server.accounts import repo
from server.accounts.models import Principal
from server.accounts.secrets import new_token, token_hash
from server.db.connection import Connection, Database
from server.fields import iso_now, utc_now

SESSION_DAYS = 30
SESSION_SECONDS = SESSION_DAYS * 86400
# A session's end moves on when used, once this much of it has passed.
RENEW_AFTER = timedelta(days=1)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


async def open_session(tx: Connection, user_id: int) -> str:
    token = new_token()
    expires = utc_now() + timedelta(days=SESSION_DAYS)
    await repo.insert_session(tx, token_hash(token), user_id, iso_now(), _iso(expires))
    return token


async def principal_from_session(db: Database, session_token: str) -> Principal | None:
    hashed, now = token_hash(session_token), utc_now()
    async with db.reader() as conn:
        found = await repo.session_user(conn, hashed, _iso(now))
    if found is None:
        return None
    user_id, expires_at = found
    renew_from = now + timedelta(days=SESSION_DAYS) - RENEW_AFTER
    if expires_at >= _iso(renew_from):
        return Principal(user_id, "session")
    async with db.transaction() as tx:
        await repo.extend_session(tx, hashed, _iso(now + timedelta(days=SESSION_DAYS)))
    return Principal(user_id, "session", renewed=True)


async def end_session(db: Database, session_token: str | None) -> None:
    if session_token:
        async with db.transaction() as tx:
            await repo.delete_session(tx, token_hash(session_token))


async def end_every_session(db: Database, user_id: int) -> None:
    """Signs the user out everywhere; API tokens are not sessions and stay."""
    async with db.transaction(user_id) as tx:
        await repo.delete_user_sessions(tx, user_id)
