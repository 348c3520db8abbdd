"""Exports of many entries: one photo under many entries, and long transcripts.

    .venv/bin/python scripts/bench_exports.py [--shared 1000] [--transcript 5000 20000]

In-process app over a temporary data directory (OCR workers off). Prints the
backup ZIP's and the .eml's size when one 1.3 MB photo is the certificate of
`--shared` entries (each file must be stored once), and the time of the CEC
transcript and the CSV log for each `--transcript` count of entries (which
must grow in step with the count).
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
import time
import uuid
from pathlib import Path

from litestar.testing import TestClient
from PIL import Image

from server.app import create_app
from server.settings import Settings

TITLES = (
    "Water Damage Restoration",
    "Applied Structural Drying",
    "Odor Control",
    "Mold Remediation",
)


def photo(target_bytes: int = 1_300_000) -> bytes:
    """A noisy JPEG of about `target_bytes` (noise does not compress)."""
    side = 1000
    while True:
        out = io.BytesIO()
        Image.effect_noise((side, side * 3 // 4), 50).convert("RGB").save(out, "JPEG", quality=85)
        if out.tell() >= target_bytes:
            return out.getvalue()
        side = int(side * 1.2)


def signed_up(client: TestClient) -> dict[str, str]:
    body = {
        "email": f"{uuid.uuid4().hex[:8]}@example.com",
        "password": "bench password",
        "full_name": "Ana Lopez",
    }
    client.post("/api/auth/register", json=body).raise_for_status()
    csrf = {"X-CSRFToken": client.cookies["csrftoken"]}
    token = client.post("/api/auth/tokens", json={"name": "bench"}, headers=csrf).json()["token"]
    client.cookies.clear()
    headers = {"Authorization": f"Bearer {token}"}
    profile = {"iicrc_id": "IICRC-1", "cycle_starts_on": "2024-01-01"}
    client.patch("/api/me", json=profile, headers=headers).raise_for_status()
    return headers


def add_entries(client: TestClient, headers: dict, count: int, sha: str | None) -> list[str]:
    rng, ids, device = random.Random(count), [], str(uuid.uuid4())
    mutations = []
    for n in range(count):
        ids.append(str(uuid.uuid4()))
        args = {
            "id": ids[-1],
            "kind": "course",
            "course_title": f"{rng.choice(TITLES)} {n % 40}",
            "provider": "Restoration Academy",
            "completion_date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "hours": rng.choice([1.0, 2.0, 7.0, 14.0]),
            "document_sha256": sha,
        }
        mutations.append({"id": n + 1, "name": "entry.put", "args": args, "ts": 1})
    for start in range(0, count, 500):
        body = {
            "client_id": device,
            "schema_version": 1,
            "mutations": mutations[start : start + 500],
        }
        client.post("/api/sync/push", json=body, headers=headers).raise_for_status()
    return ids


def timed(
    client: TestClient, method: str, path: str, headers: dict, **kwargs
) -> tuple[float, int, int]:
    started = time.perf_counter()
    answer = client.request(method, path, headers=headers, **kwargs)
    return time.perf_counter() - started, answer.status_code, len(answer.content)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=int, default=1000)
    parser.add_argument("--transcript", type=int, nargs="*", default=[5000, 20000])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp) / "data", signup="open", ocr_workers=0)
        with TestClient(create_app(settings), timeout=3600) as client:
            headers = signed_up(client)
            image = photo()
            sha = client.post(
                "/api/documents", files={"file": ("slip.jpg", image)}, headers=headers
            ).json()["sha256"]
            ids = add_entries(client, headers, args.shared, sha)
            print(f"one {len(image) / 1e6:.1f} MB photo, the certificate of {args.shared} entries:")
            seconds, status, size = timed(client, "GET", "/api/export/backup.zip", headers)
            print(f"  backup ZIP   {size / 1e6:8.1f} MB in {seconds:6.1f} s ({status})")
            seconds, status, size = timed(
                client, "POST", "/api/submissions/email", headers, json={"entry_ids": ids}
            )
            print(f"  email .eml   {size / 1e6:8.1f} MB in {seconds:6.1f} s ({status})")
            for count in args.transcript:
                headers = signed_up(client)
                add_entries(client, headers, count, None)
                path = "/api/export/transcript.pdf?cycle=current"
                seconds, status, size = timed(client, "GET", path, headers)
                print(
                    f"transcript of {count} entries: {seconds:6.1f} s, {size / 1e6:.1f} MB ({status})"
                )
                seconds, status, size = timed(client, "GET", "/api/export/log.csv", headers)
                print(
                    f"log.csv of {count} entries:    {seconds:6.1f} s, {size / 1e6:.1f} MB ({status})"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
