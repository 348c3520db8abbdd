"""Helpers for document tests: real files made with Pillow, uploads, what is stored."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib

from litestar.testing import TestClient
from PIL import Image

from server.documents.storage import BlobStore, open_store
from server.settings import Settings
from tests.services.sql import value


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def photo(width: int = 640, height: int = 480, quality: int = 92) -> bytes:
    """A noisy JPEG (noise does not compress, so it is big enough to send in chunks)."""
    out = io.BytesIO()
    Image.effect_noise((width, height), 60).convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()


def png(width: int = 200, height: int = 120) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (250, 250, 245)).save(out, "PNG")
    return out.getvalue()


def pdf() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (850, 1100), "white").save(out, "PDF", resolution=100)
    return out.getvalue()


def png_bomb(side: int = 30_000) -> bytes:
    """A real decompression bomb: ~110 KB of PNG that inflates to 900 megapixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    row = bytes(1 + side // 8)  # filter byte + one bit per pixel
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row * 1000) for _ in range(side // 1000)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def put_chunk(client: TestClient, headers: dict, data: bytes, first: int, last: int, digest=None):
    return client.put(
        f"/api/blobs/{digest or sha(data)}",
        content=data[first : last + 1],
        headers={**headers, "Content-Range": f"bytes {first}-{last}/{len(data)}"},
    )


def upload_chunked(client: TestClient, headers: dict, data: bytes, size: int, start: int = 0):
    """Sends `data` from `start` in chunks of `size`; returns the last answer."""
    answer = None
    for first in range(start, len(data), size):
        last = min(len(data), first + size) - 1
        answer = put_chunk(client, headers, data, first, last)
        if answer.status_code not in (200, 201):
            return answer
    return answer


def post_file(client: TestClient, headers: dict, data: bytes, name: str = "certificate.jpg"):
    return client.post(
        "/api/documents", files={"file": (name, data, "application/octet-stream")}, headers=headers
    )


def store(settings: Settings) -> BlobStore:
    return open_store(settings)


def files_left(settings: Settings) -> list[str]:
    """Every file under the data directory except the database itself, and every
    object in the bucket when the files are kept in one."""
    root = settings.data_dir
    kept = [
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and not p.name.startswith("ceclog.db")
    ]
    if settings.storage_url:
        for folder in ("blobs", "derived", "uploads"):
            kept.extend(store(settings).names(folder))
    return sorted(kept)


def rows(settings: Settings, table: str) -> int:
    return value(settings, f"SELECT count(*) FROM {table}")  # noqa: S608


def blob_files(settings: Settings) -> list[str]:
    return list(store(settings).names("blobs"))
