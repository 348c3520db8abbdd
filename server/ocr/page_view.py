"""The page as the app shows it for checking: one image, and every line's box on it.

Reading works at whatever scale tesseract reads best; the app gets the page
no longer than PAGE_EDGE on its long side, and the lines' boxes scaled to
match, so a box drawn over /page lands on the words it names.
"""

from __future__ import annotations

import io

from PIL import Image

from server.ocr.models import Line, OcrLine, PageSize

# Long enough to read 8 pt print when zoomed on a phone, small enough to load
# quickly over convention-centre Wi-Fi.
PAGE_EDGE = 2200
PAGE_JPEG_QUALITY = 82


def view_scale(width: int, height: int, edge: int = PAGE_EDGE) -> float:
    """How much the reading-scale page shrinks to become /page (never enlarged)."""
    return min(1.0, edge / max(1, width, height))


def page_size(width: int, height: int, scale: float) -> PageSize:
    return PageSize(width=max(1, round(width * scale)), height=max(1, round(height * scale)))


def ocr_lines(lines: list[Line], scale: float, size: PageSize) -> list[OcrLine]:
    """Each line's text, confidence and box in /page pixels, clamped inside the page."""

    def clamp(value: float, limit: int) -> int:
        return max(0, min(limit, round(value * scale)))

    return [
        OcrLine(
            text=line.text,
            confidence=round(line.conf, 3),
            box=(
                clamp(line.left, size.width),
                clamp(line.top, size.height),
                clamp(line.right, size.width),
                clamp(line.bottom, size.height),
            ),
        )
        for line in lines
    ]


def page_jpeg(image: Image.Image, size: PageSize) -> bytes:
    """The page image at /page size as a JPEG."""
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    if image.size != (size.width, size.height):
        image = image.resize((size.width, size.height), Image.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=PAGE_JPEG_QUALITY, optimize=True)
    return out.getvalue()
