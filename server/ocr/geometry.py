"""Plane geometry between the photo and the upright page: one homography each way.

Lines are found on the photo and cut from it at full resolution; only
their corners move to the page. So the page image is warped once, for the
app to show, and no line is read from pixels that were resampled twice.
"""

from __future__ import annotations

import cv2
import numpy as np


def apply(matrix: np.ndarray, points: np.ndarray) -> np.ndarray:
    pts = np.asarray(points, np.float64).reshape(-1, 1, 2)
    return cv2.perspectiveTransform(pts, matrix).reshape(-1, 2)


def flatten_matrix(quad: np.ndarray, width: float, height: float) -> np.ndarray:
    """The homography taking the page's corners to a `width`×`height` rectangle."""
    target = np.float64([[0, 0], [width, 0], [width, height], [0, height]])
    return cv2.getPerspectiveTransform(np.float32(quad), np.float32(target))


def turn_matrix(turns: int, size: tuple[int, int]) -> tuple[np.ndarray, tuple[int, int]]:
    """Clockwise quarter turns of a `size` (width, height) image as a matrix, and the new size."""
    w, h = size
    matrix = np.eye(3)
    for _ in range(turns % 4):
        # (x, y) -> (h - y, x): a clockwise quarter turn of a w×h image.
        matrix = np.array([[0, -1, h], [1, 0, 0], [0, 0, 1]], np.float64) @ matrix
        w, h = h, w
    return matrix, (w, h)


def inside(points: np.ndarray, size: tuple[int, int], slack: float = 0.0) -> bool:
    x, y = np.asarray(points).reshape(-1, 2).mean(axis=0)
    return -slack <= x <= size[0] + slack and -slack <= y <= size[1] + slack


def page_size(quad: np.ndarray) -> tuple[float, float]:
    """Width and height of the flattened page, in the photo's pixels."""
    tl, tr, br, bl = quad
    width = (np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2
    height = (np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2
    return float(width), float(height)
