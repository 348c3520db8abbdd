"""The OCR job queue: rows in `ocr_jobs`, worked by a small pool off the event loop.

Each worker is a task on the event loop that claims a due job (round robin
across users, oldest first within each user's; see `repo.claim_job`) in a
write transaction, runs the OCR pipeline in a thread (tesseract itself is a
subprocess, and the image work releases the GIL), then stores the result and
fills the entries that point at the document, in one transaction.

A job that fails goes back in the queue after a backoff, up to MAX_ATTEMPTS
starts; then it is `failed` with the reason. A stopped server leaves its jobs
`running`; the next start puts them back in the queue, and a start that ended
in a stop counts as one of the MAX_ATTEMPTS.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec

from server.db.changes import lock_name
from server.db.connection import Database
from server.documents import fill, repo
from server.documents.storage import BlobStore
from server.fields import iso_now, utc_now

log = logging.getLogger("ceclog.ocr")

MAX_ATTEMPTS = 3
BACKOFF_SECONDS = 15.0  # before the second start; four times as long before the third
IDLE_POLL_SECONDS = 30.0  # a safety net: an enqueue wakes the workers at once
_ERROR_LIMIT = 500

Extract = Callable[[bytes, str | None], Any]


PAGE_KIND = "page.jpg"  # the derived file /page serves; the lines' boxes are in its pixels


def run_pipeline(data: bytes, media_type: str | None) -> tuple[Any, bytes | None]:
    """The OCR pipeline (imported on first use: it pulls in OpenCV and friends):
    the extraction, and the page it read as a JPEG when it made one."""
    from server.ocr.page_view import page_jpeg
    from server.ocr.pipeline import read_certificate

    extraction, page = read_certificate(data, media_type)
    image = None if page.image is None else page_jpeg(page.image, extraction.page)
    return extraction, image


def backoff_delay(attempts: int, base: float = BACKOFF_SECONDS) -> float:
    """Seconds to wait after the `attempts`-th failed start."""
    return base * 4 ** max(0, attempts - 1)


def describe_failure(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "The stored file is missing from the data directory."
    text = str(exc).strip()
    reason = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return reason[:_ERROR_LIMIT]


class OcrQueue:
    def __init__(
        self,
        db: Database,
        store: BlobStore,
        workers: int,
        *,
        extract: Extract = run_pipeline,
        backoff: float = BACKOFF_SECONDS,
        max_attempts: int = MAX_ATTEMPTS,
    ) -> None:
        self._db = db
        self._store = store
        self._workers = max(0, workers)
        self._extract = extract
        self._backoff = backoff
        self._max_attempts = max_attempts
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._executor: ThreadPoolExecutor | None = None

    async def start(self) -> None:
        # A stop mid-job counts as a failed start: a document that brings the
        # server down would otherwise bring it down again at every start.
        reason = f"The server stopped while reading this document, {self._max_attempts} times."
        async with self._db.transaction() as tx:
            resumed, failed = await repo.requeue_running(tx, iso_now(), self._max_attempts, reason)
        if resumed:
            log.info("resuming %d OCR job(s) interrupted by a stop", resumed)
        if failed:
            log.warning(
                "%d OCR job(s) failed: the server stopped during each of their starts", failed
            )
        if not self._workers:
            return
        self._executor = ThreadPoolExecutor(self._workers, thread_name_prefix="ocr")
        self._tasks = [
            asyncio.create_task(self._work(), name=f"ocr-worker-{n}") for n in range(self._workers)
        ]

    async def stop(self) -> None:
        """Stops at once; a job being read stays `running` and resumes on the next start."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def notify(self) -> None:
        """A job was queued: wake an idle worker."""
        self._wake.set()

    async def _work(self) -> None:
        while True:
            # Cleared before looking, so a job queued while we look wakes us again.
            self._wake.clear()
            try:
                ran = await self.run_next()
            except asyncio.CancelledError:
                raise
            except Exception:  # a worker must outlive any one job's surprise
                log.exception("OCR worker hit an unexpected error")
                ran = False
            if not ran:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), await self._idle_seconds())

    async def _idle_seconds(self) -> float:
        async with self._db.reader() as conn:
            due = await repo.next_due(conn)
        if due is None:
            return IDLE_POLL_SECONDS
        wait = (_parse(due) - utc_now()).total_seconds()
        return min(IDLE_POLL_SECONDS, max(0.05, wait))

    async def run_next(self) -> bool:
        """Claims and runs one due job; False when none is due."""
        async with self._db.transaction() as tx:
            # Claims take turns across processes too, so no job is claimed twice.
            await lock_name(tx, "ocr claim")
            job = await repo.claim_job(tx, iso_now())
        if job is None:
            return False
        sha256, attempts = job["sha256"], job["attempts"]
        try:
            data = await asyncio.to_thread(self._store.read_blob, sha256)
            loop = asyncio.get_running_loop()
            extraction, page = await loop.run_in_executor(
                self._executor, self._extract, data, job["media_type"]
            )
            if page is not None:
                # Before the result is visible, so no box is ever shown on another page.
                await asyncio.to_thread(self._store.write_derived, sha256, PAGE_KIND, page)
            fields = msgspec.json.encode(extraction.fields).decode()
            async with self._db.transaction() as tx:
                await repo.finish_job(
                    tx,
                    sha256,
                    extraction.kind,
                    fields,
                    extraction.text,
                    extraction.seconds,
                    msgspec.json.encode(extraction.lines).decode(),
                    msgspec.json.encode(extraction.page).decode(),
                    iso_now(),
                )
                filled = await fill.fill_entries_for_document(tx, sha256)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            await self._record_failure(sha256, attempts, exc)
            return True
        log.info(
            "OCR of %s done in %.1f s; filled %d entries",
            sha256[:12],
            extraction.seconds,
            len(filled),
        )
        return True

    async def _record_failure(self, sha256: str, attempts: int, exc: Exception) -> None:
        reason = describe_failure(exc)
        now = utc_now()
        async with self._db.transaction() as tx:
            if attempts >= self._max_attempts:
                await repo.fail_job(tx, sha256, reason, _iso(now))
            else:
                retry_at = now + timedelta(seconds=backoff_delay(attempts, self._backoff))
                await repo.retry_job(tx, sha256, reason, _iso(retry_at), _iso(now))
        log.warning(
            "OCR of %s failed (start %d of %d): %s",
            sha256[:12],
            attempts,
            self._max_attempts,
            reason,
        )


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
