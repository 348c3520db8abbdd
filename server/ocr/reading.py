"""The reading stage: from uploaded bytes to one upright page and every line on it.

photo -> upright (EXIF) -> find the sheet -> flatten -> detect lines -> turn upright
      -> cut each line straight -> tesseract reads them all in one run -> lines in order
text PDF  -> the text layer's lines, on the page rendered at the same scale
image PDF -> rendered, then read like a flat scan
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from server.documents.sniff import PDF, sniff_media_type
from server.ocr import detect, pdf, tesseract
from server.ocr.crops import Placement, cut, to_page
from server.ocr.images import open_upright, to_array
from server.ocr.layout import build_lines, make_line
from server.ocr.models import Line, Page, Word
from server.ocr.order import reading_order
from server.ocr.orient import runs_vertically, turn_image, turn_quads, upside_down_votes
from server.ocr.page import flatten, locate_page

# Word runs inside one detected line farther apart than this many glyph
# heights are two runs (a label and its value, two columns).
RUN_GAP = 1.6
# Tesseract's doubt below which a word is noise from a texture, not print.
MIN_WORD_CONF = 0.2
LINE_LANG = "Latin"
LINE_TESSDATA: str | None = None


def read_document(data: bytes, media_type: str | None = None) -> Page:
    media_type = media_type or sniff_media_type(data)
    if media_type == PDF:
        words = pdf.text_words(data)
        if pdf.has_text(words):
            return text_layer_page(data, words)
        return read_pixels(to_array(pdf.render_page(data)), scan=True)
    return read_pixels(to_array(open_upright(data)))


def text_layer_page(data: bytes, words: list[Word]) -> Page:
    image = pdf.render_page(data, dpi=round(pdf.POINT_SCALE * 72))
    lines = reading_order(build_lines(words))
    return Page(lines, image.width, image.height, image)


def read_pixels(gray: np.ndarray, scan: bool = False) -> Page:
    page = flatten(gray, None if scan else locate_page(gray))
    quads = [q for q, _ in detect.detect_lines(page)]
    if runs_vertically(quads):
        quads = turn_quads(quads, (page.shape[1], page.shape[0]), 1)
        page = turn_image(page, 1)
    if upside_down_votes(quads, page) > 0.5:
        quads = turn_quads(quads, (page.shape[1], page.shape[0]), 2)
        page = turn_image(page, 2)
    cuts = [cut(page, q) for q in quads]
    found = tesseract.read_strips(
        [Image.fromarray(c) for c, _ in cuts], psm=7, lang=LINE_LANG, tessdata=LINE_TESSDATA
    )
    lines = [
        line
        for (_, placement), words in zip(cuts, found, strict=True)
        for line in runs(placed(words, placement))
    ]
    return Page(reading_order(lines), page.shape[1], page.shape[0], Image.fromarray(page))


def placed(words: list[Word], placement: Placement) -> list[Word]:
    """A crop's words with their boxes on the page."""
    out = []
    for word in words:
        if word.conf < MIN_WORD_CONF and len(word.text) < 3:
            continue
        corners = [
            to_page(placement, x, y)
            for x in (word.left, word.right)
            for y in (word.top, word.bottom)
        ]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        left, top = round(min(xs)), round(min(ys))
        out.append(
            Word(
                text=word.text,
                left=left,
                top=top,
                width=max(1, round(max(xs)) - left),
                height=max(1, round(max(ys)) - top),
                conf=word.conf,
            )
        )
    return out


def runs(words: list[Word]) -> list[Line]:
    """One detected line's words as runs split at wide gaps."""
    if not words:
        return []
    words = sorted(words, key=lambda w: w.left)
    size = float(np.median([w.height for w in words]))
    groups: list[list[Word]] = [[words[0]]]
    for word in words[1:]:
        if word.left - groups[-1][-1].right > RUN_GAP * size:
            groups.append([word])
        else:
            groups[-1].append(word)
    return [make_line(group) for group in groups]
