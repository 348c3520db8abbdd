"""Find the sheet of paper in a photo: its outline where it shows, its text where not.

A photo's sheet usually stands out from the desk, and its outline gives the
corners to flatten it by. That outline misleads in three common ways: a
hard shadow across the sheet cuts it short, a second sheet on the desk joins
it, and a dark header band or a heavy frame splits it. The text lines found
on the photo are the check: an outline is taken only when it is a clean,
near-square quadrilateral holding all of the certificate's text; otherwise
the page is the text's own rectangle with a margin, which never crops away a
header.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from server.ocr.detect import Quad
from server.ocr.geometry import apply, flatten_matrix, page_size

# Page detection runs on a small copy: the outline of a sheet needs no detail.
DETECT_EDGE = 640
# A smaller bright region is a label or a receipt on the desk, not the page.
MIN_PAGE_FRACTION = 0.08
# A region this close to the whole frame is a scan or a screenshot.
MAX_PAGE_FRACTION = 0.97
# A bright piece smaller than this share of the picture is not part of the sheet.
PIECE_FRACTION = 0.004
# An outline whose four corners leave out more of its area than this is not one sheet.
MAX_CORNER_LOSS = 0.04
# A sheet photographed from above keeps its corners within this many degrees
# of square; an outline further out of square follows the edge of a shadow
# across the sheet, or runs off onto the desk or another sheet.
MAX_OUTLINE_SKEW = 15.0
# Share of the text's corners an outline must hold, with this tolerance (of its size).
TEXT_INSIDE = 0.97
INSIDE_TOLERANCE = 0.01
# A line turned more than this from the print's direction is on another sheet.
MAX_TILT = 8.0
# Margin added around the text when the page is taken from it, as a share of its size.
TEXT_MARGIN = 0.04
# Print around the sheet is looked for on a copy of the photo this size (long
# edge): strokes of an 8-pt line on a dark band are still a pixel or two wide.
STROKE_EDGE = 1280
# A stroke is a line thinner than this (pixels of that copy) this much
# lighter or darker than what lies around it; a soft desk, a shadow's edge
# and the sheet's own edge are not.
STROKE_WIDTH = 11
STROKE_CONTRAST = 40
# The sheet's own edge, this share of its size either side, is not looked at.
EDGE_BAND = 0.02
# Below this share of stroke pixels around the sheet there is no print there
# worth a look. Measured on 390 tuning photos with an outline: the 96 where
# print beyond the outline moved it had at least 0.0015; 232 of the 294
# others had under 0.0002.
PRINT_SHARE = 0.0002


def find_page(gray: np.ndarray, lines: list[Quad], outline: np.ndarray | None) -> np.ndarray | None:
    """The page's corners (top-left, top-right, bottom-right, bottom-left) in
    `gray`'s pixels, or None when the picture is the page itself. `outline`
    is paper_outline's answer."""
    h, w = gray.shape
    lines = aligned(lines)
    points = np.concatenate(lines).reshape(-1, 2) if lines else np.zeros((0, 2), np.float32)
    if outline is not None and holds(outline, points):
        return outline
    if len(points) < 8:
        return outline
    quad = text_rectangle(points, (w, h), main_angle(lines))
    # Cut by the frame's edges into no rectangle at all: the page is the picture.
    if _whole_frame(quad, (w, h)) or out_of_square(quad) > MAX_OUTLINE_SKEW:
        return None
    return quad


def stretched(outline: np.ndarray, lines: list[Quad]) -> np.ndarray:
    """The outline pushed out to take in the print found beyond it.

    A dark header band on a dark desk is left out of the bright sheet's
    outline, and with it the school's name; the lines detected around the
    outline show where the page really ends. Only lines that run the way the
    print runs count, each side moved just past the furthest of them."""
    width, height = page_size(outline)
    to_flat = flatten_matrix(outline, width, height)
    left, top, right, bottom = 0.0, 0.0, width, height
    pad = TEXT_MARGIN * max(width, height)
    for quad in aligned(lines):
        flat = apply(to_flat, quad)
        x, y = flat.mean(axis=0)
        if 0 <= x <= width and 0 <= y <= height:
            continue
        left, top = min(left, flat[:, 0].min() - pad), min(top, flat[:, 1].min() - pad)
        right, bottom = max(right, flat[:, 0].max() + pad), max(bottom, flat[:, 1].max() + pad)
    if (left, top, right, bottom) == (0.0, 0.0, width, height):
        return outline
    corners = np.float64([[left, top], [right, top], [right, bottom], [left, bottom]])
    return apply(np.linalg.inv(to_flat), corners)


