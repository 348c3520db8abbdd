"""Sync throughput and latency against the real server (`ceclog serve`) on 127.0.0.1.

1. one device pushes 1,000 mutations in batches of 100;
2. a new device pulls 10,000 entries from an empty cursor;
3. 50 devices at once each push 20 mutations and pull: 25 technicians with a
   phone and a desktop each, then (the worst case) 50 devices of one technician,
   each of which receives what the 49 others pushed.

Targets on 2 cores: (1) under 1 s in total, (2) under 1.5 s, (3) p95 under 250 ms
for the 25 technicians.
Usage: .venv/bin/python scripts/bench_sync.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.sync.client import Replica, SyncClient  # noqa: E402
from tests.sync.live_server import LocalServer  # noqa: E402


def timed_transport(http: httpx.Client, latencies: list[float]):
    def send(path: str, body: dict):
        started = time.perf_counter()
        answer = http.post(path, json=body)
        data = answer.json()
        latencies.append(time.perf_counter() - started)
        return answer.status_code, data

    return send


def entry(n: int) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "kind": "course",
        "course_title": f"Water Damage Restoration Technician part {n}",
        "provider": "Restoration Academy",
        "holder_name": "Ana María López",
        "completion_date": f"202{n % 6}-0{1 + n % 9}-1{n % 10}",
        "hours": float(1 + n % 14),
        "document_sha256": f"{n:064x}",
        "notes": "Booth 12, hall B",
    }


def quantiles(latencies: list[float]) -> str:
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return f"p50 {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, max {ms[-1]:.1f} ms"


def push_1000(server: LocalServer) -> None:
    latencies: list[float] = []
    with server.client(server.token("bench-push@example.com")) as http:
        device = Replica()
        for n in range(1000):
            device.put_entry(entry(n))
        started = time.perf_counter()
        SyncClient(device, timed_transport(http, latencies), batch=100).push()
        total = time.perf_counter() - started
    print(
        f"push 1,000 mutations in {len(latencies)} batches: {total:.3f} s,"
        f" {1000 / total:,.0f} mutations/s; {quantiles(latencies)}  (target < 1 s)"
    )


def pull_10000(server: LocalServer) -> None:
    with server.client(server.token("bench-pull@example.com")) as http:
        writer = Replica()
        for n in range(10_000):
            writer.put_entry(entry(n))
        SyncClient(writer, timed_transport(http, []), batch=1000).push()
        latencies: list[float] = []
        reader = Replica()
        started = time.perf_counter()
        pages = SyncClient(reader, timed_transport(http, latencies)).pull()
        total = time.perf_counter() - started
    assert len(reader.entries) == 10_000, len(reader.entries)
    print(
        f"pull 10,000 entries from an empty cursor in {pages} pages: {total:.3f} s,"
        f" {10_000 / total:,.0f} entries/s; {quantiles(latencies)}  (target < 1.5 s)"
    )


def devices_50(server: LocalServer, accounts: int) -> None:
    """50 devices at once; `accounts` technicians share them (50 // accounts devices each)."""
    tokens = [server.token(f"bench-{accounts}-{n}@example.com") for n in range(accounts)]
    pushes: list[float] = []
    pulls: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(50)
    errors: list[BaseException] = []

    def device(token: str) -> None:
        my_pushes: list[float] = []
        my_pulls: list[float] = []
        try:
            with server.client(token) as http:
                replica = Replica()
                client = SyncClient(replica, timed_transport(http, []))
                client.pull()  # an installed device: its copy is current when the rush starts
                for n in range(20):
                    replica.put_entry(entry(n))
                start.wait()
                client.transport = timed_transport(http, my_pushes)
                client.push()
                client.transport = timed_transport(http, my_pulls)
                client.pull()
        except BaseException as exc:  # reported below; a thread must not die silently
            errors.append(exc)
            start.abort()
        with lock:
            pushes.extend(my_pushes)
            pulls.extend(my_pulls)

    threads = [threading.Thread(target=device, args=(tokens[n % accounts],)) for n in range(50)]
    for thread in threads:
        thread.start()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    total = time.perf_counter() - started
    if errors:
        raise errors[0]
    both = pushes + pulls
    who = "one technician" if accounts == 1 else f"{accounts} technicians"
    print(
        f"50 devices of {who}, each push 20 + pull: {len(both)} requests in {total:.2f} s,"
        f" {len(both) / total:,.0f} requests/s; all {quantiles(both)}"
        f"\n    push {quantiles(pushes)}; pull {quantiles(pulls)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="data directory to use and keep")
    args = parser.parse_args()
    data_dir = args.keep or Path(tempfile.mkdtemp(prefix="ceclog-bench-"))
    with LocalServer(data_dir) as server:
        push_1000(server)
        pull_10000(server)
        devices_50(server, accounts=25)  # target: p95 < 250 ms
        devices_50(server, accounts=1)  # the worst case: every device receives every change
    return 0


if __name__ == "__main__":
    sys.exit(main())
