"""Server memory and sign-in time while many large images are uploaded at once.

    .venv/bin/python scripts/bench_image_checks.py [--files 12]

Starts `ceclog serve` (OCR off) and sends, all at once, small PNGs that
decode large: first 9400 x 9400 (88 megapixels, over the limit), then
7000 x 7000 (49 megapixels, taken). Meanwhile it signs in and times that,
and samples the server's resident memory; it prints the peak during each
round and what is still held a few seconds after.
"""

from __future__ import annotations

import argparse
import struct
import threading
import time
import zlib
from pathlib import Path

import httpx
from bench_upload import bench_server

EMAIL, PASSWORD = "bench@example.com", "benchmark pass"


def blank_png(side: int, seed: int) -> bytes:
    """An RGB PNG of side x side pixels, nearly all one colour: a few hundred KB."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    rows = zlib.compressobj(6)
    blank = bytes(1 + side * 3)
    first = b"\x00" + seed.to_bytes(3, "big") * side  # makes each file's hash its own
    idat = rows.compress(first) + b"".join(rows.compress(blank) for _ in range(side - 1))
    idat += rows.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def one_round(base: str, bearer: dict, pid: int, side: int, files: int) -> dict[str, float]:
    images = [blank_png(side, n + side) for n in range(files)]
    peak, done = [resident_mb(pid)], threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], resident_mb(pid))
            time.sleep(0.05)

    statuses: list[int] = []

    def upload(data: bytes) -> None:
        with httpx.Client(base_url=base, timeout=600, headers=bearer) as client:
            answer = client.post("/api/documents", files={"file": ("big.png", data, "image/png")})
            statuses.append(answer.status_code)

    sampler = threading.Thread(target=sample)
    sampler.start()
    senders = [threading.Thread(target=upload, args=(data,)) for data in images]
    started = time.perf_counter()
    for sender in senders:
        sender.start()
    time.sleep(0.5)  # the uploads are being checked now
    login_started = time.perf_counter()
    with httpx.Client(base_url=base, timeout=600) as client:
        client.post("/api/auth/login", json={"email": EMAIL, "password": PASSWORD})
    login = time.perf_counter() - login_started
    for sender in senders:
        sender.join()
    elapsed = time.perf_counter() - started
    time.sleep(3)
    done.set()
    sampler.join()
    return {
        "size_kb": sum(map(len, images)) / len(images) / 1024,
        "peak_mb": peak[0],
        "after_mb": resident_mb(pid),
        "login_s": login,
        "seconds": elapsed,
        "taken": statuses.count(201),
        "refused": sum(1 for s in statuses if s == 422),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=12)
    args = parser.parse_args(argv)
    with bench_server() as (base, bearer, server):
        print(f"server at start: {resident_mb(server.pid):.0f} MB resident")
        for side in (9400, 7000):
            r = one_round(base, bearer, server.pid, side, args.files)
            print(
                f"{args.files} PNGs of {side}x{side} ({side * side / 1e6:.0f} MP,"
                f" {r['size_kb']:.0f} KB each) at once: {r['taken']:.0f} taken,"
                f" {r['refused']:.0f} refused in {r['seconds']:.1f} s;"
                f" server peak {r['peak_mb']:.0f} MB, {r['after_mb']:.0f} MB after;"
                f" sign-in meanwhile {r['login_s']:.2f} s"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
