"""Reading the detected lines: PP-OCR's recogniser reads every crop, and
tesseract reads the same crops beside it.

PP-OCR's recogniser reads display, script and handwriting-style faces that
tesseract's line model cannot, keeps accents and word spaces, and is as fast
on these crops; its words are the line's. Tesseract's reading of each line
is kept beside them (`Reading.alt`): two readers trained apart that read a
value alike are seldom both wrong, which the understanding stage weighs.
A mark PP-OCR often leaves off (ø, ñ) is put back where tesseract read the
same word with it.
Tesseract reads black-and-white crops with a white margin; PP-OCR the same
crops in grey without the margin.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import msgspec
import numpy as np
from PIL import Image

from server.ocr import tesseract
from server.ocr.crops import MARGIN, Placement, black_and_white, cut
from server.ocr.detect import Quad
from server.ocr.models import Word
from server.ocr.recognise import marked, recognise, respaced, words_of

# Threads a page's crops are shared between, a tesseract engine each: one
# per core, at most two.
READERS = max(1, min(2, os.cpu_count() or 1))
LANG, TESSDATA = tesseract.line_model()


class Reading(msgspec.Struct):
    words: list[Word]
    placement: Placement
    # The other reader's text of the same crop: where both read a value
    # alike, its letters are most likely right.
    alt: str = ""


def read_lines(photo: np.ndarray, quads: list[Quad], on_page: list[Quad]) -> list[Reading]:
    """Each detected line read by PP-OCR's recogniser, with tesseract's reading beside it."""
    grey = [cut(photo, q, p) for q, p in zip(quads, on_page, strict=True)]
    sharp = [black_and_white(image) for image, _ in grey]
    # Tesseract's threads and PP-OCR's network read the same crops side by
    # side: each leaves a core idle part of its time.
    with ThreadPoolExecutor(1) as pool:
        tesseract_reading = pool.submit(_read, sharp, 7)
        network = recognise(_unmargined(grey))
        found = tesseract_reading.result()
    alts = [" ".join(w.text for w in words) for words in found]
    inks = [_extent(words) or _ink(image) for words, image in zip(found, sharp, strict=True)]
    return [
        Reading(words, placement, alt=alt)
        for words, (_, placement), alt in zip(
            _recognised(network, alts, inks), grey, alts, strict=True
        )
    ]


def _unmargined(crops: list[tuple[np.ndarray, Placement]]) -> list[np.ndarray]:
    """The grey crops PP-OCR reads: the network reads letters that fill its
    height best, so the white margin tesseract needs is cut off first."""
    trim = MARGIN // 2
    return [image[MARGIN:-MARGIN, trim:-trim] for image, _ in crops]


def _recognised(
    network: list[tuple[str, list[float]]],
    alts: list[str],
    inks: list[tuple[int, int, int, int]],
) -> list[list[Word]]:
    """PP-OCR's words of each crop, in the crop's pixels, spread over the
    crop's ink."""
    out = []
    for (text, letters), alt, (x0, y0, x1, y1) in zip(network, alts, inks, strict=True):
        text, letters = respaced(text, letters, alt)
        text = marked(text, alt)
        out.append(
            [
                Word(w.text, w.left + x0, y0, w.width, y1 - y0, w.conf)
                for w in words_of(text, letters, x1 - x0, y1 - y0)
            ]
        )
    return out


def _extent(words: list[Word]) -> tuple[int, int, int, int] | None:
    """Where tesseract found the line's letters: from its first word to its
    last, its words' usual top and bottom (a descender or the next line's
    ascenders in the box do not count)."""
    if not words:
        return None
    top = int(np.median([w.top for w in words]))
    bottom = int(np.median([w.bottom for w in words]))
    return min(w.left for w in words), top, max(w.right for w in words), max(top + 1, bottom)


def _ink(image: np.ndarray) -> tuple[int, int, int, int]:
    """The box of a black-and-white crop's print (its margin when it has none)."""
    ink = image < 128
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if len(rows) < 2 or len(cols) < 2:
        h, w = image.shape
        return MARGIN, MARGIN, max(MARGIN + 1, w - MARGIN), max(MARGIN + 1, h - MARGIN)
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def _read(images: list[np.ndarray], psm: int) -> list[list[Word]]:
    """Every image's words, the images shared between threads reading side by side."""
    shares = [share for share in _shares(images) if share]
    out: list[list[Word]] = [[] for _ in images]

    def run(share: list[int]) -> None:
        found = tesseract.read_lines(
            [Image.fromarray(images[i]) for i in share], psm=psm, lang=LANG, tessdata=TESSDATA
        )
        for i, words in zip(share, found, strict=True):
            out[i] = words

    if len(shares) == 1:
        run(shares[0])
    elif shares:
        with ThreadPoolExecutor(len(shares)) as pool:
            list(pool.map(run, shares))
    return out


def _shares(images: list[np.ndarray]) -> list[list[int]]:
    """Indices dealt between threads so each gets about the same width to read."""
    shares: list[list[int]] = [[] for _ in range(min(READERS, len(images)))]
    load = [0] * len(shares)
    for i in sorted(range(len(images)), key=lambda i: -images[i].shape[1]):
        k = load.index(min(load))
        shares[k].append(i)
        load[k] += images[i].shape[1]
    return [sorted(share) for share in shares]
