"""The page as a scanner app shows it: paper white everywhere, print as printed.

The photo's light is estimated as the paper's brightness around each point
(a closing removes the print, done small for speed) and divided out. The
closing is wide enough to span a header band or a thick frame, so printed
colour areas stay dark instead of being lifted to white with their text.
A page printed dark all over is brightened at most MAX_GAIN times.
"""

from __future__ import annotations

import cv2
import numpy as np

# The light is estimated at this long edge; it varies slowly over a page.
LIGHT_EDGE = 256
# The closing spans this share of the page's long side.
SPAN = 0.12
MAX_GAIN = 2.0


def even_light(gray: np.ndarray) -> np.ndarray:
    h, w = gray.shape
    scale = LIGHT_EDGE / max(h, w)
    small = cv2.resize(gray, (max(1, round(w * scale)), max(1, round(h * scale))), cv2.INTER_AREA)
    k = max(3, round(SPAN * LIGHT_EDGE)) | 1
    light = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    light = cv2.GaussianBlur(light, (0, 0), k / 3)
    light = cv2.resize(light, (w, h), interpolation=cv2.INTER_LINEAR)
    # Every pair of light and grey level maps to one output level: a table
    # of 256 × 256 looked up once a pixel, in place of float arithmetic over
    # the whole page.
    index = light.astype(np.uint16) << 8
    index |= gray
    return _TABLE.ravel()[index]


def _table() -> np.ndarray:
    """Output level by light level (row) and grey level (column)."""
    levels = np.arange(256, dtype=np.float32)
    gain = np.minimum(255.0 / np.maximum(levels, 1.0), MAX_GAIN)
    return np.clip(levels[None, :] * gain[:, None], 0, 255).astype(np.uint8)


_TABLE = _table()
