"""The OCR queue: failures are recorded with their reason and retried a bounded number of times."""

from __future__ import annotations

import asyncio

from litestar.testing import TestClient

from server.db.connection import Database
from server.documents import repo
from server.documents.jobs import OcrQueue, backoff_delay
from server.documents.storage import BlobStore
from tests.documents.helpers import photo, post_file, sha


def test_backoff_grows_between_starts() -> None:
    assert [backoff_delay(n, 15) for n in (1, 2, 3)] == [15, 60, 240]


def test_a_failing_job_is_retried_then_failed_with_its_reason(
    client: TestClient, settings, ana
) -> None:
    data = photo(300, 200)
    digest = sha(data)
    assert post_file(client, ana, data).status_code == 201
    # The file vanished from the disk (a restore gone wrong): OCR cannot read it.
    BlobStore(settings.data_dir).blob_path(digest).unlink()

    async def work() -> list[tuple[str, int]]:
        db = await Database.open(settings.database)
        queue = OcrQueue(db, BlobStore(settings.data_dir), workers=0, backoff=0.0, max_attempts=3)
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
    BlobStore(settings.data_dir).blob_path(sha(data)).unlink()

    async def work() -> tuple[bool, bool]:
        db = await Database.open(settings.database)
        queue = OcrQueue(db, BlobStore(settings.data_dir), workers=0, backoff=3600.0)
        try:
            return await queue.run_next(), await queue.run_next()
        finally:
            await db.close()

    assert asyncio.run(work()) == (True, False)
    ocr = client.get(f"/api/documents/{sha(data)}", headers=ana).json()["ocr"]
    assert ocr["status"] == "queued" and ocr["attempts"] == 1 and ocr["error"]


def test_a_job_that_stops_the_server_each_time_ends_failed(client: TestClient, settings, ana):
    data = photo(300, 200)
    assert post_file(client, ana, data).status_code == 201

    async def start_and_die() -> tuple[str, int]:
        """A server start that claims the job and is killed while reading it."""
        db = await Database.open(settings.database)
        try:
            queue = OcrQueue(db, BlobStore(settings.data_dir), workers=0, max_attempts=3)
            await queue.start()
            async with db.transaction() as tx:
                claimed = await repo.claim_job(tx, "9999-12-31T00:00:00.000000Z")
            async with db.reader() as conn:
                row = await (await conn.execute("SELECT status, attempts FROM ocr_jobs")).fetchone()
            return (row["status"], row["attempts"]) if claimed else (row["status"], 0)
        finally:
            await db.close()

    seen = [asyncio.run(start_and_die()) for _ in range(4)]
    assert seen == [("running", 1), ("running", 2), ("running", 3), ("failed", 0)]
    ocr = client.get(f"/api/documents/{sha(data)}", headers=ana).json()["ocr"]
    assert ocr["status"] == "failed" and ocr["attempts"] == 3
    assert "server stopped" in ocr["error"]


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
                    order.append(
                        (await repo.claim_job(tx, "9999-12-31T00:00:00.000000Z"))["sha256"]
                    )
        finally:
            await db.close()
        return order

    # Ana queued three before Ben's one: Ben's is read second, not fourth.
    expected = [sha(ana_photos[0]), sha(ben_photo), sha(ana_photos[1]), sha(ana_photos[2])]
    assert asyncio.run(claims()) == expected
