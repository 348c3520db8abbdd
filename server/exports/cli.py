"""`ceclog export` and `ceclog import`: a user's backup ZIP from and into the data directory.

They open the database and the document files themselves, so they work with
the server stopped or running (SQLite serialises the writes). OCR of restored
photos is queued as rows; the server's workers read them.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import msgspec

from server.accounts import repo as accounts_repo
from server.db.connection import Database
from server.documents.jobs import OcrQueue
from server.documents.service import Documents
from server.documents.storage import open_store
from server.errors import DomainError
from server.exports.backup import write_backup
from server.exports.service import restore_upload
from server.files import written_beside
from server.settings import Settings


@asynccontextmanager
async def _opened(settings: Settings) -> AsyncIterator[tuple[Database, Documents]]:
    db = await Database.open(settings.database)
    try:
        store = open_store(settings)
        await asyncio.to_thread(store.prepare)
        # The queue is never started here: a running server's workers own the jobs.
        queue = OcrQueue(db, store, 0)
        yield db, Documents(db, store, settings.max_upload_bytes, queue)
    finally:
        await db.close()


async def _user_id(db: Database, email: str) -> int:
    async with db.reader() as conn:
        found = await accounts_repo.find_login(conn, email)
    if found is None:
        raise DomainError(f"No account with the email {email}.")
    return found[0]


def _run(work: Callable[[], Awaitable[int]]) -> int:
    try:
        return asyncio.run(work())
    except DomainError as exc:
        print(f"ceclog: {exc.detail}", file=sys.stderr)
        return 1


def run_export(settings: Settings, email: str, out: Path) -> int:
    async def work() -> int:
        async with _opened(settings) as (db, documents):
            user_id = await _user_id(db, email)
            # A stopped export never leaves half a ZIP; the backup is for its owner's eyes.
            with written_beside(out, private=True) as partial, partial.open("wb") as file:
                data = await write_backup(db, documents, user_id, file, record=True)
        print(f"ceclog: wrote {out} ({len(data.entries)} entries, {len(data.documents)} documents)")
        return 0

    return _run(work)


def run_import(settings: Settings, email: str, source: Path) -> int:
    async def work() -> int:
        if not source.is_file():
            raise DomainError(f"{source} is not a file.")
        async with _opened(settings) as (db, documents):
            user_id = await _user_id(db, email)
            with source.open("rb") as file:
                result = await restore_upload(
                    db, documents, user_id, file, settings.max_upload_bytes
                )
        print(msgspec.json.encode(result).decode())
        return 0

    return _run(work)
