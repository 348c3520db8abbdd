"""Which way up the page is, told from its detected lines.

The detector finds lines in any quarter turn: on a page photographed
sideways they come out as tall, thin boxes, so their shape says whether the
page lies on its side. Whether it is then upside down is asked of PP-OCR's
line-direction classifier (0° or 180°) over the page's longest lines; where
its vote is split, the recogniser reads those lines both ways round, and the
way it reads more surely is up.
"""

from __future__ import annotations

import cv2
import numpy as np

from server.ocr import detect
from server.ocr.detect import Quad
from server.ocr.geometry import page_size as quad_size
from server.ocr.recognise import recognise

# A line this many times longer than tall runs along that direction.
ELONGATED = 2.0
# Lines shown to the classifier: the longest ones carry the most evidence.
CLASSIFIED_LINES = 12
CLASSIFIER_SHAPE = (48, 192)  # height, width of the classifier's input
# A vote this close to either side settles it; between, the lines are read
# both ways round. On 120 tuning photos upright or turned 180°, no vote
# outside this band was wrong, and 4 inside it were (0.21 to 0.50 on pages
# turned over); reading both ways told all 120 apart.
SURE_VOTE = 0.15
# Read both ways round, a line's middle this many columns at the
# classifier's height (a dozen letters or so) tell print from its upside-down
# marks as the whole line does: on two samples of 40 tuning photos, each
# upright and turned over, 58 votes were split and every one was settled as
# by whole lines, in 38 % of the time.
LEGIBLE_WIDTH = 256


def runs_vertically(quads: list[Quad]) -> bool:
    """Whether most of the text (by area) lies in tall, thin boxes."""
    along = across = 0.0
    for quad in quads:
        xs, ys = quad[:, 0], quad[:, 1]
        w, h = float(np.ptp(xs)), float(np.ptp(ys))
        if w > ELONGATED * h:
            along += w * h
        elif h > ELONGATED * w:
            across += w * h
    return across > along


def classifier_input(crops: list[np.ndarray]) -> np.ndarray:
    """Grey line crops as the classifier's batch: 48 px tall, padded to 192 wide."""
    height, width = CLASSIFIER_SHAPE
    batch = np.zeros((len(crops), 3, height, width), np.float32)
    for i, crop in enumerate(crops):
        w = min(width, max(1, round(crop.shape[1] * height / max(1, crop.shape[0]))))
        sized = cv2.resize(crop, (w, height), interpolation=cv2.INTER_AREA)
        batch[i, :, :, :w] = (sized.astype(np.float32) / 255.0 - 0.5) / 0.5
    return batch


def upside_down(quads: list[Quad], page: np.ndarray) -> bool:
    """Whether the page, its lines given as upright, reads upside down."""
    longest = sorted(quads, key=lambda q: -quad_size(q)[0])[:CLASSIFIED_LINES]
    if not longest:
        return False
    crops = [straight_crop(page, q) for q in longest]
    lengths = np.array([quad_size(q)[0] for q in longest])
    vote = upside_down_votes(crops, lengths)
    if not SURE_VOTE < vote < 1 - SURE_VOTE:
        return vote > 0.5
    crops = [_middle(crop, LEGIBLE_WIDTH) for crop in crops]
    turned_over = [np.ascontiguousarray(crop[::-1, ::-1]) for crop in crops]
    return legibility(turned_over, lengths) > legibility(crops, lengths)


def _middle(crop: np.ndarray, width: int) -> np.ndarray:
    """The crop's middle columns, at most `width` of them: the same print
    whichever way round the line is read."""
    start = max(0, (crop.shape[1] - width) // 2)
    return np.ascontiguousarray(crop[:, start : start + width])


def upside_down_votes(crops: list[np.ndarray], lengths: np.ndarray) -> float:
    """The share of the lines' length the classifier reads as turned 180°."""
    net = detect.session(detect.CLASSIFIER_FILE)
    (probs,) = net.run(None, {net.get_inputs()[0].name: classifier_input(crops)})
    return float((lengths * (probs[:, 1] > 0.5)).sum() / max(1e-6, lengths.sum()))


def legibility(crops: list[np.ndarray], lengths: np.ndarray) -> float:
    """How surely the recogniser reads the lines: the mean probability of
    each line's letters, weighed by its length. Print upside down reads as
    unsure strings of marks."""
    sure = [float(np.mean(letters)) if letters else 0.0 for _, letters in recognise(crops)]
    return float((lengths * np.array(sure)).sum() / max(1e-6, lengths.sum()))


def straight_crop(page: np.ndarray, quad: Quad) -> np.ndarray:
    w, h = quad_size(quad)
    scale = CLASSIFIER_SHAPE[0] / max(1.0, h)
    w, h = max(4, round(w * scale)), CLASSIFIER_SHAPE[0]
    target = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    matrix = cv2.getPerspectiveTransform(np.float32(quad), target)
    return cv2.warpPerspective(page, matrix, (w, h), flags=cv2.INTER_AREA)
