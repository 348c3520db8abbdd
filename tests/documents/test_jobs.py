"""The OCR queue: failures are recorded with their reason and retried a bounded number
of times; leases that run out hand a job to another worker, three times at most."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

import pytest
from litestar.testing import TestClient

from server.db.connection import Database
from server.documents import repo
from server.documents.jobs import OcrQueue, backoff_delay
from server.documents.storage import blob_name
from server.fields import utc_now
from server.settings import Settings
from tests.documents.helpers import photo, post_file, sha, store

LATER = "9999-01-01T00:00:00.000000Z"  # every job is due
FAR = "9999-12-31T00:00:00.000000Z"  # and no lease runs out


def _iso(seconds_from_now: float) -> str:
    return (utc_now() + timedelta(seconds=seconds_from_now)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


async def _claim(db: Database, owner: str, lease: float, now: str | None = None):
    """`owner` claims a job as a worker would, for `lease` seconds."""
    async with db.transaction() as tx:
        return await repo.claim_job(tx, now or _iso(0), _iso(lease), owner, 3)


def test_backoff_grows_between_starts() -> None:
    assert [backoff_delay(n, 15) for n in (1, 2, 3)] == [15, 60, 240]


def test_a_failing_job_is_retried_then_failed_with_its_reason(
    client: TestClient, settings, ana
) -> None:
    data = photo(300, 200)
    digest = sha(data)
    assert post_file(client, ana, data).status_code == 201
    # The file vanished from the disk (a restore gone wrong): OCR cannot read it.
    store(settings).delete(blob_name(digest))

    async def work() -> list[tuple[str, int]]:
        db = await Database.open(settings.database)
        queue = OcrQueue(db, store(settings), workers=0, backoff=0.0, max_attempts=3)
        seen = []
        try:
            while await queue.run_next():
                async with db.reader() as conn:
                    row = await (
                        await conn.execute("SELECT status, attempts FROM ocr_jobs")
                    ).fetchone()
                seen.append((row["status"], row["attempts"]))
        finally:
            await db.close()
        return seen

    assert asyncio.run(work()) == [("queued", 1), ("queued", 2), ("failed", 3)]
    ocr = client.get(f"/api/documents/{digest}", headers=ana).json()["ocr"]
    assert ocr["status"] == "failed" and ocr["attempts"] == 3
    assert "missing" in ocr["error"]


def test_a_retry_waits_for_its_backoff(client: TestClient, settings, ana) -> None:
    data = photo(300, 200)
    assert post_file(client, ana, data).status_code == 201
    store(settings).delete(blob_name(sha(data)))

    async def work() -> tuple[bool, bool]:
        db = await Database.open(settings.database)
        queue = OcrQueue(db, store(settings), workers=0, backoff=3600.0)
        try:
            return await queue.run_next(), await queue.run_next()
        finally:
            await db.close()

    assert asyncio.run(work()) == (True, False)
    ocr = client.get(f"/api/documents/{sha(data)}", headers=ana).json()["ocr"]
    assert ocr["status"] == "queued" and ocr["attempts"] == 1 and ocr["error"]


def test_a_job_whose_lease_runs_out_three_times_ends_failed(client: TestClient, settings, ana):
    data = photo(300, 200)
    assert post_file(client, ana, data).status_code == 201

    async def three_readers_die() -> list[tuple[str, int]]:
        """Three workers claim the job in turn and are killed while reading it;
        each lease runs out; then a live worker looks at the queue."""
        db = await Database.open(settings.database)
        try:
            seen = []
            for n in range(3):
                job = await _claim(db, f"gone:{n}", lease=0.05)
                seen.append((job["sha256"], job["attempts"]))
                time.sleep(0.1)
            queue = OcrQueue(db, store(settings), workers=0, max_attempts=3)
            assert await queue.run_next() is False  # nothing left to read
            return seen
        finally:
            await db.close()

    assert asyncio.run(three_readers_die()) == [(sha(data), 1), (sha(data), 2), (sha(data), 3)]
    ocr = client.get(f"/api/documents/{sha(data)}", headers=ana).json()["ocr"]
    assert ocr["status"] == "failed" and ocr["attempts"] == 3
    assert ocr["error"] == (
        "Reading stopped three times before it finished"
        " (the reader was stopped or ran out of memory)."
    )


def test_a_job_is_not_claimed_while_its_lease_holds(client: TestClient, settings, ana) -> None:
    assert post_file(client, ana, photo(300, 200)).status_code == 201

    async def claims() -> tuple[bool, bool]:
        db = await Database.open(settings.database)
        try:
            first = await _claim(db, "alive", lease=60)
            second = await _claim(db, "other", lease=60)
            return first is not None, second is not None
        finally:
            await db.close()

    assert asyncio.run(claims()) == (True, False)


def test_a_worker_that_lost_its_lease_cannot_store_its_reading(client: TestClient, settings, ana):
    data = photo(300, 200)
    assert post_file(client, ana, data).status_code == 201

    async def store(tx, owner: str, text: str) -> bool:
        return await repo.finish_job(
            tx, sha(data), owner, "course", "{}", text, 1.0, "[]", "null", "{}", _iso(0)
        )

    async def race() -> tuple[bool, bool, bool, bool]:
        db = await Database.open(settings.database)
        try:
            await _claim(db, "slow", lease=0.05)
            time.sleep(0.1)  # the slow worker stalls past its lease; another takes the job
            await _claim(db, "fresh", lease=60)
            async with db.transaction() as tx:
                renewed = await repo.renew_lease(tx, sha(data), "slow", _iso(60))
                fresh = await store(tx, "fresh", "read by the fresh worker")
                slow = await store(tx, "slow", "read by the slow worker")
            async with db.transaction() as tx:  # a job read once is not handed back
                released = await repo.release_job(tx, sha(data), "fresh", _iso(0))
            return renewed, fresh, slow, released
        finally:
            await db.close()

    assert asyncio.run(race()) == (False, True, False, False)
    ocr = client.get(f"/api/documents/{sha(data)}", headers=ana).json()["ocr"]
    assert ocr["status"] == "done" and ocr["attempts"] == 2
    assert ocr["text"] == "read by the fresh worker"


def test_a_worker_stopping_on_purpose_hands_its_job_back_uncounted(
    client: TestClient, settings, ana
) -> None:
    data = photo(300, 200)
    assert post_file(client, ana, data).status_code == 201

    async def stop_and_claim() -> tuple[bool, int]:
        db = await Database.open(settings.database)
        try:
            await _claim(db, "stopping", lease=60)
            async with db.transaction() as tx:
                released = await repo.release_job(tx, sha(data), "stopping", _iso(0))
            again = await _claim(db, "next", lease=60)  # at once, not after the lease
            return released, again["attempts"]
        finally:
            await db.close()

    assert asyncio.run(stop_and_claim()) == (True, 1)


@pytest.mark.parametrize(
    ("value", "expected"), [("2", 2), ("60", 60), ("1", None), ("61", None), ("soon", None)]
)
def test_the_lease_setting_stays_within_a_minute(value: str, expected: int | None) -> None:
    env = {"CECLOG_OCR_LEASE_SECONDS": value}
    if expected is None:
        with pytest.raises(ValueError, match="CECLOG_OCR_LEASE_SECONDS"):
            Settings.from_env(env)
    else:
        assert Settings.from_env(env).ocr_lease_seconds == expected
    assert Settings.from_env({}).ocr_lease_seconds == 60


def test_ocr_takes_turns_across_users(client: TestClient, settings, ana, ben) -> None:
    ana_photos = [photo(300 + n, 200) for n in range(3)]
    ben_photo = photo(500, 200)
    for data in ana_photos:
        assert post_file(client, ana, data).status_code == 201
    assert post_file(client, ben, ben_photo).status_code == 201

    async def claims() -> list[str]:
        db = await Database.open(settings.database)
        order = []
        try:
            for _ in range(4):
                async with db.transaction() as tx:
                    order.append((await repo.claim_job(tx, LATER, FAR, "w", 3))["sha256"])
        finally:
            await db.close()
        return order

    # Ana queued three before Ben's one: Ben's is read second, not fourth.
    expected = [sha(ana_photos[0]), sha(ben_photo), sha(ana_photos[1]), sha(ana_photos[2])]
    assert asyncio.run(claims()) == expected
