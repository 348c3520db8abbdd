"""Print the detector passed over: line-shaped ink on the page outside every detected line.

Over a patterned background (a guilloche, a watermark, a tinted band) the
detector can miss a line that tesseract still reads. Such ink is found the
old way, by smearing dark strokes along the row into bars, and each bar of
about a line's height becomes one more line to read. It is read with the
others and kept only where tesseract is sure, since a bar may be pattern.
"""

from __future__ import annotations

import cv2
import numpy as np

from server.ocr.detect import Quad

# At most this many extra lines per page, the widest first: a busy pattern
# can make dozens of bars, each a tesseract read.
MAX_LINES = 8
# A bar's height against the page's typical detected line: down to a 6-pt
# footer under 12-pt text, which the detector's pixels are too coarse for.
MIN_HEIGHT, MAX_HEIGHT = 0.3, 2.5
# Share of a bar's box that is ink: letters fill part of it, a rule or a block all.
MIN_FILL, MAX_FILL = 0.08, 0.6
# A bar within this share of the page's edge is the desk or the paper's edge.
EDGE = 0.02
# The page is searched at this long edge, about the detector's.
WORK_EDGE = 1280


def uncovered_lines(page: np.ndarray, quads: list[Quad]) -> list[Quad]:
    """Boxes (page pixels) of line-shaped ink on the upright page outside `quads`."""
    if not quads:
        return []
    h, w = page.shape
    scale = min(1.0, WORK_EDGE / max(h, w))
    small = cv2.resize(page, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    heights = [np.linalg.norm(q[3] - q[0]) * scale for q in quads]
    line = max(6.0, float(np.median(heights)))
    block = max(3, round(line * 2)) | 1
    ink = cv2.adaptiveThreshold(
        small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 12
    )
    ink &= _inset(small.shape, EDGE * max(small.shape))
    # Detected lines and a band around them: the parts of their letters the
    # detector's box left out are not lines of their own.
    covered = np.zeros_like(ink)
    cv2.fillPoly(covered, [np.int32(q * scale) for q in quads], 255)
    pad = max(1, round(line * 0.6))
    covered = cv2.dilate(covered, np.ones((2 * pad + 1, 2 * pad + 1), np.uint8))
    ink[covered > 0] = 0
    ink = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    bars = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((1, max(3, round(line))), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(bars, connectivity=8)
    found = []
    for x, y, bw, bh, _ in stats[1:]:
        if not MIN_HEIGHT * line <= bh <= MAX_HEIGHT * line or bw < 2 * bh:
            continue
        fill = float(np.count_nonzero(ink[y : y + bh, x : x + bw])) / (bw * bh)
        if MIN_FILL <= fill <= MAX_FILL:
            found.append((bw, _box(x, y, bw, bh, 0.3 * bh, scale)))
    found.sort(key=lambda f: -f[0])
    return [box for _, box in found[:MAX_LINES]]


def _inset(shape: tuple[int, int], inset: float) -> np.ndarray:
    mask = np.zeros(shape, np.uint8)
    d = max(1, round(inset))
    mask[d:-d, d:-d] = 255
    return mask


def _box(x: int, y: int, w: int, h: int, pad: float, scale: float) -> Quad:
    left, top, right, bottom = (
        (x - pad) / scale,
        (y - pad) / scale,
        (x + w + pad) / scale,
        (y + h + pad) / scale,
    )
    return np.float32([[left, top], [right, top], [right, bottom], [left, bottom]])
