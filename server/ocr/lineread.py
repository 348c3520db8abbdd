"""Reading the detected lines: every crop of a page in one tesseract run per core,
then one second look at the lines tesseract doubted.

Each line is read once as a line (psm 7), brought to the height tesseract
reads best. A line read with little confidence, or not at all, is mostly a
script or display face: tesseract's line layout finds no words in "Dmitri
O'Connor" in a flowing script, while its raw-line mode (psm 13) reads it,
at some heights of the letters and not others. So those lines are cut
again down to their ink and read raw at a few heights, and the reading most
of them agree on wins, the surest among equals. Both runs belong to this
step; nothing of the page's meaning decides what is looked at again.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import msgspec
import numpy as np
from PIL import Image

from server.ocr import tesseract
from server.ocr.crops import Placement, cut
from server.ocr.detect import Quad
from server.ocr.models import Word

# A line read with less confidence than this (letters weighted) is read again.
DOUBT = 0.6
# Heights of the letters (ascenders to descenders) a doubted line is read at.
SECOND_HEIGHTS = (36, 48, 60)
# At most this many lines get a second look, the tallest first.
MAX_SECOND = 8
# Tesseract processes a run's crops are shared between: one per core, at most two.
PROCESSES = max(1, min(2, os.cpu_count() or 1))
# Fewer crops than this per process are read in one.
MIN_SHARE = 4
LANG, TESSDATA = tesseract.line_model()


class Reading(msgspec.Struct):
    words: list[Word]
    placement: Placement


def read_lines(photo: np.ndarray, quads: list[Quad], on_page: list[Quad]) -> list[Reading]:
    """Each detected line's best reading, its words in its crop's pixels."""
    first = [cut(photo, q, p) for q, p in zip(quads, on_page, strict=True)]
    found = _read([image for image, _ in first], psm=7)
    best = [Reading(words, placement) for words, (_, placement) in zip(found, first, strict=True)]
    doubted = sorted(
        (i for i, reading in enumerate(best) if confidence(reading.words) < DOUBT),
        key=lambda i: -(first[i][1].height),
    )[:MAX_SECOND]
    second = [
        (i, cut(photo, quads[i], on_page[i], height, tight=True))
        for i in doubted
        for height in SECOND_HEIGHTS
    ]
    again = _read([image for _, (image, _) in second], psm=13)
    options: dict[int, list[Reading]] = {i: [best[i]] for i in doubted}
    for (i, (_, placement)), words in zip(second, again, strict=True):
        options[i].append(Reading(words, placement))
    for i, readings in options.items():
        best[i] = agreed(readings)
    return best


def confidence(words: list[Word]) -> float:
    """Tesseract's certainty over the letters read; nothing read is worth nothing."""
    letters = sum(len(w.text) for w in words)
    return sum(w.conf * len(w.text) for w in words) / letters if letters else -1.0


def agreed(readings: list[Reading]) -> Reading:
    """The reading whose text most readings share; among those, the surest."""
    texts = [" ".join(w.text for w in r.words) for r in readings]
    votes = {text: texts.count(text) for text in texts if text}
    return max(
        zip(readings, texts, strict=True),
        key=lambda pair: (votes.get(pair[1], 0), confidence(pair[0].words)),
    )[0]


def _read(images: list[np.ndarray], psm: int) -> list[list[Word]]:
    """Every image's words, the images shared between tesseract runs side by side."""
    if not images:
        return []
    shares = [share for share in _shares(images) if share]
    out: list[list[Word]] = [[] for _ in images]

    def run(share: list[int]) -> None:
        found = tesseract.read_strips(
            [Image.fromarray(images[i]) for i in share], psm=psm, lang=LANG, tessdata=TESSDATA
        )
        for i, words in zip(share, found, strict=True):
            out[i] = words

    if len(shares) == 1:
        run(shares[0])
    else:
        with ThreadPoolExecutor(len(shares)) as pool:
            list(pool.map(run, shares))
    return out


def _shares(images: list[np.ndarray]) -> list[list[int]]:
    """Indices dealt between processes so each gets about the same width to read.

    A few crops are not worth a second process: starting one costs about
    as much as reading a handful of lines.
    """
    processes = PROCESSES if len(images) >= 2 * MIN_SHARE else 1
    shares: list[list[int]] = [[] for _ in range(processes)]
    load = [0] * processes
    for i in sorted(range(len(images)), key=lambda i: -images[i].shape[1]):
        k = load.index(min(load))
        shares[k].append(i)
        load[k] += images[i].shape[1]
    return [sorted(share) for share in shares]
