"""Hosted mode end to end: two `ceclog serve` processes sharing a real PostgreSQL
and a real S3-compatible store, `ceclog worker` processes reading, and requests
of one technician landing on either process (DESIGN §3: every process is
interchangeable)."""

from __future__ import annotations

import hashlib
import signal
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import bearer_user
from tests.ocr import drawn
from tests.server_process import free_port, start_server, stop_server, wait_until_up
from tests.services import hosted
from tests.services.balancer import balanced
from tests.services.hosted import PASSWORD


class Deployment:
    def __init__(self, root: Path, env: dict[str, str]) -> None:
        self.root, self.env = root, env
        self.ports = [free_port(), free_port()]
        self.processes: list[subprocess.Popen] = []
        self.workers: list[subprocess.Popen] = []

    def url(self, n: int) -> str:
        return f"http://127.0.0.1:{self.ports[n]}"

    def start(self) -> None:
        for n, port in enumerate(self.ports):
            folder = self.root / f"web-{n}"
            folder.mkdir(parents=True, exist_ok=True)
            self.processes.append(start_server(folder, port, **self.env))

    def worker(self, **env: str) -> subprocess.Popen:
        process = hosted.start_worker(
            self.root / f"worker-{len(self.workers)}", {**self.env, **env}
        )
        self.workers.append(process)
        return process

    def stop(self) -> None:
        for process in [*self.workers, *self.processes]:
            stop_server(process)

    def kept_files(self) -> list[Path]:
        """Files left in the processes' data directories (only temporary ones may be)."""
        return [p for p in self.root.rglob("*") if p.is_file() and p.suffix != ".log"]


@pytest.fixture
def deployment(tmp_path: Path) -> Iterator[Deployment]:
    with hosted.services("hosted", tmp_path) as env:
        running = Deployment(tmp_path, {**env, "CECLOG_OCR_LEASE_SECONDS": "3"})
        running.start()
        try:
            yield running
        finally:
            running.stop()


def token(url: str, email: str) -> dict[str, str]:
    """Headers with an API token for a new technician."""
    with httpx.Client(base_url=url, timeout=30) as http:
        return bearer_user(http, email)


