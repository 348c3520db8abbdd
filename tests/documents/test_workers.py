"""`ceclog worker` processes beside a `ceclog serve` that reads nothing itself
(CECLOG_OCR_WORKERS=0), on one SQLite file: real HTTP, real tesseract, real kills."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, closing
from pathlib import Path

import httpx
import pytest

from tests.conftest import new_id
from tests.documents.helpers import photo, sha
from tests.documents.worker_process import Worker, start_worker
from tests.server_process import CECLOG, running_server, this_checkout

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from make_samples import make_sample  # noqa: E402

SHORT_LEASE = {"CECLOG_OCR_LEASE_SECONDS": "2"}


@pytest.fixture(scope="module")
def certificates() -> list[tuple[bytes, dict]]:
    """Phone photos of four different course certificates, with what each says."""
    return [make_sample(seed, "classic", "photo", megapixels=3) for seed in (7, 8, 9, 10)]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def workers(data_dir: Path) -> Iterator[Callable[..., Worker]]:
    """Starts workers on the test's data directory; none outlives the test."""
    started: list[Worker] = []

    def start(name: str, concurrency: int = 1, **env: str) -> Worker:
        started.append(start_worker(data_dir, name, concurrency, **env))
        return started[-1]

    yield start
    for worker in started:
        worker.stop(signal.SIGKILL)


def technician(base: str, email: str) -> httpx.Client:
    http = httpx.Client(base_url=base, timeout=30)
    answer = http.post(
        "/api/auth/register",
        json={"email": email, "password": "a long password", "full_name": "Tech One"},
    )
    assert answer.status_code == 201, answer.text
    http.headers["X-CSRFToken"] = http.cookies["csrftoken"]
    return http


def upload(http: httpx.Client, data: bytes) -> str:
    files = {"file": ("certificate.jpg", data, "application/octet-stream")}
    assert http.post("/api/documents", files=files).status_code == 201
    return sha(data)


def ocr(http: httpx.Client, digest: str) -> dict:
    return http.get(f"/api/documents/{digest}").json()["ocr"]


def wait_for_status(http: httpx.Client, digest: str, *statuses: str, seconds: float = 60) -> dict:
    deadline = time.monotonic() + seconds
    while (found := ocr(http, digest))["status"] not in statuses:
        assert time.monotonic() < deadline, f"still {found['status']} after {seconds} s"
        time.sleep(0.05)
    return found


def test_a_worker_reads_what_the_web_process_queued_taking_turns(
    data_dir, workers, certificates
) -> None:
    data, truth = certificates[0]
    with ExitStack() as stack:
        base = stack.enter_context(running_server(data_dir))
        ana = stack.enter_context(closing(technician(base, "ana@example.com")))
        ben = stack.enter_context(closing(technician(base, "ben@example.com")))
        # Ana queues two photos before Ben queues his certificate, for his entry.
        anas = [upload(ana, photo(320 + n, 200)) for n in range(2)]
        entry_id = new_id()
        ben.put(f"/api/entries/{entry_id}", json={"document_sha256": sha(data)})
        bens = upload(ben, data)

        time.sleep(1.5)  # the web process never reads them itself
        assert [ocr(ana, d)["status"] for d in anas] == ["queued", "queued"]
        assert ocr(ben, bens)["status"] == "queued"

        worker = workers("one")
        read = wait_for_status(ben, bens, "done", "failed")
        assert read["status"] == "done", read["error"]
        assert read["fields"]["hours"]["value"] == truth["fields"]["hours"]
        entry = ben.get(f"/api/entries/{entry_id}").json()
        assert entry["hours"] == truth["fields"]["hours"] and entry["version"] == 2
        wait_for_status(ana, anas[1], "done")
        # Ben's one was read second, not after all of Ana's.
        assert worker.read() == [anas[0][:12], bens[:12], anas[1][:12]]

        assert worker.stop(signal.SIGTERM) == 0
        assert "worker stopped" in worker.text()


def test_a_killed_workers_job_is_finished_once_by_another(data_dir, workers, certificates):
    data, truth = certificates[1]
    with running_server(data_dir) as base, closing(technician(base, "ana@example.com")) as ana:
        entry_id = new_id()
        ana.put(f"/api/entries/{entry_id}", json={"document_sha256": sha(data)})
        digest = upload(ana, data)

        # Stopped on purpose mid-job: the job is back in the queue at once, uncounted.
        stopped = workers("stopped", **SHORT_LEASE)
        wait_for_status(ana, digest, "running")
        assert stopped.stop(signal.SIGTERM) == 0
        assert (ocr(ana, digest)["status"], ocr(ana, digest)["attempts"]) == ("queued", 0)

        # Killed mid-job: the job stays running until its lease runs out...
        killed = workers("killed", **SHORT_LEASE)
        wait_for_status(ana, digest, "running")
        killed.stop(signal.SIGKILL)
        assert (ocr(ana, digest)["status"], ocr(ana, digest)["attempts"]) == ("running", 1)

        # ...then another worker reads it, once.
        survivor = workers("survivor", **SHORT_LEASE)
        read = wait_for_status(ana, digest, "done", "failed")
        assert read["status"] == "done" and read["attempts"] == 2, read["error"]
        assert read["fields"]["hours"]["value"] == truth["fields"]["hours"]
        entry = ana.get(f"/api/entries/{entry_id}").json()
        assert entry["hours"] == truth["fields"]["hours"] and entry["version"] == 2
        assert (stopped.read(), killed.read(), survivor.read()) == ([], [], [digest[:12]])


def test_two_workers_never_read_the_same_job(data_dir, workers, certificates) -> None:
    with running_server(data_dir) as base, closing(technician(base, "ana@example.com")) as ana:
        digests = [upload(ana, data) for data, _ in certificates]
        # Two readers at once, with leases shorter than a read while they share
        # the cores: only renewals keep a job its reader's.
        first, second = workers("first", **SHORT_LEASE), workers("second", **SHORT_LEASE)
        reads = [wait_for_status(ana, digest, "done", "failed") for digest in digests]

    assert [(r["status"], r["attempts"]) for r in reads] == [("done", 1)] * len(digests)
    assert sorted(first.read() + second.read()) == sorted(d[:12] for d in digests)
    assert "another worker took" not in first.text() + second.text()


def test_worker_help_says_what_it_does() -> None:
    done = subprocess.run(
        [str(CECLOG), "worker", "--help"],
        capture_output=True,
        text=True,
        env=this_checkout(dict(os.environ)),
        timeout=30,
    )
    assert done.returncode == 0
    assert "--concurrency N" in done.stdout and "CECLOG_OCR_WORKERS=0" in done.stdout
    assert "lease" in done.stdout
