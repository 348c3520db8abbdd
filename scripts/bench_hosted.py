"""Hosted mode against the one-box default, measured in the same run on this machine.

For each mode it starts the real parts on 127.0.0.1:
- default: one `ceclog serve` on SQLite and files in a temporary data directory;
- hosted: PostgreSQL (a temporary cluster), an S3-compatible server (moto),
  two `ceclog serve` processes, a technician's two devices on different ones;
web processes run with CECLOG_OCR_WORKERS=0 and `ceclog worker` processes read.

Then it prints:
1. sync: 200 devices (100 technicians with a phone and a desk each) at once,
   each doing 3 rounds of "record 2 entries, push, pull": push and pull
   latency p50/p95 and requests per second;
2. OCR: jobs per minute with 1 and with 2 worker processes (each
   `--concurrency 1`), on drawn certificate photos, all different;
3. database bytes per stored document (hosted: PostgreSQL's own count).

Usage: .venv/bin/python scripts/bench_hosted.py [--devices 200] [--rounds 3] [--jobs 12]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from server.sync.client import Replica  # noqa: E402
from tests.ocr import drawn  # noqa: E402
from tests.server_process import free_port, start_server, stop_server  # noqa: E402
from tests.services import hosted  # noqa: E402

PASSWORD = "correct horse battery"


@dataclass
class Figures:
    pushes: list[float] = field(default_factory=list)
    pulls: list[float] = field(default_factory=list)
    sync_seconds: float = 0.0
    ocr_per_minute: dict[int, float] = field(default_factory=dict)
    db_bytes_per_entry: float = 0.0
    db_bytes_per_document: float = 0.0


# Processes


@contextlib.contextmanager
def web(mode: str, data_dir: Path, env: dict[str, str]) -> Iterator[list[str]]:
    """The web processes' URLs: one (default) or two (hosted). Devices are spread
    over them, so a technician's phone and desk talk to different processes."""
    count = 2 if mode == "hosted" else 1
    processes = []
    for n in range(count):
        folder = data_dir / f"web-{n}" if mode == "hosted" else data_dir
        folder.mkdir(parents=True, exist_ok=True)
        processes.append((free_port(), folder))
    started = []
    try:
        for port, folder in processes:
            started.append(start_server(folder, port, **env))
        yield [f"http://127.0.0.1:{port}" for port, _ in processes]
    finally:
        for process in started:
            stop_server(process)


# Sync


async def _account(http: httpx.AsyncClient, email: str) -> str:
    answer = await http.post(
        "/api/auth/register", json={"email": email, "password": PASSWORD, "full_name": "Ana López"}
    )
    answer.raise_for_status()
    await http.get("/api/health")
    made = await http.post(
        "/api/auth/tokens",
        json={"name": "bench"},
        headers={"X-CSRFToken": http.cookies["csrftoken"]},
    )
    made.raise_for_status()
    return made.json()["token"]


def _entry(n: int) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "kind": "course",
        "course_title": f"Water Damage Restoration Technician part {n}",
        "provider": "Restoration Academy",
        "holder_name": "Ana María López",
        "completion_date": f"2026-0{1 + n % 9}-1{n % 10}",
        "hours": float(1 + n % 7),
    }


async def _device(url: str, token: str, rounds: int, start: asyncio.Event, figures: Figures):
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=120) as http:
        replica = Replica()
        await _pull(http, replica, None)  # an installed device is current when the rush starts
        await start.wait()
        for n in range(rounds):
            replica.put_entry(_entry(2 * n))
            replica.put_entry(_entry(2 * n + 1))
            while (body := replica.push_body()) is not None:
                began = time.perf_counter()
                answer = await http.post("/api/sync/push", json=body)
                figures.pushes.append(time.perf_counter() - began)
                replica.on_push(answer.status_code, answer.json())
                if answer.status_code != 200:
                    raise RuntimeError(f"push answered {answer.status_code}: {answer.text[:200]}")
            await _pull(http, replica, figures.pulls)


async def _pull(http: httpx.AsyncClient, replica: Replica, latencies: list[float] | None) -> None:
    more = True
    while more:
        began = time.perf_counter()
        answer = await http.post("/api/sync/pull", json=replica.pull_body())
        if latencies is not None:
            latencies.append(time.perf_counter() - began)
        if answer.status_code != 200:
            raise RuntimeError(f"pull answered {answer.status_code}: {answer.text[:200]}")
        more = replica.on_pull(answer.status_code, answer.json())


