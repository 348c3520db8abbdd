"""From uploaded bytes to fields: reading, then understanding, each once.

read_document    pixels or PDF -> one upright page and every line on it (reading.py)
extract_fields   lines -> kind and fields (fields.py)
"""

from __future__ import annotations

import time

from server.ocr.fields import extract_fields
from server.ocr.layout import page_text
from server.ocr.models import Extraction, Line, OcrLine, PageSize
from server.ocr.reading import read_document


def extract_document(data: bytes, media_type: str | None = None) -> Extraction:
    """Read a certificate photo or PDF into a kind, fields, its lines and the text."""
    started = time.perf_counter()
    page = read_document(data, media_type)
    kind, fields = extract_fields(page.lines)
    return Extraction(
        kind=kind,
        fields=fields,
        text=page_text(page.lines),
        seconds=round(time.perf_counter() - started, 3),
        lines=[ocr_line(line, page.width, page.height) for line in page.lines],
        page=PageSize(width=page.width, height=page.height),
    )


def ocr_line(line: Line, width: int, height: int) -> OcrLine:
    """A line as the app shows it, its box kept on the page."""
    left, right = sorted((min(max(line.left, 0), width), min(max(line.right, 0), width)))
    top, bottom = sorted((min(max(line.top, 0), height), min(max(line.bottom, 0), height)))
    return OcrLine(text=line.text, confidence=round(line.conf, 3), box=(left, top, right, bottom))
