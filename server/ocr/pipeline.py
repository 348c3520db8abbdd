"""From uploaded bytes to fields: the steps, in order, and the one OCR call.

    photo  -> upright -> find page -> flatten + scale -> even light -> turn upright -> OCR
    PDF    -> text layer, or render the page and treat it as a photo
"""

from __future__ import annotations

import time

import cv2
import numpy as np
from PIL import Image

from server.documents.sniff import PDF, sniff_media_type
from server.ocr import pdf, preprocess, tesseract
from server.ocr.fields import extract_fields
from server.ocr.images import open_upright, to_array
from server.ocr.layout import build_lines, page_text
from server.ocr.models import Extraction, Word
from server.ocr.page import find_page, flatten_matrix, page_size, whole_image

# Below this OSD confidence the page is left as it is: sparse text fools OSD.
OSD_MIN_CONFIDENCE = 1.5


def extract_document(data: bytes, media_type: str | None = None) -> Extraction:
    """Read a certificate photo or PDF into a kind, fields and the text."""
    started = time.perf_counter()
    media_type = media_type or sniff_media_type(data)
    if media_type == PDF:
        words = pdf.text_words(data)
        if not pdf.has_text(words):
            words = read_page(prepare_page(to_array(pdf.render_page(data)), scan=True))
    else:
        words = read_page(prepare_page(to_array(open_upright(data))))
    lines = build_lines(words)
    kind, fields = extract_fields(lines)
    return Extraction(kind=kind, fields=fields, text=page_text(lines),
                      seconds=round(time.perf_counter() - started, 3))


def prepare_page(gray: np.ndarray, scan: bool = False) -> Image.Image:
    """The page flattened, lit evenly and sized for tesseract, still in any quarter turn."""
    quad = None if scan else find_page(gray)
    found = quad is not None
    if not found:
        quad = whole_image(gray)
    width, height = page_size(quad)
    probe_scale = min(1.0, preprocess.PROBE_EDGE / max(width, height))
    probe = _flatten(gray, quad, width * probe_scale, height * probe_scale)
    glyph = preprocess.glyph_height(preprocess.binarize(preprocess.even_out_light(probe)))
    scale = preprocess.ocr_scale(glyph / probe_scale if glyph else None, max(width, height))
    page = preprocess.even_out_light(_flatten(gray, quad, width * scale, height * scale))
    if not found:
        # No page edges to square up against: straighten by the text lines.
        angle = preprocess.skew_angle(preprocess.binarize(page))
        if abs(angle) >= 0.3:
            page = preprocess.rotate(page, angle, fill=255)
    return Image.fromarray(page)


def _flatten(gray: np.ndarray, quad: np.ndarray, width: float, height: float) -> np.ndarray:
    w, h = max(1, round(width)), max(1, round(height))
    shrinking = w * h < np.ptp(quad[:, 0]) * np.ptp(quad[:, 1])
    return cv2.warpPerspective(gray, flatten_matrix(quad, w, h), (w, h),
                               flags=cv2.INTER_AREA if shrinking else cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_REPLICATE)


def read_page(page: Image.Image) -> list[Word]:
    """Turn the page upright (OSD), then OCR it."""
    rotate, confidence = tesseract.detect_rotation(_small(page))
    if rotate and confidence >= OSD_MIN_CONFIDENCE:
        page = page.rotate(-rotate, expand=True)
    return tesseract.read_words(page)


def _small(page: Image.Image) -> Image.Image:
    scale = min(1.0, preprocess.PROBE_EDGE / max(page.size))
    return page.resize((round(page.width * scale), round(page.height * scale)), Image.BILINEAR)
