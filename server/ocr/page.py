"""Find the sheet of paper in a photo and flatten it to a rectangle."""

from __future__ import annotations

import cv2
import numpy as np

# Page detection runs on a small copy: the outline of a sheet needs no detail.
DETECT_EDGE = 640
# A smaller bright region is a label or a receipt on the desk, not the page.
MIN_PAGE_FRACTION = 0.12
# A region this close to the whole frame is a scan or a screenshot.
MAX_PAGE_FRACTION = 0.97


def find_page(gray: np.ndarray) -> np.ndarray | None:
    """The page's corners (top-left, top-right, bottom-right, bottom-left) in
    `gray`'s pixels, or None when the picture shows no desk around a page."""
    h, w = gray.shape
    scale = DETECT_EDGE / max(h, w)
    small = cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (5, 5), 0)
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # Print on the page and shadows punch holes; closing fills them.
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    biggest = max(contours, key=cv2.contourArea)
    area = small.shape[0] * small.shape[1]
    hull = cv2.convexHull(biggest)
    if not MIN_PAGE_FRACTION * area <= cv2.contourArea(hull) <= MAX_PAGE_FRACTION * area:
        return None
    quad = _four_corners(hull)
    return order_corners(quad / scale)


def _four_corners(hull: np.ndarray) -> np.ndarray:
    perimeter = cv2.arcLength(hull, True)
    for fraction in (0.01, 0.02, 0.03, 0.05, 0.08):
        approx = cv2.approxPolyDP(hull, fraction * perimeter, True)
        if len(approx) == 4:
            return approx.reshape(4, 2).astype(np.float64)
    # A corner hidden by a thumb or a shadow: the tightest rectangle will do.
    return cv2.boxPoints(cv2.minAreaRect(hull)).astype(np.float64)


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


def page_size(quad: np.ndarray) -> tuple[float, float]:
    """Width and height of the flattened page, in the photo's pixels."""
    tl, tr, br, bl = quad
    width = (np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2
    height = (np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2
    return float(width), float(height)


def flatten_matrix(quad: np.ndarray, width: int, height: int) -> np.ndarray:
    """The homography taking the page in the photo to a `width`×`height` rectangle."""
    target = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    return cv2.getPerspectiveTransform(np.float32(quad), target)


def whole_image(gray: np.ndarray) -> np.ndarray:
    h, w = gray.shape
    return np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)


# The flattened page is kept at the photo's own resolution up to this long
# edge: line crops are cut from it, so detail matters more than size.
MAX_PAGE_EDGE = 4000


def locate_page(gray: np.ndarray) -> np.ndarray | None:
    return find_page(gray)


def flatten(gray: np.ndarray, quad: np.ndarray | None) -> np.ndarray:
    """The page squared up at about the photo's resolution; the whole image without a quad."""
    if quad is None:
        return gray
    width, height = page_size(quad)
    scale = min(1.0, MAX_PAGE_EDGE / max(width, height))
    w, h = max(1, round(width * scale)), max(1, round(height * scale))
    return cv2.warpPerspective(
        gray,
        flatten_matrix(quad, w, h),
        (w, h),
        flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
