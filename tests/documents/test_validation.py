"""Refused files: the reason, the status, and nothing left behind, through both doors."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator

import pytest
from litestar.testing import TestClient
from PIL import Image

from server.app import create_app
from server.settings import Settings
from tests.conftest import bearer_user
from tests.documents.helpers import (
    files_left,
    pdf,
    photo,
    png,
    png_bomb,
    post_file,
    put_chunk,
    rows,
    sha,
    upload_chunked,
)


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("certificate.txt", "Certificate of completion")
    return out.getvalue()


def _gif() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 40), "red").save(out, "GIF")
    return out.getvalue()


def _corrupt_jpeg() -> bytes:
    good = photo(300, 200)
    return good[:20] + bytes(range(256)) * 20


REFUSED = {
    "text": (b"Certificate of completion\nHours: 7\n" * 10, 415, "not a photo or PDF"),
    "zip renamed .jpg": (_zip(), 415, "ZIP"),
    "gif": (_gif(), 415, "GIF"),
    "truncated jpeg": (photo(300, 200)[:3000], 422, "truncated"),
    "corrupt jpeg": (_corrupt_jpeg(), 422, "corrupt"),
    "truncated png": (png(400, 300)[:-40], 422, "truncated"),
    "truncated pdf": (pdf()[:-60], 422, "truncated"),
    "corrupt pdf": (b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n", 422, "corrupt"),
    "decompression bomb": (png_bomb(), 422, "pixels"),
    "empty": (b"", 422, "empty"),
}


def _assert_nothing_left(settings: Settings) -> None:
    assert files_left(settings) == []
    assert rows(settings, "blobs") == rows(settings, "documents") == rows(settings, "ocr_jobs") == 0


@pytest.mark.parametrize("name", REFUSED)
def test_refused_through_the_desk_upload(client: TestClient, settings, ana, name) -> None:
    data, status, reason = REFUSED[name]
    answer = post_file(client, ana, data, "certificate.jpg")
    assert answer.status_code == status, answer.text
    assert reason in answer.json()["detail"]
    _assert_nothing_left(settings)


@pytest.mark.parametrize("name", [n for n in REFUSED if n != "empty"])
def test_refused_through_the_phone_upload(client: TestClient, settings, ana, name) -> None:
    data, status, reason = REFUSED[name]
    # Several chunks where the file allows, so a refusal must also drop the partial.
    answer = upload_chunked(client, ana, data, max(1000, len(data) // 3 + 1))
    assert answer.status_code == status, answer.text
    assert reason in answer.json()["detail"]
    _assert_nothing_left(settings)
    state = client.head(f"/api/blobs/{sha(data)}", headers=ana)
    assert state.status_code == 404 and "Upload-Offset" not in state.headers


def test_an_unknown_type_is_refused_at_the_first_chunk(client: TestClient, settings, ana) -> None:
    data = _zip() + bytes(200_000)
    answer = put_chunk(client, ana, data, 0, 65_535)
    assert answer.status_code == 415
    _assert_nothing_left(settings)


@pytest.fixture
def small(tmp_path) -> Iterator[tuple[TestClient, Settings, dict]]:
    settings = Settings(data_dir=tmp_path / "small", signup="open", ocr_workers=0, max_upload_mb=1)
    with TestClient(create_app(settings)) as client:
        yield client, settings, bearer_user(client, "ana@example.com")


def test_over_the_limit_is_refused_at_the_first_chunk(small) -> None:
    client, settings, ana = small
    data = photo(1400, 1000, quality=98)
    assert len(data) > 1024 * 1024
    first = put_chunk(client, ana, data, 0, 65_535)
    assert first.status_code == 413
    assert "limit is 1 MB" in first.json()["detail"]
    _assert_nothing_left(settings)


@pytest.mark.parametrize("extra", [10, 200_000])
def test_over_the_limit_desk_upload(small, extra) -> None:
    # Just over the limit (refused after reading) and far over it (refused while reading).
    client, settings, ana = small
    answer = post_file(client, ana, photo(100, 100) + bytes(1024 * 1024 + extra))
    assert answer.status_code == 413, answer.text
    assert "limit of 1 MB" in answer.json()["detail"] or "limit is 1 MB" in answer.json()["detail"]
    _assert_nothing_left(settings)


def test_a_chunk_over_one_mebibyte_is_refused(client: TestClient, settings, ana) -> None:
    data = photo(1400, 1000, quality=98)
    answer = put_chunk(client, ana, data, 0, 1024 * 1024)
    assert answer.status_code == 413 and "1 MiB" in answer.json()["detail"]
    _assert_nothing_left(settings)


@pytest.mark.parametrize(
    ("make", "media_type"),
    [(photo, "image/jpeg"), (png, "image/png"), (pdf, "application/pdf")],
)
def test_accepted_types_are_told_by_content_not_name(client: TestClient, ana, make, media_type):
    answer = post_file(client, ana, make(), "misnamed.txt")
    assert answer.status_code == 201, answer.text
    assert answer.json()["media_type"] == media_type


def test_webp_and_heic_are_accepted(client: TestClient, ana) -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    image = Image.effect_noise((320, 240), 50).convert("RGB")
    for fmt, media_type in (("WEBP", "image/webp"), ("HEIF", "image/heic")):
        out = io.BytesIO()
        image.save(out, fmt)
        answer = post_file(client, ana, out.getvalue(), "IMG_0001.JPG")
        assert answer.status_code == 201, answer.text
        assert answer.json()["media_type"] == media_type


def _png(width: int, height: int, pixels: bytes) -> bytes:
    """A one-bit PNG of width × height whose compressed pixel data is `pixels`."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(("width", "height"), [(9400, 9400), (7072, 7072), (50_001, 1000)])
def test_over_50_megapixels_is_refused_from_the_header(client: TestClient, ana, width, height):
    # The pixel data is garbage, which decoding would call corrupt: the size was
    # read from the header before any pixel was.
    answer = post_file(client, ana, _png(width, height, bytes(range(256)) * 4))
    assert answer.status_code == 422, answer.text
    assert f"{width}×{height}" in answer.json()["detail"]
    assert "limit is 50 megapixels" in answer.json()["detail"]


def test_a_50_megapixel_image_is_still_taken(client: TestClient, ana) -> None:
    side = 7071  # 49,999,041 pixels
    blank = zlib.compress(bytes(1 + (side + 7) // 8) * side, 9)
    answer = post_file(client, ana, _png(side, side, blank))
    assert answer.status_code == 201, answer.text
