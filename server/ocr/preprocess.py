"""Pure image steps between the decoded photo and tesseract.

Sizes are chosen from the text, not the photo: tesseract reads best when
lower-case letters are about 20-30 pixels tall, and every extra pixel beyond
that costs time without adding accuracy.
"""

from __future__ import annotations

import cv2
import numpy as np

# Glyph height tesseract reads best. The median connected component is
# between an x-height and a capital, so this puts the x-height near 22 px.
TARGET_GLYPH = 30.0
# Never upscale much: a blurry photo only gets blurrier, and slower.
MAX_UPSCALE = 1.6
# The longest page side handed to tesseract; larger pages are text too fine to
# matter or a photo of something that is not a certificate.
MAX_EDGE = 3600
MIN_EDGE = 600
# Probe resolution for measuring text and orientation: fast, still legible.
PROBE_EDGE = 1400


def even_out_light(gray: np.ndarray) -> np.ndarray:
    """Divide out shadows and uneven light so that paper is white everywhere.

    The background is the page with the print removed (a grey closing, done
    small for speed); dividing by it leaves the ink.
    """
    h, w = gray.shape
    factor = 8
    small = cv2.resize(
        gray, (max(1, w // factor), max(1, h // factor)), interpolation=cv2.INTER_AREA
    )
    background = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    background = cv2.GaussianBlur(background, (0, 0), 2)
    background = cv2.resize(background, (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, np.maximum(background, 1), scale=255)


def binarize(gray: np.ndarray) -> np.ndarray:
    """Ink as 255 on 0, for measuring text."""
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return ink


def black_on_white(gray: np.ndarray) -> np.ndarray:
    """Pure black print on pure white paper: what tesseract is handed.

    Tesseract's recogniser reads the grey image, not its own thresholded one,
    so a photo's grain in the paper comes through as specks between letters:
    "1.5" standing alone reads "15", "2.25" reads "2:25". Thresholding once
    the light is even removes the grain and keeps every stroke of the print.
    """
    _, out = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return out


def glyph_height(ink: np.ndarray) -> float | None:
    """Median height of letter-sized blobs, or None when there is no text."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if count < 2:
        return None
    w, h = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
    limit = ink.shape[0] / 10
    letters = h[(h >= 4) & (h <= limit) & (w <= h * 2.5) & (w >= 1)]
    if len(letters) < 20:
        return None
    return float(np.median(letters))


def lines_run_vertically(ink: np.ndarray) -> bool:
    """Whether the text is turned a quarter: its lines run up the page.

    Smearing ink along text lines joins each line into a bar; the smear that
    follows the lines makes long bars, the other one makes short blobs.
    """
    horizontal = _smeared_runs(ink, (25, 1))
    vertical = _smeared_runs(ink.T, (25, 1))
    return vertical > horizontal * 1.15


def _smeared_runs(ink: np.ndarray, kernel: tuple[int, int]) -> float:
    smeared = cv2.dilate(ink, np.ones(kernel[::-1], np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(smeared, connectivity=8)
    if count < 2:
        return 0.0
    w, h = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
    keep = (h >= 3) & (h <= ink.shape[0] / 8)
    return float(np.sum(w[keep] / h[keep] * w[keep])) / max(1.0, float(np.sum(w[keep])))


def skew_angle(ink: np.ndarray, limit: float = 6.0) -> float:
    """Degrees the text lines slope (counter-clockwise positive), by the
    rotation that makes the row profile sharpest."""
    h, w = ink.shape
    scale = min(1.0, 800 / max(h, w))
    small = cv2.resize(ink, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)

    def sharpness(angle: float) -> float:
        turned = rotate(small, angle)
        return float(np.var(turned.sum(axis=1, dtype=np.float64)))

    best = max(np.arange(-limit, limit + 0.01, 0.5), key=sharpness)
    return float(max(np.arange(best - 0.4, best + 0.41, 0.1), key=sharpness))


def rotate(image: np.ndarray, angle: float, fill: int = 0) -> np.ndarray:
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=fill)


def ocr_scale(glyph: float | None, edge: float) -> float:
    """Factor from the measured page to the one tesseract gets."""
    scale = TARGET_GLYPH / glyph if glyph else 1.0
    scale = min(scale, MAX_UPSCALE, MAX_EDGE / edge)
    return max(scale, MIN_EDGE / edge)
