"""The OCR job queue: rows in `ocr_jobs`, worked by tasks in any number of processes.

Each worker is a task on the event loop that claims a due job with a lease
(round robin across users, oldest first within each user's; see
`repo.claim_job`), runs the OCR pipeline in a thread (tesseract itself is a
subprocess, and the image work releases the GIL) while it renews the lease,
then stores the result and fills the entries that point at the document, in
one transaction, if it still holds the lease (see `leases`).

The workers run inside `ceclog serve` (CECLOG_OCR_WORKERS) and in `ceclog
worker` processes. A job queued in this process wakes its workers at once;
jobs queued by other processes, and leases running out, are seen by polling
(one indexed read a second while idle).

A job that fails goes back in the queue after a backoff, up to MAX_ATTEMPTS
starts; then it is `failed` with the reason. A worker stopped on purpose hands
its job back at once, and that start does not count. A worker killed mid-job
leaves it `running` until its lease runs out; then another claims it, and that
counts as a start, so a document that kills its reader every time ends
`failed` after MAX_ATTEMPTS.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec

from server.db.connection import Database
from server.documents import fill, leases, repo
from server.documents.storage import BlobStore
from server.fields import iso_now, utc_now

log = logging.getLogger("ceclog.ocr")

MAX_ATTEMPTS = 3
BACKOFF_SECONDS = 15.0  # before the second start; four times as long before the third
IDLE_POLL_SECONDS = 1.0  # an enqueue in this process wakes its workers at once
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
        return "The stored file is missing from the certificate store."
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
        lease_seconds: float = leases.DEFAULT_LEASE_SECONDS,
        idle_poll: float = IDLE_POLL_SECONDS,
    ) -> None:
        self._db = db
        self._store = store
        self._workers = max(0, workers)
        self._extract = extract
        self._backoff = backoff
        self._max_attempts = max_attempts
        self._lease = lease_seconds
        self._idle_poll = idle_poll
        self._skip_locked = getattr(db, "dialect", "sqlite") == "postgresql"
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._executor: ThreadPoolExecutor | None = None

    async def start(self) -> None:
        if not self._workers:
            return
        self._executor = ThreadPoolExecutor(self._workers, thread_name_prefix="ocr")
        self._tasks = [
            asyncio.create_task(self._work(leases.new_owner()), name=f"ocr-worker-{n}")
            for n in range(self._workers)
        ]

    async def stop(self) -> None:
        """Stops at once; a job being read goes back in the queue for any worker."""
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

    async def _work(self, owner: str) -> None:
        while True:
            # Cleared before looking, so a job queued while we look wakes us again.
            self._wake.clear()
            wait = await self._seconds_until_due()
            if wait <= 0:
                try:
                    if await self.run_next(owner):
                        continue
                except asyncio.CancelledError:
                    raise
                except Exception:  # a worker must outlive any one job's surprise
                    log.exception("OCR worker hit an unexpected error")
                wait = 0.05  # another worker took it: look again shortly
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), wait)

    async def _seconds_until_due(self) -> float:
        """0 when a job can be claimed now; otherwise how long to wait before looking again."""
        async with self._db.reader() as conn:
            due = await repo.next_due(conn)
        if due is None:
            return self._idle_poll
        return min(self._idle_poll, max(0.0, (_parse(due) - utc_now()).total_seconds()))

    async def run_next(self, owner: str | None = None) -> bool:
        """Claims and runs one due job; False when none is due."""
        owner = owner or leases.new_owner()
        now = utc_now()
        async with self._db.transaction() as tx:
            expired = await repo.fail_expired_jobs(
                tx, _iso(now), self._max_attempts, leases.expired_reason(self._max_attempts)
            )
            job = await repo.claim_job(
                tx,
                _iso(now),
                _iso(leases.lease_end(now, self._lease)),
                owner,
                self._max_attempts,
                skip_locked=self._skip_locked,
            )
        if expired:
            log.warning("%d OCR job(s) failed: their reader stopped during each start", expired)
        if job is None:
            return False
        sha256, attempts = job["sha256"], job["attempts"]
        try:
            async with self._renewing(sha256, owner):
                extraction, page = await self._read(sha256, job["media_type"])
            fields = msgspec.json.encode(extraction.fields).decode()
            async with self._db.transaction() as tx:
                stored = await repo.finish_job(
                    tx,
                    sha256,
                    owner,
                    extraction.kind,
                    fields,
                    extraction.text,
                    extraction.seconds,
                    msgspec.json.encode(extraction.lines).decode(),
                    msgspec.json.encode(extraction.page).decode(),
                    msgspec.json.encode(extraction.suggestions).decode(),
                    iso_now(),
                )
                filled = await fill.fill_entries_for_document(tx, sha256) if stored else []
        except asyncio.CancelledError:
            await self._release(sha256, owner)
            raise
        except Exception as exc:
            await self._record_failure(sha256, owner, attempts, exc)
            return True
        if not stored:
            log.warning("OCR of %s not stored: another worker took the job over", sha256[:12])
            return True
        log.info(
            "OCR of %s done in %.1f s; filled %d entries",
            sha256[:12],
            extraction.seconds,
            len(filled),
        )
        return True

    async def _read(self, sha256: str, media_type: str | None) -> tuple[Any, bytes | None]:
        data = await asyncio.to_thread(self._store.read_blob, sha256)
        loop = asyncio.get_running_loop()
        extraction, page = await loop.run_in_executor(
            self._executor, self._extract, data, media_type
        )
        if page is not None:
            # Before the result is visible, so no box is ever shown on another page.
            await asyncio.to_thread(self._store.write_derived, sha256, PAGE_KIND, page)
        return extraction, page

    @contextlib.asynccontextmanager
    async def _renewing(self, sha256: str, owner: str) -> AsyncIterator[None]:
        """Keeps the job's lease in `owner`'s name while the block runs."""
        renewer = asyncio.create_task(self._renew(sha256, owner))
        try:
            yield
        finally:
            renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewer

    async def _renew(self, sha256: str, owner: str) -> None:
        while True:
            await asyncio.sleep(leases.renew_every(self._lease))
            until = _iso(leases.lease_end(utc_now(), self._lease))
            try:
                async with self._db.transaction() as tx:
                    held = await repo.renew_lease(tx, sha256, owner, until)
            except Exception:  # the next renewal may get through; the lease has slack
                log.exception("OCR of %s: renewing the lease failed", sha256[:12])
                continue
            if not held:
                log.warning("OCR of %s: the lease ran out and another worker took it", sha256[:12])
                return

    async def _release(self, sha256: str, owner: str) -> None:
        try:
            async with self._db.transaction() as tx:
                await repo.release_job(tx, sha256, owner, iso_now())
        except Exception:  # its lease runs out instead
            log.exception("OCR of %s: handing the job back failed", sha256[:12])

    async def _record_failure(self, sha256: str, owner: str, attempts: int, exc: Exception) -> None:
        reason = describe_failure(exc)
        now = utc_now()
        async with self._db.transaction() as tx:
            if attempts >= self._max_attempts:
                await repo.fail_job(tx, sha256, owner, reason, _iso(now))
            else:
                retry_at = now + timedelta(seconds=backoff_delay(attempts, self._backoff))
                await repo.retry_job(tx, sha256, owner, reason, _iso(retry_at), _iso(now))
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
