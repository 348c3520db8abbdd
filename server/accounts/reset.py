"""The owner's way back for a forgotten password: `ceclog user password EMAIL --password-stdin`.

The new password ends every session of the account (a phone still signed in
with the old one signs in again; what waits on it stays and syncs then). API
tokens stay: scripts keep working.
"""

from __future__ import annotations

import asyncio

import msgspec

from server.accounts import repo
from server.accounts.secrets import hash_password
from server.db.connection import Database
from server.errors import NotFound
from server.fields import Password


class NewPassword(msgspec.Struct):
    password: Password


async def reset_password(db: Database, email: str, password: str) -> int:
    """Sets the account's password; returns how many sessions it ended."""
    password_hash = await asyncio.to_thread(hash_password, password)
    async with db.transaction() as tx:
        found = await repo.find_login(tx, email)
        if found is None:
            raise NotFound(f"No account with the email {email}.")
        await repo.set_password_hash(tx, found[0], password_hash)
        return await repo.delete_user_sessions(tx, found[0])
