"""Seconds and size of a backup, a restore into an empty server, a second restore, and the .eml.

Fills a fresh data directory through the API with N certificate photos (about
a phone's downscaled 2400 px JPEG each), then times, in this process:
GET /api/export/backup.zip twice (the first makes every searchable PDF with
tesseract, the second finds them made), POST /api/import/backup into a second
empty server and again (the idempotent pass), and POST /api/submissions/email
for ten entries. Peak memory is this process's maximum resident set size (server and client
in one process, the client holding each ZIP it receives).
"""

from __future__ import annotations

import argparse
import io
import logging
import resource
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from litestar.testing import TestClient
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from server.app import create_app  # noqa: E402
from server.settings import Settings  # noqa: E402
from tests.conftest import bearer_user  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def certificate_photo(n: int) -> bytes:
    """A 2400 x 1800 JPEG: printed lines on a grey, slightly noisy sheet."""
    image = Image.effect_noise((2400, 1800), 12).convert("RGB")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 70)
    lines = [
        "Certificate of Completion",
        f"Course number {n}",
        "Awarded to Ana Lopez",
        "7 CEC hours",
    ]
    for row, line in enumerate(lines):
        draw.text((200, 300 + row * 220), line, fill="black", font=font)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def timed(label: str, action):
    start = time.perf_counter()
    result = action()
    print(f"{label:<44} {time.perf_counter() - start:7.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=20)
    args = parser.parse_args()
    logging.getLogger("httpx").setLevel(logging.WARNING)
    root = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    photos = [certificate_photo(n) for n in range(args.entries)]
    print(f"{args.entries} photos, {sum(map(len, photos)) / 1e6:.1f} MB in all")
    with TestClient(create_app(Settings(data_dir=root / "a", signup="open", ocr_workers=0))) as a:
        ana = bearer_user(a, "ana@example.com")
        a.patch("/api/me", json={"iicrc_id": "12345"}, headers=ana)
        ids = []
        for n, data in enumerate(photos):
            stored = a.post("/api/documents", files={"file": ("c.jpg", data)}, headers=ana).json()
            entry_id = str(uuid.uuid4())
            a.put(
                f"/api/entries/{entry_id}",
                json={
                    "course_title": f"Course number {n}",
                    "completion_date": (date.today() - timedelta(days=n)).isoformat(),
                    "hours": 7,
                    "document_sha256": stored["sha256"],
                },
                headers=ana,
            )
            ids.append(entry_id)
        first = timed("backup.zip, PDFs made", lambda: a.get("/api/export/backup.zip", headers=ana))
        second = timed(
            "backup.zip, PDFs already made", lambda: a.get("/api/export/backup.zip", headers=ana)
        )
        eml = timed(
            "email package (.eml) of 10 entries",
            lambda: a.post("/api/submissions/email", json={"entry_ids": ids[:10]}, headers=ana),
        )
    print(
        f"backup size {len(first.content) / 1e6:.1f} MB ({len(second.content) / 1e6:.1f} MB again);"
        f" .eml {len(eml.content) / 1e6:.1f} MB"
    )
    with TestClient(create_app(Settings(data_dir=root / "b", signup="open", ocr_workers=0))) as b:
        ana = bearer_user(b, "ana@example.com")

        def restore():
            files = {"file": ("backup.zip", first.content, "application/zip")}
            return b.post("/api/import/backup", files=files, headers=ana).json()

        print("   ", timed("restore into an empty server", restore))
        print("   ", timed("restore again (changes nothing)", restore))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
