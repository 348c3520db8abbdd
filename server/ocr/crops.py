"""One detected line cut out of the page, straightened and sized for tesseract.

Tesseract's line recogniser was trained on lines about 36-48 px tall; a
60-90 px script name or a 12 px footer both read worse than the same line
brought to that height. Each crop is warped from its quad (so a tilted or
keystoned line comes out level), lit evenly within itself, turned dark on
light when it was printed light on dark, and given a white margin: tesseract
drops ink that touches the image edge.
"""

from __future__ import annotations

import cv2
import msgspec
import numpy as np

from server.ocr.detect import Quad
from server.ocr.geometry import page_size as quad_size

# Height of the detected box (the text plus the detector's margin) handed to tesseract.
CROP_HEIGHT = 44
MARGIN = 12
# A horizontal stroke longer than this many crop heights is a rule, not a letter.
RULE_LENGTH = 2.5
# A pixel this much darker (or lighter) than the paper's tone is print.
INK_STEP = 40
# A crop scaled up more than this is a blur; tesseract gains nothing past it.
MAX_UPSCALE = 4.0


class Placement(msgspec.Struct, frozen=True):
    """How a crop's pixels map back to the page: along the quad, by the scale used."""

    quad: tuple[tuple[float, float], ...]  # the line's corners on the page
    width: int  # the crop's size without its margin
    height: int


def cut(
    photo: np.ndarray,
    quad: Quad,
    on_page: Quad,
    height: int = CROP_HEIGHT,
) -> tuple[np.ndarray, Placement]:
    """The line at `quad` in the photo as a grey image `height` px tall (plus
    margins), dark on light; `on_page` is where the same corners sit on the page."""
    qw, qh = quad_size(quad)
    scale = min(height / max(qh, 1.0), MAX_UPSCALE)
    w, h = max(8, round(qw * scale)), max(8, round(qh * scale))
    target = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    matrix = cv2.getPerspectiveTransform(np.float32(quad), target)
    crop = cv2.warpPerspective(
        photo,
        matrix,
        (w, h),
        flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_REPLICATE,
    )
    crop = without_rules(dark_on_light(crop))
    out_h, out_w = crop.shape
    crop = cv2.copyMakeBorder(crop, *[MARGIN] * 4, cv2.BORDER_CONSTANT, value=255)
    corners = tuple((float(x), float(y)) for x, y in on_page)
    return crop, Placement(quad=corners, width=out_w, height=out_h)


def black_and_white(crop: np.ndarray) -> np.ndarray:
    """A cut crop in pure black on white, its margin left as it is: tesseract
    reads a photo's grain between letters as points and commas ("2.5" comes
    back "25" from grey, "2.5" from black and white)."""
    out = crop.copy()
    inner = out[MARGIN:-MARGIN, MARGIN:-MARGIN]
    _, inner[:] = cv2.threshold(inner, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return out


def dark_on_light(crop: np.ndarray) -> np.ndarray:
    """The crop as dark print on white, whatever its light and its colours.

    The box's top and bottom rows are background (the detector's box reaches
    past the letters): their median down each column is the paper's tone
    there, which follows light that changes along the line. Print darker
    than that is ink; print mostly lighter is reversed type, and is inverted.
    Dividing by the paper's tone then makes it white from end to end.
    """
    h, w = crop.shape
    edge = max(1, h // 6)
    tone = np.median(np.vstack([crop[:edge], crop[-edge:]]), axis=0).astype(np.float32)
    tone = cv2.blur(tone.reshape(1, -1), (max(3, h) | 1, 1)).ravel()
    diff = crop.astype(np.float32) - tone
    if np.count_nonzero(diff > INK_STEP) > np.count_nonzero(diff < -INK_STEP):
        crop, tone = 255 - crop, 255.0 - tone
    even = crop.astype(np.float32) * (255.0 / np.maximum(tone, 1.0))
    ink = float(np.percentile(even, 2))
    if 255.0 - ink < 8:
        return np.clip(even, 0, 255).astype(np.uint8)
    stretched = (even - ink) * (255.0 / (255.0 - ink))
    return np.clip(stretched, 0, 255).astype(np.uint8)


def without_rules(crop: np.ndarray) -> np.ndarray:
    """The crop with long horizontal rules whitened: the line a name is written
    on, a form's underline, a table border. Tesseract reads a rule under
    script as part of its letters ("Cruz" comes back "Cuug")."""
    h, w = crop.shape
    _, ink = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    length = max(round(RULE_LENGTH * h), 8)
    if w <= length:
        return crop
    rules = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, length), np.uint8))
    # A rule is thin; a long dark area as tall as the letters is a band.
    thick = cv2.morphologyEx(rules, cv2.MORPH_OPEN, np.ones((max(3, round(0.2 * h)), 1), np.uint8))
    rules[thick > 0] = 0
    if not rules.any():
        return crop
    rules = cv2.dilate(rules, np.ones((3, 3), np.uint8))
    return np.where(rules > 0, 255, crop).astype(np.uint8)


def to_page(placement: Placement, x: float, y: float) -> tuple[float, float]:
    """A point of the crop (margin included) on the page, by the quad's bilinear map."""
    u = min(max((x - MARGIN) / placement.width, 0.0), 1.0)
    v = min(max((y - MARGIN) / placement.height, 0.0), 1.0)
    tl, tr, br, bl = (np.array(p) for p in placement.quad)
    top = tl + (tr - tl) * u
    bottom = bl + (br - bl) * u
    point = top + (bottom - top) * v
    return float(point[0]), float(point[1])
