"""From uploaded bytes to fields: the reading stage, then the understanding stage.

reading.read_document:  bytes -> Page (the upright page image and its lines)
fields.understand:      lines -> kind, fields and suggestions, each with its line
"""

from __future__ import annotations

import time

from PIL import Image

from server.ocr import memory, page_view
from server.ocr.fields import understand
from server.ocr.layout import page_text
from server.ocr.models import Extraction, Page
from server.ocr.reading import read_document


def extract_document(data: bytes, media_type: str | None = None) -> Extraction:
    """Read a certificate photo or PDF into a kind, fields, its lines and the text."""
    return read_certificate(data, media_type)[0]


def read_certificate(data: bytes, media_type: str | None = None) -> tuple[Extraction, Page]:
    """The extraction, and the page it was read from (the image /page shows)."""
    started = time.perf_counter()
    page = read_document(data, media_type)
    kind, fields, suggestions = understand(page.lines)
    scale = page_view.view_scale(page.width, page.height)
    size = page_view.page_size(page.width, page.height, scale)
    extraction = Extraction(
        kind=kind,
        fields=fields,
        suggestions=suggestions,
        text=page_text(page.lines),
        seconds=round(time.perf_counter() - started, 3),
        lines=page_view.ocr_lines(page.lines, scale, size),
        page=size,
    )
    memory.release()
    return extraction, page


def page_image(data: bytes, media_type: str | None = None) -> Image.Image:
    """The certificate as /page shows it.

    Which way is up comes from the text lines found on it, so this is the
    reading stage itself; the OCR job writes the page it read, and this runs
    only when /page is asked for before OCR has finished.
    """
    page = read_document(data, media_type)
    if page.image is None:
        raise ValueError("the reading stage made no page image")
    return page.image
