"""Signing in and changing the password, with failed attempts counted (DESIGN §4 Auth).

An attempt is counted as a failure before its password is checked and the
count taken back when the password proves right, all in one write
transaction: attempts made at once cannot slip past the limit together.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from server.accounts import repo, throttle
from server.accounts.models import PasswordChange, User
from server.accounts.secrets import dummy_hash, hash_password, token_hash, verify_password
from server.accounts.sessions import open_session
from server.db.changes import lock_name
from server.db.connection import Database
from server.errors import Forbidden, NotAuthenticated, TooManyAttempts
from server.fields import utc_now


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _keys(user_id: int | None, address: str) -> list[tuple[str, str]]:
    keys = [("address", address)]
    if user_id is not None:
        keys.append(("account", str(user_id)))
    return keys


async def _count_attempt(db: Database, user_id: int | None, address: str) -> list[int]:
    """Counts an attempt as failed until proven otherwise; 429 when there were too many."""
    now = utc_now()
    since = _iso(throttle.window_start(now))
    keys = _keys(user_id, address)
    async with db.transaction() as tx:
        # Attempts on one account or from one address take turns, on any process.
        for scope, key in sorted(keys):
            await lock_name(tx, f"sign-in {scope} {key}")
        await repo.delete_old_failures(tx, since)
        times = await repo.failure_times(tx, keys, since)
        waits = [
            throttle.retry_after([datetime.fromisoformat(t) for t in found], now)
            for found in times.values()
        ]
        wait = max((w for w in waits if w is not None), default=None)
        if wait is not None:
            raise TooManyAttempts(
                f"Too many failed sign-ins; try again in {_minutes(wait)}.",
                **{"Retry-After": wait},
            )
        return await repo.insert_failures(tx, keys, _iso(now))


def _minutes(seconds: int) -> str:
    minutes = -(-seconds // 60)
    return "1 minute" if minutes == 1 else f"{minutes} minutes"


async def _forgive(db: Database, counted: list[int]) -> None:
    async with db.transaction() as tx:
        await repo.delete_failures(tx, counted)


async def login(db: Database, email: str, password: str, address: str) -> tuple[User, str]:
    async with db.reader() as conn:
        found = await repo.find_login(conn, email)
    counted = await _count_attempt(db, found[0] if found else None, address)
    stored = found[1] if found else dummy_hash()
    ok = await asyncio.to_thread(verify_password, password, stored)
    if not found or not ok:
        raise NotAuthenticated("The email or password is wrong.")
    async with db.transaction() as tx:
        await repo.delete_failures(tx, counted)
        await repo.delete_expired_sessions(tx, _iso(utc_now()))
        token = await open_session(tx, found[0])
        user = await repo.get_user(tx, found[0])
    assert user is not None
    return user, token


async def change_password(
    db: Database, user_id: int, change: PasswordChange, address: str, session: str | None
) -> None:
    """Sets a new password and ends every other session (the one asking stays; tokens stay)."""
    counted = await _count_attempt(db, user_id, address)
    async with db.reader() as conn:
        stored = await repo.password_hash_of(conn, user_id)
    if stored is None:
        raise NotAuthenticated("This account no longer exists.")
    if not await asyncio.to_thread(verify_password, change.current_password, stored):
        raise Forbidden("The current password is wrong.", field="current_password")
    new_hash = await asyncio.to_thread(hash_password, change.new_password)
    async with db.transaction() as tx:
        await repo.delete_failures(tx, counted)
        await repo.set_password_hash(tx, user_id, new_hash)
        await repo.delete_user_sessions(tx, user_id, token_hash(session) if session else None)
