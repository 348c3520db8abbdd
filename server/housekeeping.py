"""Files nobody will come back for, removed at start and then hourly while the server runs:
uploads untouched for two days, temp files left by a write that never finished, and
backups whose download was cut off."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from server.documents.storage import open_store
from server.errors import Unavailable
from server.exports.service import sweep_stale
from server.settings import Settings

log = logging.getLogger("ceclog")

SWEEP_SECONDS = 3600.0
ABANDONED_UPLOAD_SECONDS = 2 * 86400
STRAY_TEMP_SECONDS = 3600


def sweep_once(settings: Settings) -> int:
    removed = open_store(settings).sweep(ABANDONED_UPLOAD_SECONDS, STRAY_TEMP_SECONDS)
    return removed + sweep_stale(settings.data_dir / "exports")


async def _sweep_forever(settings: Settings) -> None:
    while True:
        try:
            removed = await asyncio.to_thread(sweep_once, settings)
        except (OSError, Unavailable):  # tried again next hour
            log.exception("sweeping abandoned files failed")
        else:
            if removed:
                log.info("removed %d abandoned upload(s) and temp file(s)", removed)
        await asyncio.sleep(SWEEP_SECONDS)


@asynccontextmanager
async def sweeping(settings: Settings) -> AsyncIterator[None]:
    task = asyncio.create_task(_sweep_forever(settings), name="sweeper")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
