"""Where the text lines are: a text-line detector (PP-OCR's DB network) run
with onnxruntime, and pure steps around that one call.

The detector finds lines tesseract's own layout analysis drops: display
lettering 60-90 px tall, white type on a coloured band, letter-spaced
capitals, 6-pt footers. It only says where lines are; tesseract reads them.

Its weights ship inside the `rapidocr` wheel; nothing is fetched at run time.
The session is made once per process and kept: loading costs more than a
page.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import threading
from pathlib import Path

import cv2
import numpy as np

from server.ocr import memory
from server.ocr.geometry import apply, flatten_matrix, page_size
from server.ocr.int8_detector import int8_detector

# The long edge the sheet is detected at: about 87 px an inch on a letter
# page, where an 8-pt footer is still found. Measured on the tune corpus,
# 1280 found the same values (0.853 against 0.835 of them, within a line's
# reading noise) for a third more time.
DETECT_EDGE = 960
# DB's probability threshold for a pixel of text, and the mean probability a
# region needs to count as a line (the wheel's own defaults).
PIXEL_THRESHOLD = 0.3
BOX_THRESHOLD = 0.5
# How far the shrunk text kernel is grown back to the line's extent.
UNCLIP_RATIO = 1.6
MIN_SIDE = 3
# Threads the detector runs on: the page waits for it, and nothing else runs meanwhile.
THREADS = max(1, min(2, os.cpu_count() or 1))
DETECTOR_FILE = "PP-OCRv6_det_small.onnx"
# The detector is run with its weights in 8 bits (int8_detector.py): three
# times as fast, and it finds the wheel's lines but about two in a hundred
# (cut in two, or two joined). False runs the wheel's own.
INT8 = True
CLASSIFIER_FILE = "ch_ppocr_mobile_v2.0_cls_mobile.onnx"

Quad = np.ndarray  # 4×2 float32: top-left, top-right, bottom-right, bottom-left

_lock = threading.Lock()


def model_path(name: str) -> Path:
    """A model file inside the installed rapidocr package (without importing it)."""
    spec = importlib.util.find_spec("rapidocr")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the rapidocr package (text-line detector weights) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "models" / name
    if not path.exists():
        raise RuntimeError(f"the rapidocr package has no {name}")
    return path


@functools.cache
def _session(name: str | Path):
    """A session of a model in the rapidocr package (by its file name) or of
    a model file of our own (by its path)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = THREADS
    options.inter_op_num_threads = 1
    # Idle threads sleep instead of spinning: on a busy server a spinning
    # thread burns a core other work is waiting for.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    # Measured on a 1280 px page: the arena with no precomputed memory
    # pattern peaks lowest (about 200 MB over the loaded model; without the
    # arena, or with the pattern, 370-580 MB).
    options.enable_cpu_mem_arena = True
    options.enable_mem_pattern = False
    options.log_severity_level = 3
    path = name if isinstance(name, Path) else model_path(name)
    return ort.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])


def session(name: str | Path = DETECTOR_FILE):
    with _lock:
        return _session(name)


def detector_input(rgb: np.ndarray, edge: int = DETECT_EDGE) -> tuple[np.ndarray, float, float]:
    """The network's input tensor and the factors from its pixels back to `rgb`'s."""
    h, w = rgb.shape[:2]
    scale = min(1.0, edge / max(h, w)) if max(h, w) > edge else edge / max(h, w)
    nh, nw = (max(32, round(h * scale / 32) * 32), max(32, round(w * scale / 32) * 32))
    small = cv2.resize(
        rgb, (nw, nh), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    )
    if small.ndim == 2:
        small = cv2.cvtColor(small, cv2.COLOR_GRAY2RGB)
    tensor = (small.astype(np.float32) / 255.0 - 0.5) / 0.5
    return tensor.transpose(2, 0, 1)[None], w / nw, h / nh


def probability_map(rgb: np.ndarray, edge: int = DETECT_EDGE) -> tuple[np.ndarray, float, float]:
    """The detector's text probability per pixel: the one onnxruntime call.

    The whole view is run at once: cut into bands, the network sees blank
    paper without the text around it and marks it as text.
    """
    tensor, sx, sy = detector_input(rgb, edge)
    net = session(int8_detector() if INT8 else DETECTOR_FILE)
    (out,) = net.run(None, {net.get_inputs()[0].name: tensor}, shrink_arena())
    return out[0, 0], sx, sy