def put_entry(entry_id: str, n: int, title: str) -> dict:
    args = {"id": entry_id, "kind": "course", "course_title": title, "hours": 2}
    return {"id": n, "name": "entry.put", "args": args, "ts": time.time_ns() // 1_000_000}


def push(url: str, headers: dict, client_id: str, *mutations: dict) -> dict:
    body = {"client_id": client_id, "schema_version": 1, "mutations": list(mutations)}
    answer = httpx.post(f"{url}/api/sync/push", json=body, headers=headers, timeout=30)
    assert answer.status_code == 200, answer.text
    assert answer.json()["rejected"] == [], answer.text
    return answer.json()


def pull_all(url: str, headers: dict) -> dict[str, dict]:
    """Everything a new device receives, page by page."""
    entries: dict[str, dict] = {}
    body: dict = {"client_id": str(uuid.uuid4()), "cursor": None}
    while True:
        answer = httpx.post(f"{url}/api/sync/pull", json=body, headers=headers, timeout=30)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        for row in page["entries"]:
            assert row["id"] not in entries, "a change was delivered twice"
            entries[row["id"]] = row
        if not page.get("more"):
            return entries
        body["cursor"] = page["cursor"]


def test_a_push_replayed_to_the_other_process_is_applied_once(deployment: Deployment):
    headers = token(deployment.url(0), "ana@example.com")
    phone, entry_id = str(uuid.uuid4()), str(uuid.uuid4())
    batch = [put_entry(entry_id, 1, "Water Damage Restoration Technician")]
    first = push(deployment.url(0), headers, phone, *batch)
    again = push(deployment.url(1), headers, phone, *batch)  # the answer was lost; sent again
    assert first["last_mutation_id"] == again["last_mutation_id"] == 1
    seen = pull_all(deployment.url(1), headers)
    assert list(seen) == [entry_id]


def test_devices_pushing_through_both_processes_at_once_lose_nothing(deployment: Deployment):
    headers = token(deployment.url(0), "ana@example.com")
    with balanced(deployment.ports) as balancer:
        written: dict[str, str] = {}

        def device(n: int) -> None:
            client_id = str(uuid.uuid4())
            for m in range(1, 11):
                entry_id = str(uuid.uuid4())
                written[entry_id] = f"Course {n}-{m}"
                push(balancer.url, headers, client_id, put_entry(entry_id, m, written[entry_id]))

        threads = [threading.Thread(target=device, args=(n,)) for n in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seen = pull_all(balancer.url, headers)
        assert balancer.served[deployment.ports[0]] and balancer.served[deployment.ports[1]]
    assert {k: v["course_title"] for k, v in seen.items()} == written


def test_a_signed_in_session_works_on_either_process(deployment: Deployment):
    with httpx.Client(base_url=deployment.url(0), timeout=30) as first:
        answer = first.post(
            "/api/auth/register",
            json={"email": "ana@example.com", "password": PASSWORD, "full_name": "Ana López"},
        )
        assert answer.status_code == 201, answer.text
        cookies = first.cookies
    with httpx.Client(base_url=deployment.url(1), cookies=cookies, timeout=30) as second:
        me = second.get("/api/me")
        assert me.status_code == 200 and me.json()["email"] == "ana@example.com"
        second.get("/api/health")
        changed = second.patch(
            "/api/me",
            json={"full_name": "Ana María López"},
            headers={"X-CSRFToken": second.cookies["csrftoken"]},
        )
        assert changed.status_code == 200, changed.text


def certificate(name: str) -> bytes:
    sheet = drawn.page(
        [
            ("Certificate of Completion", 54),
            ("This certifies that", 30),
            (name, 52),
            ("has completed", 30),
            ("Water Damage Restoration Technician", 40),
            ("Completed on March 5, 2026", 30),
            ("CEC hours: 2", 30),
        ]
    )
    return drawn.photo(sheet)


def upload_alternating(deployment: Deployment, headers: dict, data: bytes, size: int) -> str:
    digest = hashlib.sha256(data).hexdigest()
    for n, first in enumerate(range(0, len(data), size)):
        last = min(len(data), first + size) - 1
        answer = httpx.put(
            f"{deployment.url(n % 2)}/api/blobs/{digest}",
            content=data[first : last + 1],
            headers={**headers, "Content-Range": f"bytes {first}-{last}/{len(data)}"},
            timeout=60,
        )
        assert answer.status_code in (200, 201), answer.text
        if last + 1 < len(data):
            state = httpx.head(f"{deployment.url((n + 1) % 2)}/api/blobs/{digest}", headers=headers)
            assert state.headers["Upload-Offset"] == str(last + 1)
    return digest


def ocr_status(deployment: Deployment, headers: dict, digest: str, n: int = 0) -> dict:
    answer = httpx.get(f"{deployment.url(n)}/api/documents/{digest}", headers=headers, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.json()["ocr"]


def read_text(ocr: dict) -> str:
    """What the worker read: the lines of the page, as the review screen shows them."""
    return "\n".join(line["text"] for line in ocr["lines"])


def wait_for(deployment, headers, digest, statuses: set[str], seconds: float) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ocr = ocr_status(deployment, headers, digest)
        if ocr["status"] in statuses:
            return ocr
        time.sleep(0.3)
    raise AssertionError(f"OCR still {ocr['status']} after {seconds} s")


def test_an_upload_in_chunks_across_processes_is_stored_once_and_read_by_a_worker(
    deployment: Deployment,
):
    headers = token(deployment.url(0), "ana@example.com")
    data = certificate("Ana María López")
    digest = upload_alternating(deployment, headers, data, 64 * 1024)
    for n in (0, 1):
        got = httpx.get(f"{deployment.url(n)}/api/documents/{digest}/file", headers=headers)
        assert got.status_code == 200 and got.content == data
    time.sleep(2)
    assert ocr_status(deployment, headers, digest)["status"] == "queued"  # the web reads nothing
    deployment.worker()
    ocr = wait_for(deployment, headers, digest, {"done", "failed"}, 90)
    assert ocr["status"] == "done", ocr
    assert "Ana María López" in read_text(ocr)  # this certificate, read whole
    assert deployment.kept_files() == [], "a hosted process kept a document on its own disk"


def test_a_worker_killed_mid_job_loses_nothing(deployment: Deployment):
    headers = token(deployment.url(1), "ana@example.com")
    data = certificate("Ben Okafor")
    answer = httpx.post(
        f"{deployment.url(1)}/api/documents",
        files={"file": ("certificate.jpg", data, "image/jpeg")},
        headers=headers,
        timeout=60,
    )
    assert answer.status_code == 201, answer.text
    digest = answer.json()["sha256"]
    doomed = deployment.worker()
    wait_for(deployment, headers, digest, {"running"}, 60)
    doomed.send_signal(signal.SIGKILL)
    doomed.wait()
    assert ocr_status(deployment, headers, digest)["status"] == "running"
    deployment.worker()  # takes the job over once the 3 s lease has run out
    ocr = wait_for(deployment, headers, digest, {"done", "failed"}, 120)
    assert ocr["status"] == "done", ocr
    assert "Ben Okafor" in read_text(ocr)


def test_many_processes_starting_at_once_on_a_new_database_all_come_up(tmp_path: Path):
    with hosted.services("hosted", tmp_path, fresh=True) as env:
        ports = [free_port() for _ in range(3)]
        started: list[subprocess.Popen] = []
        try:  # all three migrate at once: one does it, under a lock, the others wait
            for n, port in enumerate(ports):
                folder = tmp_path / f"web-{n}"
                folder.mkdir()
                started.append(start_server(folder, port, wait=False, **env))
            for port, process in zip(ports, started, strict=True):
                wait_until_up(f"http://127.0.0.1:{port}", process)
            for port in ports:
                assert httpx.get(f"http://127.0.0.1:{port}/api/health").status_code == 200
        finally:
            for process in started:
                stop_server(process)
