"""Upload throughput: a 12 MB file in 1 MiB chunks (the phone) vs one multipart POST (the desk).

    .venv/bin/python scripts/bench_upload.py [--size-mb 12] [--rounds 3]

Starts `ceclog serve` on a free port of 127.0.0.1 over a temporary data
directory (OCR workers off, so only the upload path is timed: receiving,
hashing, checking the content, writing and renaming into place). Each round
sends new random bytes, so nothing is deduplicated.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from PIL import Image

CHUNK = 1024 * 1024


def random_png(size_bytes: int) -> bytes:
    """A PNG of random pixels: it does not compress, so its size is about w*h*3."""
    side = int((size_bytes / 3) ** 0.5)
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(data_dir: Path, port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "CECLOG_DATA_DIR": str(data_dir),
        "CECLOG_SIGNUP": "open",
        "CECLOG_OCR_WORKERS": "0",
        "CECLOG_MAX_UPLOAD_MB": "25",
    }
    ceclog = Path(sys.executable).parent / "ceclog"
    server = subprocess.Popen(
        [ceclog, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health").status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("the server did not start within 30 s")


def token(client: httpx.Client) -> str:
    body = {"email": "bench@example.com", "password": "benchmark pass", "full_name": "Bench Mark"}
    client.post("/api/auth/register", json=body).raise_for_status()
    csrf = {"X-CSRFToken": client.cookies["csrftoken"]}
    answer = client.post("/api/auth/tokens", json={"name": "bench"}, headers=csrf)
    answer.raise_for_status()
    client.cookies.clear()
    return answer.json()["token"]


@contextmanager
def bench_server() -> Iterator[tuple[str, dict[str, str], subprocess.Popen]]:
    """`ceclog serve` over a temporary directory: its address, a user's token, the process."""
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp) / "data", port)
        try:
            base = f"http://127.0.0.1:{port}"
            with httpx.Client(base_url=base, timeout=120) as client:
                bearer = {"Authorization": f"Bearer {token(client)}"}
            yield base, bearer, server
        finally:
            server.terminate()
            server.wait(timeout=10)


def send_chunks(client: httpx.Client, data: bytes) -> float:
    digest = hashlib.sha256(data).hexdigest()
    started = time.perf_counter()
    for first in range(0, len(data), CHUNK):
        last = min(len(data), first + CHUNK) - 1
        answer = client.put(
            f"/api/blobs/{digest}",
            content=data[first : last + 1],
            headers={"Content-Range": f"bytes {first}-{last}/{len(data)}"},
        )
        answer.raise_for_status()
    assert answer.status_code == 201, answer.text
    return time.perf_counter() - started


def send_multipart(client: httpx.Client, data: bytes) -> float:
    started = time.perf_counter()
    answer = client.post("/api/documents", files={"file": ("scan.png", data, "image/png")})
    assert answer.status_code == 201, answer.text
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=12.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    with bench_server() as (base, bearer, _):
        with httpx.Client(base_url=base, timeout=120, headers=bearer) as client:
            timings: dict[str, list[float]] = {"1 MiB chunks": [], "one multipart POST": []}
            size = 0
            for _ in range(args.rounds):
                for name, send in (
                    ("1 MiB chunks", send_chunks),
                    ("one multipart POST", send_multipart),
                ):
                    data = random_png(int(args.size_mb * 1_000_000))
                    size = len(data)
                    timings[name].append(send(client, data))
    print(f"upload of a {size / 1e6:.1f} MB PNG to 127.0.0.1, median of {args.rounds} rounds")
    for name, seconds in timings.items():
        median = statistics.median(seconds)
        print(f"  {name:<20} {size / 1e6 / median:7.1f} MB/s  ({median * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