def shrink_arena():
    import onnxruntime as ort

    # The arena's blocks go back to the system after each run: a page's
    # working memory (about 200 MB at 1280 px) is not kept between pages.
    options = ort.RunOptions()
    options.add_run_config_entry("memory.enable_memory_arena_shrinkage", "cpu:0")
    return options


def quads_from_map(prob: np.ndarray, sx: float, sy: float) -> list[tuple[Quad, float]]:
    """Each line's rotated rectangle in the input's pixels, with its score."""
    mask = cv2.dilate((prob > PIXEL_THRESHOLD).astype(np.uint8), np.ones((2, 2), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for contour in contours:
        rect = cv2.minAreaRect(contour)
        if min(rect[1]) < MIN_SIDE:
            continue
        score = _mean_inside(prob, contour)
        if score < BOX_THRESHOLD:
            continue
        grown = _unclip(rect)
        if min(grown[1]) < MIN_SIDE + 2:
            continue
        quad = order_quad(cv2.boxPoints(grown))
        quad[:, 0] *= sx
        quad[:, 1] *= sy
        out.append((quad.astype(np.float32), score))
    return out


def _mean_inside(prob: np.ndarray, contour: np.ndarray) -> float:
    x, y, w, h = cv2.boundingRect(contour)
    mask = np.zeros((h, w), np.uint8)
    cv2.fillPoly(mask, [contour.reshape(-1, 2) - (x, y)], 1)
    return float(cv2.mean(prob[y : y + h, x : x + w], mask)[0])


def _unclip(rect) -> tuple:
    """Grow a rectangle by DB's offset: area × ratio / perimeter on every side."""
    (cx, cy), (w, h), angle = rect
    distance = w * h * UNCLIP_RATIO / max(1e-6, 2 * (w + h))
    return (cx, cy), (w + 2 * distance, h + 2 * distance), angle


def order_quad(points: np.ndarray) -> Quad:
    """Corners as top-left, top-right, bottom-right, bottom-left, the long side
    taken as the line's direction."""
    pts = np.asarray(points, np.float32)
    by_x = pts[np.argsort(pts[:, 0], kind="stable")]
    left = by_x[:2][np.argsort(by_x[:2, 1])]
    right = by_x[2:][np.argsort(by_x[2:, 1])]
    return np.array([left[0], right[0], right[1], left[1]], np.float32)


def detect_lines(rgb: np.ndarray, edge: int = DETECT_EDGE) -> list[tuple[Quad, float]]:
    prob, sx, sy = probability_map(rgb, edge)
    return quads_from_map(prob, sx, sy)


def detect_in(gray: np.ndarray, region: np.ndarray | None = None) -> tuple[list[Quad], bool]:
    """Lines in `gray`, in its pixels: all of it, or only the quadrilateral
    `region` (the sheet), squared up first so the detector's pixels go to the
    page rather than the desk. Also whether a line runs into the region's
    edge: then the region cut through the print and was not the sheet."""
    h, w = gray.shape
    corners = np.float64(region if region is not None else [[0, 0], [w, 0], [w, h], [0, h]])
    width, height = page_size(corners)
    # Never above the photo's own pixels: a small photo gains nothing from it.
    scale = min(1.0, DETECT_EDGE / max(width, height, 1.0))
    # Shrink first: a perspective warp samples, and would alias fine print.
    pre = min(1.0, scale * 1.5)
    small = cv2.resize(
        gray, (max(1, round(w * pre)), max(1, round(h * pre))), interpolation=cv2.INTER_AREA
    )
    size = (max(32, round(width * scale)), max(32, round(height * scale)))
    to_view = flatten_matrix(corners * pre, *size)
    view = cv2.warpPerspective(
        small, to_view, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    back = np.linalg.inv(to_view @ np.diag([pre, pre, 1.0]))
    # What the last page freed is still held by the allocator: given back
    # first, the detector's working memory comes on top of what is in use,
    # not of the last page's peak.
    memory.release()
    in_view = [q for q, _ in detect_lines(view, max(size))]
    memory.release()
    cut_short = any(_at_edge(q, size) for q in in_view)
    return [apply(back, q).astype(np.float32) for q in in_view], cut_short


def _at_edge(quad: Quad, size: tuple[int, int]) -> bool:
    xs, ys = quad[:, 0], quad[:, 1]
    return bool(
        xs.min() <= 1 or ys.min() <= 1 or xs.max() >= size[0] - 2 or ys.max() >= size[1] - 2
    )
