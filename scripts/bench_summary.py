"""Requests per second of GET /api/summary and GET /api/entries with 500 entries.

Starts the real server on a free port over a fresh data directory, fills it
through the API, then drives it from this process with a few concurrent
clients. GET /api/health in the same run is the baseline: the ratio says what
the renewal rules cost over the bare HTTP stack.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.server_process import running_server  # noqa: E402


def entry_body(rng: random.Random) -> dict:
    done = date.today() - timedelta(days=rng.randint(0, 1400))
    return {
        "kind": rng.choice(["course", "booth", "session"]),
        "course_title": rng.choice(["WRT", "ASD", "AMRT", "FSRT", "OCT"])
        + f" course {rng.randint(1, 999)}",
        "provider": rng.choice(["Restoration Academy", "IICRC", "Dry Tech School"]),
        "holder_name": "Ana Lopez",
        "completion_date": done.isoformat(),
        "hours": rng.choice([1, 1.5, 2, 7, 14]),
        "document_sha256": f"{rng.getrandbits(256):064x}",
        "approval_verified": rng.random() < 0.8,
    }


async def measure(client: httpx.AsyncClient, path: str, seconds: float, workers: int) -> dict:
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            answer = await client.get(path)
            answer.raise_for_status()
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(workers)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000,
    }


async def run(base: str, entries: int, seconds: float, workers: int) -> None:
    rng = random.Random(7)
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        await client.post(
            "/api/auth/register",
            json={
                "email": "bench@example.com",
                "password": "bench password",
                "full_name": "Ana Lopez",
            },
        )
        token = (
            await client.post(
                "/api/auth/tokens",
                json={"name": "bench"},
                headers={"X-CSRFToken": client.cookies["csrftoken"]},
            )
        ).json()["token"]
        client.cookies.clear()
        client.headers["Authorization"] = f"Bearer {token}"
        started = time.perf_counter()
        for _ in range(entries):
            (
                await client.put(f"/api/entries/{uuid.uuid4()}", json=entry_body(rng))
            ).raise_for_status()
        fill = time.perf_counter() - started
        print(f"filled {entries} entries with PUT in {fill:.2f} s ({entries / fill:.0f} writes/s)")
        baseline = await measure(client, "/api/health", seconds, workers)
        for path in ["/api/summary", "/api/entries"]:
            result = await measure(client, path, seconds, workers)
            print(
                f"GET {path:<14} {result['rps']:7.1f} req/s  p50 {result['p50_ms']:6.1f} ms"
                f"  p95 {result['p95_ms']:6.1f} ms  ({result['rps'] / baseline['rps']:.3f} x health)"
            )
        print(
            f"GET /api/health    {baseline['rps']:7.1f} req/s  p50 {baseline['p50_ms']:6.1f} ms"
            f"  p95 {baseline['p95_ms']:6.1f} ms  (baseline)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, running_server(Path(tmp) / "data") as base:
        asyncio.run(run(base, args.entries, args.seconds, args.workers))


if __name__ == "__main__":
    main()