def print_around(gray: np.ndarray, outline: np.ndarray, share: float) -> bool:
    """Whether anything like print shows within `share` of the sheet's size
    around its outline: thin strokes much lighter or darker than their
    surroundings. A few milliseconds, where looking with the line detector
    takes half a second."""
    h, w = gray.shape
    scale = STROKE_EDGE / max(h, w)
    small = cv2.resize(
        gray, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA
    )
    ring = np.zeros_like(small)
    cv2.fillPoly(ring, [np.round(grown(outline, share) * scale).astype(np.int32)], 1)
    cv2.fillPoly(ring, [np.round(grown(outline, EDGE_BAND) * scale).astype(np.int32)], 0)
    looked = int(np.count_nonzero(ring))
    if looked == 0:
        return False
    kernel = np.ones((STROKE_WIDTH, STROKE_WIDTH), np.uint8)
    strokes = np.maximum(
        cv2.morphologyEx(small, cv2.MORPH_TOPHAT, kernel),
        cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, kernel),
    )
    found = np.count_nonzero((strokes > STROKE_CONTRAST) & (ring > 0))
    return found >= PRINT_SHARE * looked


def aligned(lines: list[Quad]) -> list[Quad]:
    """The lines that run the way most of the print runs (by length), or
    across it.

    Another sheet on the desk lies at its own angle; its lines are not the
    certificate's and must not stretch the page over it. A page's sides are
    the same a quarter turn round, so a line is taken by its box's axis: the
    detector gives some lines of a sideways page lengthwise and others not.
    """
    if len(lines) < 3:
        return lines
    main = main_angle(lines)
    off = [_apart(a, main) for a in map(_axis, lines)]
    return [quad for quad, d in zip(lines, off, strict=True) if d <= MAX_TILT]


def main_angle(lines: list[Quad]) -> float:
    """The direction most of the print runs in, or across (by length), in
    degrees from the picture's x axis, 0 to 90: the angle nearest, by
    length, to all the others."""
    if not lines:
        return 0.0
    angles = np.array([_axis(quad) for quad in lines])
    lengths = np.array([_length(quad) for quad in lines])
    return float(angles[np.argmin(_apart(angles[:, None], angles[None, :]) @ lengths)])


def _axis(quad: Quad) -> float:
    """The angle of a line's box, a quarter turn either way the same: 0 to 90."""
    dx, dy = quad[1] - quad[0]
    return float(np.degrees(np.arctan2(dy, dx)) % 90)


def _apart(a, b):
    """Degrees between two axes (numbers or arrays of them), 0 to 45."""
    d = np.abs(a - b) % 90
    return np.minimum(d, 90 - d)


def _length(quad: Quad) -> float:
    return float(max(np.linalg.norm(quad[1] - quad[0]), np.linalg.norm(quad[2] - quad[1])))


def paper_outline(gray: np.ndarray) -> np.ndarray | None:
    """The bright sheet's four corners when its outline is one clean quadrilateral."""
    h, w = gray.shape
    scale = DETECT_EDGE / max(h, w)
    small = cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (5, 5), 0)
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # Print on the page punches holes; closing fills them.
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    contours = sorted(contours, key=cv2.contourArea, reverse=True)
    area = small.shape[0] * small.shape[1]
    sheet = contours[0].reshape(-1, 2)
    quad = _clean_quad(sheet)
    # A dark band or frame across the sheet cuts a strip of paper off it:
    # take in every bright piece that leaves the outline a clean quadrilateral.
    for piece in contours[1:]:
        if cv2.contourArea(piece) < PIECE_FRACTION * area:
            break
        joined = np.concatenate([sheet, piece.reshape(-1, 2)])
        if (found := _clean_quad(joined)) is not None:
            sheet, quad = joined, found
    if quad is None or out_of_square(quad) > MAX_OUTLINE_SKEW:
        return None
    if (
        not MIN_PAGE_FRACTION * area
        <= cv2.contourArea(quad.astype(np.float32))
        <= MAX_PAGE_FRACTION * area
    ):
        return None
    return order_corners(quad / scale)


