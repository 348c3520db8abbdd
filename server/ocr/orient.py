"""Which way up the page is, told from its detected lines.

The detector finds lines in any quarter turn: on a page photographed
sideways they come out as tall, thin boxes, so their shape says whether the
page lies on its side. Whether it is then upside down is asked of PP-OCR's
line-direction classifier (0° or 180°) over the page's longest lines.
"""

from __future__ import annotations

import cv2
import numpy as np

from server.ocr import detect
from server.ocr.detect import Quad
from server.ocr.geometry import page_size as quad_size

# A line this many times longer than tall runs along that direction.
ELONGATED = 2.0
# Lines shown to the classifier: the longest ones carry the most evidence.
CLASSIFIED_LINES = 12
CLASSIFIER_SHAPE = (48, 192)  # height, width of the classifier's input


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


def upside_down_votes(quads: list[Quad], page: np.ndarray) -> float:
    """The share of the longest lines' length the classifier reads as turned 180°."""
    longest = sorted(quads, key=lambda q: -quad_size(q)[0])[:CLASSIFIED_LINES]
    if not longest:
        return 0.0
    crops = [straight_crop(page, q) for q in longest]
    net = detect.session(detect.CLASSIFIER_FILE)
    (probs,) = net.run(None, {net.get_inputs()[0].name: classifier_input(crops)})
    weights = np.array([quad_size(q)[0] for q in longest])
    return float((weights * (probs[:, 1] > 0.5)).sum() / max(1e-6, weights.sum()))


def straight_crop(page: np.ndarray, quad: Quad) -> np.ndarray:
    w, h = quad_size(quad)
    scale = CLASSIFIER_SHAPE[0] / max(1.0, h)
    w, h = max(4, round(w * scale)), CLASSIFIER_SHAPE[0]
    target = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    matrix = cv2.getPerspectiveTransform(np.float32(quad), target)
    return cv2.warpPerspective(page, matrix, (w, h), flags=cv2.INTER_AREA)
