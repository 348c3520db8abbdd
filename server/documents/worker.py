"""`ceclog worker`: a process that only reads OCR jobs from the database's queue.

Run as many as needed, on any machine that reaches the database and the
documents; the web processes then run with CECLOG_OCR_WORKERS=0. SIGTERM (or
Ctrl-C) hands the jobs being read back to the queue at once and exits 0; a
worker killed outright loses nothing either, its leases run out (see `leases`).
"""

from __future__ import annotations

import asyncio
import logging
import signal

from server.db.connection import Database
from server.documents.jobs import OcrQueue
from server.documents.storage import open_store
from server.settings import Settings


def run_worker(settings: Settings, concurrency: int) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    asyncio.run(_work(settings, concurrency))
    return 0


async def _work(settings: Settings, concurrency: int) -> None:
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    db = await Database.open(settings.database)
    try:
        store = open_store(settings)
        await asyncio.to_thread(store.prepare)
        queue = OcrQueue(db, store, concurrency, lease_seconds=settings.ocr_lease_seconds)
        await queue.start()
        print(
            f"ceclog: worker reading OCR jobs, {concurrency} at once"
            f" (certificates in {await asyncio.to_thread(store.describe)})",
            flush=True,
        )
        await stopping.wait()
        await queue.stop()
    finally:
        await db.close()
    print("ceclog: worker stopped; the jobs it was reading are back in the queue", flush=True)
