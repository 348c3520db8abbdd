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
from server.ocr import page_view, pdf, preprocess, reread, tesseract
from server.ocr.fields import extract_fields
from server.ocr.gaps import regions_to_reread
from server.ocr.images import open_upright, to_array
from server.ocr.layout import build_lines, page_text
from server.ocr.models import Extraction, Page, Word
from server.ocr.page import find_page, flatten_matrix, page_size, whole_image

# Below this OSD confidence the page is left as it is: sparse text fools OSD.
OSD_MIN_CONFIDENCE = 1.5


def extract_document(data: bytes, media_type: str | None = None) -> Extraction:
    """Read a certificate photo or PDF into a kind, fields, lines and the text."""
    return read_certificate(data, media_type)[0]


def read_certificate(data: bytes, media_type: str | None = None) -> tuple[Extraction, Page]:
    """The extraction, and the page it was read from (the image /page shows)."""
    started = time.perf_counter()
    page = read_document(data, media_type)
    kind, fields = extract_fields(page.lines)
    scale = page_view.view_scale(page.width, page.height)
    size = page_view.page_size(page.width, page.height, scale)
    extraction = Extraction(
        kind=kind,
        fields=fields,
        text=page_text(page.lines),
        seconds=round(time.perf_counter() - started, 3),
        lines=page_view.ocr_lines(page.lines, scale, size),
        page=size,
    )
    return extraction, page


def read_document(data: bytes, media_type: str | None = None) -> Page:
    """The reading stage: the upright page and every line on it."""
    media_type = media_type or sniff_media_type(data)
    if media_type == PDF:
        words = pdf.text_words(data)
        if pdf.has_text(words):
            width, height = pdf.page_pixels(data)
            return Page(build_lines(words), width, height, image=None)
        words = read_page(prepare_page(to_array(pdf.render_page(data)), scan=True))
    else:
        words = read_page(prepare_page(to_array(open_upright(data))))
    lines = build_lines(words)
    if boxes := regions_to_reread(lines, extract_fields(lines)[1], *words.size):
        lines = build_lines(_merge_rereads(words, boxes))
    return Page(lines, *words.size, image=words.image)


def page_image(data: bytes, media_type: str | None = None) -> Image.Image:
    """The certificate as /page shows it, found and turned upright, without reading it."""
    media_type = media_type or sniff_media_type(data)
    if media_type == PDF:
        words = pdf.text_words(data)
        if pdf.has_text(words):
            return pdf.render_page(data, dpi=round(pdf.POINT_SCALE * 72))
        return upright(prepare_page(to_array(pdf.render_page(data)), scan=True))
    return upright(prepare_page(to_array(open_upright(data))))


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
    return cv2.warpPerspective(
        gray,
        flatten_matrix(quad, w, h),
        (w, h),
        flags=cv2.INTER_AREA if shrinking else cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )


class PageWords(list):
    """Words read from pixels, with the upright page they were read from."""

    def __init__(self, words: list[Word], image: Image.Image) -> None:
        super().__init__(words)
        self.image = image
        self.size = image.size


def upright(page: Image.Image) -> Image.Image:
    """The page turned by the quarter turns OSD is sure of."""
    rotate, confidence = tesseract.detect_rotation(_small(page))
    if rotate and confidence >= OSD_MIN_CONFIDENCE:
        page = page.rotate(-rotate, expand=True, fillcolor=255)
    return page


def read_page(page: Image.Image) -> PageWords:
    """Turn the page upright (OSD), then OCR it."""
    page = upright(page)
    clean = Image.fromarray(preprocess.black_on_white(np.asarray(page)))
    return PageWords(tesseract.read_words(clean), page)


def _merge_rereads(words: PageWords, boxes: list[reread.Box]) -> list[Word]:
    """Words from the strips replace what the page read inside them, when found."""
    page = np.asarray(words.image)
    prepared = [reread.prepare(page, box) for box in boxes]
    images = reread.as_images([option for options in prepared for option in options])
    as_lines = _per_box(tesseract.read_strips(images, psm=7), prepared)
    undecided = [i for i, found in enumerate(as_lines) if not reread.agreed(found)]
    raw = tesseract.read_strips(
        reread.as_images([option for i in undecided for option in prepared[i]]), psm=13
    )
    for i, found in zip(undecided, _per_box(raw, [prepared[i] for i in undecided]), strict=True):
        as_lines[i] += found
    merged: list[Word] = list(words)
    for box, options, found in zip(boxes, prepared, as_lines, strict=True):
        strips = [strip for _, strip in options] * (len(found) // max(1, len(options)))
        if better := reread.best_reading(list(zip(found, strips, strict=True))):
            merged = [w for w in merged if not _inside(w, box)] + better
    return merged


def _per_box(found: list[list[Word]], prepared: list[list]) -> list[list[list[Word]]]:
    """Split one run's readings back into each box's."""
    out, start = [], 0
    for options in prepared:
        out.append(found[start : start + len(options)])
        start += len(options)
    return out


def _inside(word: Word, box: reread.Box) -> bool:
    cx, cy = word.left + word.width / 2, word.top + word.height / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _small(page: Image.Image) -> Image.Image:
    scale = min(1.0, preprocess.PROBE_EDGE / max(page.size))
    return page.resize((round(page.width * scale), round(page.height * scale)), Image.BILINEAR)
