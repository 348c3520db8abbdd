"""The reading stage: from uploaded bytes to one upright page and every line on it.

photo -> upright (EXIF) -> find the sheet -> flatten -> detect lines -> turn upright
      -> cut each line straight -> PP-OCR's recogniser reads each, tesseract beside it
      -> lines in order, each with the second reader's text
text PDF  -> the text layer's lines, on the page rendered at the same scale
image PDF -> rendered, then read like a flat scan
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from server.documents.sniff import PDF, sniff_media_type
from server.ocr import detect, pdf
from server.ocr.crops import Placement, to_page
from server.ocr.detect import Quad, order_quad
from server.ocr.geometry import apply, flatten_matrix, inside, page_size, turn_matrix
from server.ocr.images import open_upright, to_array
from server.ocr.layout import build_lines, split_runs
from server.ocr.lighting import even_light
from server.ocr.lineread import read_lines
from server.ocr.models import Page, Word
from server.ocr.order import reading_order
from server.ocr.orient import runs_vertically, upside_down
from server.ocr.page import (
    find_page,
    grown,
    paper_outline,
    print_around,
    stretched,
    whole_image,
)
from server.ocr.sideways import is_sideways, joined, sideways_line, turned, upward
from server.ocr.uncovered import uncovered_lines

# The page image is kept at the photo's own resolution up to this long edge.
MAX_PAGE_EDGE = 3200
# Share of the sheet's size searched for text beyond its outline: an
# outline cut short by a shadow or a dark band still leaves the header in view.
ROOM = 0.1
# Share of the sheet's size first looked at around it for print the bright
# outline left out.
BEYOND = 0.3
# Tesseract's doubt below which a word is noise from a texture, not print.
MIN_WORD_CONF = 0.2
# A word read from ink no line was detected on is kept only this sure.
SURE = 0.6


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
    for line in lines:
        line.alt = line.text  # the text layer is what was printed: nothing to doubt
    return Page(lines, image.width, image.height, image)


def read_pixels(gray: np.ndarray, scan: bool = False) -> Page:
    outline = None if scan else paper_outline(gray)
    if outline is not None and print_around(gray, outline, BEYOND):
        # Print well beyond the bright outline (a dark header band on a dark
        # desk) moves it out first; a quick look, since wider means coarser.
        # Where nothing like print shows around the sheet, it is not taken.
        around, _ = detect.detect_in(gray, grown(outline, BEYOND))
        outline = stretched(outline, around)
    # The sheet's outline, with room to spare, is where the detector looks;
    # without one, or when print runs past it (a shadow or a dark band made
    # it short), the whole picture.
    quads, cut_short = detect.detect_in(gray, grown(outline, ROOM) if outline is not None else None)
    if outline is not None and cut_short:
        outline = None
        quads, _ = detect.detect_in(gray)
    corners = find_page(gray, quads, outline) if not scan else None
    if corners is None:
        corners = whole_image(gray)
    width, height = page_size(corners)
    scale = min(1.0, MAX_PAGE_EDGE / max(width, height, 1))
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    flat = flatten_matrix(corners, *size)
    # Lines whose middle falls off the page are on another sheet or the desk.
    quads = [q for q in quads if inside(apply(flat, q), size, slack=0.01 * max(size))]
    turns = 1 if runs_vertically([apply(flat, q) for q in quads]) else 0
    to_page, size = _turned(flat, size, turns)
    if upside_down(_upright(quads, to_page)[0], gray):
        to_page, size = _turned(to_page, size, 2)
    in_photo, on_page = _upright(quads, to_page)
    sideways = {i for i, q in enumerate(on_page) if is_sideways(q)}
    for i in sideways:
        in_photo[i], on_page[i] = turned(in_photo[i], on_page[i], gray)
    image = cv2.warpPerspective(
        gray, to_page, size, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE
    )
    extra = uncovered_lines(image, on_page)
    back = np.linalg.inv(to_page)
    in_photo += [apply(back, q).astype(np.float32) for q in extra]
    readings = read_lines(gray, in_photo, on_page + extra)
    lines, turned_lines = [], []
    for i, reading in enumerate(readings):
        words = reading.words
        if i >= len(quads):  # ink the detector passed over: only what the reader is sure of
            words = [w for w in words if w.conf >= SURE]
        if i in sideways:
            if (line := sideways_line(legible(words), on_page[i])) is not None:
                line.alt = reading.alt
                turned_lines.append((line, upward(on_page[i])))
            continue
        for line in split_runs(placed(words, reading.placement)):
            line.alt = reading.alt
            lines.append(line)
    lines += joined(turned_lines)
    return Page(reading_order(lines), size[0], size[1], Image.fromarray(even_light(image)))


def _turned(matrix: np.ndarray, size: tuple[int, int], turns: int):
    turn, size = turn_matrix(turns, size)
    return turn @ matrix, size


def _upright(quads: list[Quad], to_page: np.ndarray) -> tuple[list[Quad], list[Quad]]:
    """Each quad with its corners in reading order, in the photo and on the page."""
    back = np.linalg.inv(to_page)
    on_page = [order_quad(apply(to_page, q)) for q in quads]
    return [apply(back, q).astype(np.float32) for q in on_page], on_page


def legible(words: list[Word]) -> list[Word]:
    """The words that are print, not noise from a texture: a short one read
    with little confidence is dropped."""
    return [w for w in words if w.conf >= MIN_WORD_CONF or len(w.text) >= 3]


def placed(words: list[Word], placement: Placement) -> list[Word]:
    """A crop's words with their boxes on the page."""
    out = []
    for word in legible(words):
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
