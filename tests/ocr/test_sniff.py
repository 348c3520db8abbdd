"""Uploads are told apart by their bytes and refused with the right reason."""

from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image
from pillow_heif import register_heif_opener

from server.documents.sniff import sniff_media_type, validate_document
from server.errors import Invalid, TooLarge, UnsupportedMedia

register_heif_opener()
LIMIT = 5 * 1024 * 1024


def image_bytes(fmt: str, size: tuple[int, int] = (64, 48), mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (200, 180, 90) if mode == "RGB" else 0).save(out, fmt)
    return out.getvalue()


def pdf_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (200, 100), "white").save(out, "PDF", resolution=72)
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "media_type"),
    [
        (lambda: image_bytes("JPEG"), "image/jpeg"),
        (lambda: image_bytes("PNG"), "image/png"),
        (lambda: image_bytes("WEBP"), "image/webp"),
        (lambda: image_bytes("HEIF"), "image/heic"),
        (pdf_bytes, "application/pdf"),
    ],
)
def test_each_accepted_type_by_content(make, media_type: str) -> None:
    data = make()
    assert sniff_media_type(data) == media_type
    assert validate_document(data, LIMIT) == media_type


def test_the_name_does_not_matter_only_the_bytes() -> None:
    # A PNG a phone called "photo.jpg" is still a PNG.
    assert validate_document(image_bytes("PNG"), LIMIT) == "image/png"


def zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("a.txt", "hello")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (image_bytes("GIF", mode="P"), "GIF"),
        (image_bytes("TIFF"), "TIFF"),
        (image_bytes("BMP"), "BMP"),
        (zip_bytes(), "ZIP"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "SVG"),
        (b"Name,Hours\nAna,14\n", "not a photo or PDF"),
        (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1", "AVIF"),
    ],
)
def test_other_types_are_unsupported_and_named(data: bytes, named: str) -> None:
    with pytest.raises(UnsupportedMedia) as err:
        validate_document(data, LIMIT)
    assert err.value.status_code == 415
    assert named in err.value.detail


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "HEIF"])
def test_a_truncated_image_is_invalid(fmt: str) -> None:
    data = image_bytes(fmt, size=(640, 480))
    noisy = Image.effect_noise((640, 480), 60).convert("RGB")
    out = io.BytesIO()
    noisy.save(out, fmt)
    data = out.getvalue()
    with pytest.raises(Invalid) as err:
        validate_document(data[: len(data) // 2], LIMIT)
    assert err.value.status_code == 422
    assert "truncated or corrupt" in err.value.detail


def test_a_corrupt_jpeg_body_is_invalid() -> None:
    data = bytearray(image_bytes("JPEG", size=(320, 240)))
    data[200:] = b"\x00" * (len(data) - 200)
    with pytest.raises(Invalid):
        validate_document(bytes(data), LIMIT)


def test_a_decompression_bomb_is_invalid_before_it_is_decoded() -> None:
    # 10,000 × 10,000 one-bit pixels: a few kilobytes on disk, 100 megapixels decoded.
    bomb = image_bytes("PNG", size=(10_000, 10_000), mode="1")
    assert len(bomb) < 100_000
    with pytest.raises(Invalid) as err:
        validate_document(bomb, LIMIT)
    assert "megapixels" in err.value.detail


def test_a_truncated_pdf_is_invalid() -> None:
    data = pdf_bytes()
    with pytest.raises(Invalid) as err:
        validate_document(data[: len(data) - 40], LIMIT)
    assert "truncated" in err.value.detail


def test_a_corrupt_pdf_is_invalid() -> None:
    with pytest.raises(Invalid) as err:
        validate_document(b"%PDF-1.4\ngarbage that is no PDF at all\n%%EOF\n", LIMIT)
    assert "corrupt" in err.value.detail


def test_too_large_is_refused_before_anything_else() -> None:
    with pytest.raises(TooLarge) as err:
        validate_document(b"x" * 2048, max_bytes=1024)
    assert err.value.status_code == 413


def test_an_empty_file_is_invalid() -> None:
    with pytest.raises(Invalid):
        validate_document(b"", LIMIT)
