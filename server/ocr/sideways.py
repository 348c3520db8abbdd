"""Lines printed sideways on an upright page: a school's name up a coloured
stripe, a seal's side text.

The detector finds them as tall, thin boxes. Their corners are put in the
order the text runs (up the page, or down it when PP-OCR's direction
classifier says the upward reading is upside down), so the line is cut and
read like any other; its words then make one line whose box is the stripe
it stands in.
"""

from __future__ import annotations

import numpy as np

from server.ocr import detect
from server.ocr.detect import Quad
from server.ocr.geometry import page_size as quad_size
from server.ocr.models import Line, Word
from server.ocr.orient import classifier_input, straight_crop

# A box this many times taller than wide, and this tall, is a sideways line
# (a short upright word such as "I" or "1" is tall too, but not this tall).
TALL = 3.0
MIN_LENGTH = 120
# A line's glyph height as a share of its detected box's thickness.
GLYPHS = 0.8


def is_sideways(on_page: Quad) -> bool:
    xs, ys = on_page[:, 0], on_page[:, 1]
    w, h = float(np.ptp(xs)), float(np.ptp(ys))
    return h >= TALL * w and h >= MIN_LENGTH


def turned(in_photo: Quad, on_page: Quad, photo: np.ndarray) -> tuple[Quad, Quad]:
    """The corners of a sideways line (given top-left first, as for an upright
    box) reordered so the first is where its text starts."""
    upward = [3, 0, 1, 2]  # read from the bottom up: bottom-left is where it starts
    downward = [1, 2, 3, 0]
    crop = straight_crop(photo, in_photo[upward])
    net = detect.session(detect.CLASSIFIER_FILE)
    (probs,) = net.run(None, {net.get_inputs()[0].name: classifier_input([crop])})
    order = downward if probs[0, 1] > 0.5 else upward
    return in_photo[order], on_page[order]


def sideways_line(words: list[Word], on_page: Quad) -> Line | None:
    """The words read along a sideways line, as one line boxed by its stripe."""
    words = [w for w in words if w.text.strip()]
    # Where the detector cut a stripe in two, the cut's edge reads as a stray mark.
    while words and not any(c.isalnum() for c in words[0].text):
        words = words[1:]
    while words and not any(c.isalnum() for c in words[-1].text):
        words = words[:-1]
    if not words:
        return None
    xs, ys = on_page[:, 0], on_page[:, 1]
    left, top, right, bottom = (round(float(v)) for v in (xs.min(), ys.min(), xs.max(), ys.max()))
    size = GLYPHS * min(quad_size(on_page))
    boxed = [Word(w.text, left, top, right - left, bottom - top, w.conf) for w in words]
    conf = sum(w.conf for w in words) / len(words)
    text = " ".join(w.text for w in words)
    return Line(boxed, text, left, top, right, bottom, size, conf)


def upward(on_page: Quad) -> bool:
    """Whether a turned line's text runs up the page (it starts at the bottom)."""
    return bool(on_page[0][1] > on_page[1][1])


def joined(pieces: list[tuple[Line, bool]]) -> list[Line]:
    """One line per stripe: the detector may cut a long sideways line in two,
    one piece above the other; they are read on in the text's direction."""
    out: list[tuple[Line, bool]] = []
    for line, up in sorted(pieces, key=lambda p: p[0].bottom if p[1] else -p[0].top, reverse=True):
        if out:
            last, last_up = out[-1]
            overlap = min(last.right, line.right) - max(last.left, line.left)
            gap = (last.top - line.bottom) if up else (line.top - last.bottom)
            thick = min(last.right - last.left, line.right - line.left)
            if up == last_up and overlap > 0.5 * thick and -thick < gap < 1.5 * thick:
                out[-1] = (_merged(last, line), up)
                continue
        out.append((line, up))
    return [line for line, _ in out]


def _merged(first: Line, then: Line) -> Line:
    left, top = min(first.left, then.left), min(first.top, then.top)
    right, bottom = max(first.right, then.right), max(first.bottom, then.bottom)
    words = [
        Word(w.text, left, top, right - left, bottom - top, w.conf)
        for w in first.words + then.words
    ]
    return Line(
        words,
        f"{first.text} {then.text}",
        left,
        top,
        right,
        bottom,
        (first.size + then.size) / 2,
        (first.conf + then.conf) / 2,
        f"{first.alt} {then.alt}",
    )
