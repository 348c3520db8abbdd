"""Registration, login, sessions, API tokens and the IICRC profile."""

from __future__ import annotations

import asyncio
from typing import Any

from msgspec import UNSET

from server.accounts import repo
from server.accounts.models import (
    Principal,
    ProfilePatch,
    RegisterIn,
    SignupState,
    TokenOut,
    User,
)
from server.accounts.secrets import hash_password, new_token, token_hash
from server.accounts.sessions import open_session
from server.db.changes import FIRST_CHANGE, lock_name, next_change_seq, start_counter
from server.db.connection import Connection, Database
from server.errors import Conflict, Forbidden, NotAuthenticated, NotFound
from server.fields import iso_now
from server.settings import SignupMode
from server.sync import repo as sync_repo
from server.sync.merge import Origin, encode_clocks, rest_origin
from server.sync.records import merge_record

API_TOKEN_PREFIX = "ceclog_"


async def register(db: Database, signup: SignupMode, data: RegisterIn) -> tuple[User, str]:
    """Create an account and a session for it; returns the user and the session token."""
    if signup == "closed":
        raise Forbidden("Registration is closed on this server; ask its owner for an account.")
    password_hash = await asyncio.to_thread(hash_password, data.password)
    async with db.transaction() as tx:
        # Sign-ups take turns, so two at once cannot both be the first or share an email.
        await lock_name(tx, "sign-up")
        if signup == "first" and await repo.count_users(tx) > 0:
            raise Forbidden(
                "This server already has its owner account; registration is closed.",
            )
        if await repo.email_taken(tx, data.email):
            raise Conflict("An account with this email already exists.", field="email")
        now = iso_now()
        user_id = await repo.insert_user(
            tx,
            email=data.email,
            password_hash=password_hash,
            full_name=data.full_name,
            change_seq=FIRST_CHANGE,
            now=now,
        )
        await start_counter(tx, user_id, FIRST_CHANGE)
        token = await open_session(tx, user_id)
        user = await repo.get_user(tx, user_id)
    assert user is not None
    return user, token


async def signup_state(db: Database, signup: SignupMode) -> SignupState:
    """Whether a visitor may create an account here, so the app shows the right form."""
    if signup == "closed":
        return SignupState(mode=signup, open=False, has_owner=True)
    async with db.reader() as conn:
        has_owner = await repo.count_users(conn) > 0
    return SignupState(mode=signup, open=signup == "open" or not has_owner, has_owner=has_owner)


async def add_user(db: Database, email: str, full_name: str, password: str) -> User:
    """The CLI's `ceclog user add`: works whatever the signup mode."""
    user, _ = await register(
        db, "open", RegisterIn(email=email, password=password, full_name=full_name)
    )
    return user


async def principal_from_api_token(db: Database, token: str) -> Principal | None:
    async with db.reader() as conn:
        user_id = await repo.token_user(conn, token_hash(token))
    return Principal(user_id, "token") if user_id is not None else None


async def get_profile(db: Database, user_id: int) -> User:
    async with db.reader() as conn:
        user = await repo.get_user(conn, user_id)
    if user is None:
        raise NotAuthenticated("This account no longer exists.")
    return user


async def update_profile(db: Database, user_id: int, patch: ProfilePatch) -> User:
    async with db.transaction(user_id) as tx:
        return await apply_profile_patch(tx, user_id, profile_values(patch))


def profile_values(patch: ProfilePatch) -> dict[str, Any]:
    return {
        name: value for name in repo.PROFILE_COLUMNS if (value := getattr(patch, name)) is not UNSET
    }


async def apply_profile_patch(
    tx: Connection,
    user_id: int,
    values: dict[str, Any],
    origin: Origin | None = None,
) -> User:
    """Change profile fields inside a transaction (the REST door and sync share this).

    Fields merge one by one under the rules in `server.sync.merge`, like entries.
    """
    current = await repo.get_user(tx, user_id)
    if current is None:
        raise NotFound("This account no longer exists.")
    if "email" in values:
        await lock_name(tx, "sign-up")  # taking an email waits for sign-ups, as they do
    if "email" in values and await repo.email_taken(tx, values["email"], except_id=user_id):
        raise Conflict("Another account already uses this email.", field="email")
    clocks = await sync_repo.profile_clocks(tx, user_id)
    merge = await merge_record(
        tx,
        user_id,
        "profile",
        str(user_id),
        current={name: getattr(current, name) for name in repo.PROFILE_COLUMNS},
        clocks=clocks,
        version=current.version,
        incoming=values,
        origin=origin or rest_origin(),
    )
    if merge.refreshed or merge.changes:
        await sync_repo.set_profile_clocks(tx, user_id, encode_clocks(merge.clocks))
    if not merge.changes:
        return current
    await repo.update_profile(
        tx, user_id, merge.changes, await next_change_seq(tx, user_id), iso_now()
    )
    user = await repo.get_user(tx, user_id)
    assert user is not None
    return user


async def create_api_token(db: Database, user_id: int, name: str) -> TokenOut:
    token = new_token(API_TOKEN_PREFIX)
    async with db.transaction() as tx:
        token_id = await repo.insert_token(tx, user_id, name.strip(), token_hash(token), iso_now())
    return TokenOut(id=token_id, name=name.strip(), token=token)


async def list_api_tokens(db: Database, user_id: int) -> list[dict[str, Any]]:
    async with db.reader() as conn:
        return await repo.list_tokens(conn, user_id)


async def revoke_api_token(db: Database, user_id: int, token_id: int) -> None:
    async with db.transaction() as tx:
        if not await repo.delete_token(tx, user_id, token_id):
            raise NotFound(f"No API token with id {token_id}.")