def out_of_square(quad: np.ndarray) -> float:
    """How far, in degrees, the quad's most crooked corner is from square (90
    when two corners fall together)."""
    worst = 0.0
    for i in range(4):
        before, corner, after = quad[i - 1], quad[i], quad[(i + 1) % 4]
        u, v = before - corner, after - corner
        lengths = np.linalg.norm(u) * np.linalg.norm(v)
        if lengths < 1e-9:
            return 90.0
        angle = math.degrees(math.acos(float(np.clip(u @ v / lengths, -1.0, 1.0))))
        worst = max(worst, abs(angle - 90.0))
    return worst


def _clean_quad(points: np.ndarray) -> np.ndarray | None:
    """Four corners of the points' hull, if four corners describe it."""
    hull = cv2.convexHull(points.astype(np.int32))
    quad = _four_corners(hull)
    if quad is None or cv2.contourArea(quad.astype(np.float32)) < cv2.contourArea(hull) * (
        1 - MAX_CORNER_LOSS
    ):
        return None
    return quad


def _four_corners(hull: np.ndarray) -> np.ndarray | None:
    perimeter = cv2.arcLength(hull, True)
    for fraction in (0.01, 0.02, 0.03):
        approx = cv2.approxPolyDP(hull, fraction * perimeter, True)
        if len(approx) == 4:
            return approx.reshape(4, 2).astype(np.float64)
    return None


def holds(quad: np.ndarray, points: np.ndarray) -> bool:
    """Whether (nearly) all the points lie inside the quad."""
    if len(points) == 0:
        return True
    contour = quad.astype(np.float32).reshape(-1, 1, 2)
    slack = INSIDE_TOLERANCE * max(np.ptp(quad[:, 0]), np.ptp(quad[:, 1]))
    inside = [
        cv2.pointPolygonTest(contour, (float(x), float(y)), True) >= -slack for x, y in points
    ]
    return float(np.mean(inside)) >= TEXT_INSIDE


def text_rectangle(points: np.ndarray, size: tuple[int, int], angle: float) -> np.ndarray:
    """The rectangle around the text, its sides along and across the print's
    direction (`angle`, degrees), with a margin, kept inside the frame."""
    turn = np.radians(angle)
    along = np.array([np.cos(turn), np.sin(turn)])
    across = np.array([-along[1], along[0]])
    u, v = points @ along, points @ across
    margin = TEXT_MARGIN * max(np.ptp(u), np.ptp(v))
    u0, u1, v0, v1 = u.min() - margin, u.max() + margin, v.min() - margin, v.max() + margin
    box = np.array([a * along + b * across for a, b in ((u0, v0), (u1, v0), (u1, v1), (u0, v1))])
    box[:, 0] = np.clip(box[:, 0], 0, size[0])
    box[:, 1] = np.clip(box[:, 1], 0, size[1])
    return order_corners(box.astype(np.float64))


def _whole_frame(quad: np.ndarray, size: tuple[int, int]) -> bool:
    return cv2.contourArea(quad.astype(np.float32)) >= MAX_PAGE_FRACTION * size[0] * size[1]


def order_corners(quad: np.ndarray) -> np.ndarray:
    by_sum = quad.sum(axis=1)
    by_diff = np.diff(quad, axis=1).ravel()
    return np.array(
        [
            quad[np.argmin(by_sum)],
            quad[np.argmin(by_diff)],
            quad[np.argmax(by_sum)],
            quad[np.argmax(by_diff)],
        ]
    )


def grown(quad: np.ndarray, share: float) -> np.ndarray:
    """The quad enlarged about its middle by `share` of its size on every side."""
    middle = quad.mean(axis=0)
    return middle + (quad - middle) * (1 + 2 * share)


def whole_image(gray: np.ndarray) -> np.ndarray:
    h, w = gray.shape
    return np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)
