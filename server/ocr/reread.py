"""A second, closer look at strips of the page: pure steps around one tesseract run.

Each strip is cut down to its ink (without the rule a name is written on)
and offered to tesseract at a few line heights. Tesseract's recogniser
works on lines about 36 pixels tall, yet whether its line finder sees a
flowing script at all depends on the size in ways no one size satisfies:
"Priya Johansson" reads at 42 and vanishes at 36, "Nadia Brennan" reads
only as a raw line. So each strip is read at every height, as a line and,
when those readings disagree, as a raw line too; the text most readings
agree on wins, and among equals the one tesseract is surest of.
"""

from __future__ import annotations

import cv2
import msgspec
import numpy as np
from PIL import Image

from server.ocr import preprocess
from server.ocr.models import Word

Box = tuple[int, int, int, int]  # left, top, right, bottom

# Heights of the strip's line of ink, ascenders to descenders, to try.
LINE_HEIGHTS = (36, 42, 48, 60)
# A second look reads background texture as words; keep what OCR believes.
MIN_CONFIDENCE = 0.3
# Less ink than this many rows is a speck, not a line.
MIN_LINE_HEIGHT = 8
# White margin around a strip: tesseract skips ink that touches the edge.
MARGIN = 16


class Strip(msgspec.Struct, frozen=True):
    """Where a prepared strip came from: page offset and scale."""

    left: int
    top: int
    scale: float


def prepare(page: np.ndarray, box: Box) -> list[tuple[np.ndarray, Strip]]:
    """The strip inside `box` as images to read, one per line height; none if it holds no ink."""
    strip = page[box[1] : box[3], box[0] : box[2]]
    if strip.size == 0:
        return []
    ink = preprocess.binarize(strip)
    rules = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, np.ones((1, max(40, strip.shape[1] // 8)), np.uint8)
    )
    ink[cv2.dilate(rules, np.ones((5, 5), np.uint8)) > 0] = 0
    rows, cols = np.flatnonzero(ink.max(axis=1)), np.flatnonzero(ink.max(axis=0))
    if len(rows) < 2 or rows[-1] - rows[0] + 1 < MIN_LINE_HEIGHT or len(cols) < 2:
        return []
    top, left = int(rows[0]), int(cols[0])
    # Paper pure white, print as photographed: the grey edges of the
    # strokes tell tesseract more than a threshold would.
    lettering = np.where(ink > 0, strip, 255).astype(np.uint8)
    lettering = lettering[top : rows[-1] + 1, left : cols[-1] + 1]
    out = []
    for height in LINE_HEIGHTS:
        scale = height / lettering.shape[0]
        sized = cv2.resize(
            lettering,
            (max(1, round(lettering.shape[1] * scale)), height),
            interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC,
        )
        sized = cv2.copyMakeBorder(sized, *[MARGIN] * 4, cv2.BORDER_CONSTANT, value=255)
        out.append((sized, Strip(left=box[0] + left, top=box[1] + top, scale=scale)))
    return out


def agreed(readings: list[list[Word]]) -> bool:
    """Whether two readings of a strip say the same thing."""
    texts = [_text(words) for words in readings if _text(words)]
    return len(texts) > len(set(texts))


def best_reading(readings: list[tuple[list[Word], Strip]]) -> list[Word]:
    """The reading of one strip most readings agree with, placed back on the page."""
    votes: dict[str, int] = {}
    for words, _ in readings:
        if text := _text(words):
            votes[text] = votes.get(text, 0) + 1
    if not votes:
        return []

    def rank(reading: tuple[list[Word], Strip]) -> tuple[int, float]:
        words = reading[0]
        letters = sum(len(w.text) for w in words)
        return votes.get(_text(words), 0), sum(w.conf * len(w.text) for w in words) / max(
            1, letters
        )

    words, strip = max(readings, key=rank)
    return [_placed(w, strip) for w in words if w.conf >= MIN_CONFIDENCE]


def _text(words: list[Word]) -> str:
    return " ".join(w.text for w in words if w.conf >= MIN_CONFIDENCE)


def _placed(word: Word, strip: Strip) -> Word:
    return msgspec.structs.replace(
        word,
        left=round((word.left - MARGIN) / strip.scale) + strip.left,
        top=round((word.top - MARGIN) / strip.scale) + strip.top,
        width=round(word.width / strip.scale),
        height=round(word.height / strip.scale),
    )


def as_images(prepared: list[tuple[np.ndarray, Strip]]) -> list[Image.Image]:
    return [Image.fromarray(image) for image, _ in prepared]
