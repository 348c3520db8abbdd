"""Entries for the submission and export tests."""

from __future__ import annotations

from datetime import date, timedelta

from litestar.testing import TestClient

from tests.conftest import new_id


def entry_body(**overrides) -> dict:
    body = {
        "kind": "course",
        "course_title": "Water Damage Restoration Technician",
        "provider": "Restoration Academy",
        "holder_name": "Ana M. Lopez",
        "completion_date": (date.today() - timedelta(days=10)).isoformat(),
        "hours": 7.0,
        "approval_verified": True,
    }
    return {**body, **overrides}


def add_entry(client: TestClient, headers: dict[str, str], **overrides) -> str:
    entry_id = new_id()
    answer = client.put(f"/api/entries/{entry_id}", json=entry_body(**overrides), headers=headers)
    assert answer.status_code == 201, answer.text
    return entry_id


def text_photo(lines: list[str], size: tuple[int, int] = (1600, 1100)) -> bytes:
    """A clean JPEG of printed lines, which tesseract reads."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 56)
    for n, line in enumerate(lines):
        draw.text((120, 150 + n * 120), line, fill="black", font=font)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()
