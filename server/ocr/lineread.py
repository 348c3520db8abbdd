"""Reading the detected lines: every crop of a page in one tesseract run per core.

Most lines are read once, brought to the height tesseract reads best. A
line printed much larger than the page's text (a name in a script face, a
title in display type) is where tesseract's recogniser is least sure, and
which height suits it depends on the face: such lines are also offered at
other heights and as a raw line (psm 13, no word segmentation), and the
reading tesseract is surest of wins. All of it is one step: the crops and
their variants are known before tesseract starts.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import msgspec
import numpy as np
from PIL import Image

from server.ocr import tesseract
from server.ocr.crops import CROP_HEIGHT, Placement, cut
from server.ocr.detect import Quad
from server.ocr.geometry import page_size as quad_size
from server.ocr.models import Word

# A line whose box is this many times the page's typical line height is display type.
DISPLAY_RATIO = 1.8
# Heights (px) display lines are also read at, and the raw-line reading's height.
DISPLAY_HEIGHTS = (32, 60)
RAW_HEIGHT = CROP_HEIGHT
# Tesseract processes a page's crops are shared between: one per core, at most two.
PROCESSES = max(1, min(2, os.cpu_count() or 1))
LANG, TESSDATA = tesseract.line_model()


class Crop(msgspec.Struct, frozen=True):
    line: int  # index of the detected line it shows
    psm: int
    placement: Placement


def plan(quads: list[Quad]) -> list[tuple[int, int, int]]:
    """(line, height, psm) for every crop to read."""
    heights = [quad_size(q)[1] for q in quads]
    typical = float(np.median(heights)) if heights else 0.0
    out = []
    for i, h in enumerate(heights):
        out.append((i, CROP_HEIGHT, 7))
        if typical and h > DISPLAY_RATIO * typical:
            out += [(i, height, 7) for height in DISPLAY_HEIGHTS]
            out.append((i, RAW_HEIGHT, 13))
    return out


def read_lines(
    photo: np.ndarray, quads: list[Quad], on_page: list[Quad]
) -> list[tuple[list[Word], Placement | None]]:
    """Each detected line's best reading, its words in the crop's pixels."""
    crops, images = [], []
    for line, height, psm in plan(quads):
        image, placement = cut(photo, quads[line], on_page[line], height)
        crops.append(Crop(line, psm, placement))
        images.append(Image.fromarray(image))
    readings = _read_all(crops, images)
    best: dict[int, tuple[float, list[Word], Placement]] = {}
    for crop, words in zip(crops, readings, strict=True):
        score = confidence(words)
        if crop.line not in best or score > best[crop.line][0]:
            best[crop.line] = (score, words, crop.placement)
    return [(best[i][1], best[i][2]) if i in best else ([], None) for i in range(len(quads))]


def confidence(words: list[Word]) -> float:
    """Tesseract's certainty over the letters read; nothing read is worth nothing."""
    letters = sum(len(w.text) for w in words)
    return sum(w.conf * len(w.text) for w in words) / letters if letters else -1.0


def _read_all(crops: list[Crop], images: list[Image.Image]) -> list[list[Word]]:
    """Every crop's words: one tesseract run per (psm, share of the work), run side by side."""
    jobs: list[tuple[int, list[int]]] = []
    for psm in sorted({c.psm for c in crops}):
        indices = [i for i, c in enumerate(crops) if c.psm == psm]
        jobs += [(psm, share) for share in _shares(indices, images) if share]
    out: list[list[Word]] = [[] for _ in crops]

    def run(job: tuple[int, list[int]]) -> None:
        psm, indices = job
        found = tesseract.read_strips(
            [images[i] for i in indices], psm=psm, lang=LANG, tessdata=TESSDATA
        )
        for i, words in zip(indices, found, strict=True):
            out[i] = words

    if len(jobs) <= 1 or PROCESSES == 1:
        for job in jobs:
            run(job)
    else:
        with ThreadPoolExecutor(PROCESSES) as pool:
            list(pool.map(run, jobs))
    return out


def _shares(indices: list[int], images: list[Image.Image]) -> list[list[int]]:
    """Crops dealt between processes so each gets about the same width to read."""
    shares: list[list[int]] = [[] for _ in range(PROCESSES)]
    load = [0] * PROCESSES
    for i in sorted(indices, key=lambda i: -images[i].width):
        k = load.index(min(load))
        shares[k].append(i)
        load[k] += images[i].width
    return [sorted(share) for share in shares]