async def sync_rush(urls: list[str], devices: int, rounds: int, figures: Figures) -> None:
    async with httpx.AsyncClient(base_url=urls[0], timeout=60) as http:
        tokens = []
        for n in range(devices // 2):
            http.cookies.clear()
            tokens.append(await _account(http, f"bench-{n}@example.com"))
    start = asyncio.Event()
    tasks = [
        asyncio.create_task(
            _device(urls[n % len(urls)], tokens[n // 2 % len(tokens)], rounds, start, figures)
        )
        for n in range(devices)
    ]
    await asyncio.sleep(0.5)
    began = time.perf_counter()
    start.set()
    await asyncio.gather(*tasks)
    figures.sync_seconds = time.perf_counter() - began


# OCR


def certificate(n: int) -> bytes:
    sheet = drawn.page(
        [
            ("Certificate of Completion", 54),
            ("This certifies that", 30),
            (f"Technician Number {n:04d}", 48),
            ("has completed", 30),
            ("Water Damage Restoration Technician", 40),
            ("Restoration Academy", 34),
            ("Completed on March 5, 2026", 30),
            ("CEC hours: 2", 30),
        ]
    )
    return drawn.photo(sheet, tilt=2.0 + (n % 5) / 10)


def ocr_rate(url: str, data_dir: Path, env: dict, workers: int, jobs: int, first: int) -> float:
    with httpx.Client(base_url=url, timeout=120) as http:
        http.cookies.clear()
        token = asyncio.run(_token(url, f"ocr-{workers}@example.com"))
        headers = {"Authorization": f"Bearer {token}"}
        shas = []
        for n in range(first, first + jobs):
            answer = http.post(
                "/api/documents",
                files={"file": ("c.jpg", certificate(n), "image/jpeg")},
                headers=headers,
            )
            answer.raise_for_status()
            shas.append(answer.json()["sha256"])
        began = time.perf_counter()
        running = [hosted.start_worker(data_dir / f"worker-{n}", env) for n in range(workers)]
        try:
            waiting = set(shas)
            while waiting:
                time.sleep(0.5)
                for sha in list(waiting):
                    status = http.get(f"/api/documents/{sha}", headers=headers).json()["ocr"]
                    if status["status"] in ("done", "failed"):
                        waiting.discard(sha)
            took = time.perf_counter() - began
        finally:
            for process in running:
                stop_server(process)
    return jobs / took * 60


async def _token(url: str, email: str) -> str:
    async with httpx.AsyncClient(base_url=url, timeout=60) as http:
        return await _account(http, email)


# Report


def quantiles(latencies: list[float]) -> str:
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return f"p50 {statistics.median(ms):6.1f} ms  p95 {p95:7.1f} ms"


def run_mode(mode: str, args: argparse.Namespace, scratch: Path) -> Figures:
    figures = Figures()
    data_dir = scratch / mode
    data_dir.mkdir()
    with hosted.services(mode, data_dir) as env, web(mode, data_dir, env) as urls:
        empty = hosted.database_bytes(mode, data_dir, env)
        asyncio.run(sync_rush(urls, args.devices, args.rounds, figures))
        synced = hosted.database_bytes(mode, data_dir, env)
        for workers in (1, 2):
            first = 1000 * workers
            figures.ocr_per_minute[workers] = ocr_rate(
                urls[-1], data_dir, env, workers, args.jobs, first
            )
        read = hosted.database_bytes(mode, data_dir, env)
    figures.db_bytes_per_entry = (synced - empty) / (args.devices * args.rounds * 2)
    figures.db_bytes_per_document = (read - synced) / (2 * args.jobs)
    return figures


def report(results: dict[str, Figures], args: argparse.Namespace) -> None:
    print(
        f"sync: {args.devices} devices x {args.rounds} rounds of 2 entries + push + pull;"
        f" OCR: {args.jobs} drawn photos per run"
    )
    for mode, figures in results.items():
        requests = len(figures.pushes) + len(figures.pulls)
        print(f"== {mode}")
        print(f"  push  {quantiles(figures.pushes)}  ({len(figures.pushes)} requests)")
        print(f"  pull  {quantiles(figures.pulls)}  ({len(figures.pulls)} requests)")
        print(
            f"  sync rush {figures.sync_seconds:.1f} s, {requests / figures.sync_seconds:.0f}"
            " requests/s"
        )
        for workers, rate in figures.ocr_per_minute.items():
            print(f"  OCR with {workers} worker(s): {rate:.1f} jobs/min")
        print(
            f"  database growth: {figures.db_bytes_per_entry / 1024:.1f} KB per synced entry,"
            f" {figures.db_bytes_per_document / 1024:.1f} KB per read document"
        )
    if len(results) == 2:
        base, hosted_ = results["default"], results["hosted"]
        p95 = lambda xs: sorted(xs)[int(len(xs) * 0.95)]  # noqa: E731
        print("== hosted / default (same run)")
        print(
            f"  push p95 {p95(hosted_.pushes) / p95(base.pushes):.2f}x,"
            f" pull p95 {p95(hosted_.pulls) / p95(base.pulls):.2f}x,"
            f" sync rush time {hosted_.sync_seconds / base.sync_seconds:.2f}x"
        )
        for workers in (1, 2):
            print(
                f"  OCR jobs/min with {workers} worker(s):"
                f" {hosted_.ocr_per_minute[workers] / base.ocr_per_minute[workers]:.2f}x"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=16, help="OCR jobs per worker count")
    parser.add_argument("--mode", choices=("both", "default", "hosted"), default="both")
    args = parser.parse_args()
    modes = ("default", "hosted") if args.mode == "both" else (args.mode,)
    with tempfile.TemporaryDirectory(prefix="ceclog-hosted-") as scratch:
        results = {mode: run_mode(mode, args, Path(scratch)) for mode in modes}
    report(results, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
