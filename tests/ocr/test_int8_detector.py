"""PP-OCR's text-line detector in 8-bit integers: the lines the wheel's own finds."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from server.ocr import detect
from server.ocr.int8_detector import build_int8_detector
from tests.ocr.drawn import page, photo
from tests.ocr.installed import written_at_install

SHEET = page(
    [
        ("Certificate of Completion", 80),
        ("This certifies that", 30),
        ("Marisol Okonkwo-Lindqvist", 64),
        ("has completed Applied Structural Drying", 30),
        ("IICRC Approved Course No. 8841  ·  14 CEC hours", 22),
        ("Completed on 12 March 2026", 22),
        ("Approval valid through the renewal cycle; keep this certificate with your records", 18),
    ],
    band="Northern Restoration Academy",
)


def _lines(gray: np.ndarray, int8: bool, monkeypatch) -> list[np.ndarray]:
    monkeypatch.setattr(detect, "INT8", int8)
    return [quad for quad, _ in detect.detect_lines(gray)]


def _overlap(a: np.ndarray, b: np.ndarray) -> float:
    """Intersection over union of two quads' upright boxes."""
    (ax0, ay0), (ax1, ay1) = a.min(axis=0), a.max(axis=0)
    (bx0, by0), (bx1, by1) = b.min(axis=0), b.max(axis=0)
    w, h = min(ax1, bx1) - max(ax0, bx0), min(ay1, by1) - max(ay0, by0)
    inter = max(0.0, w) * max(0.0, h)
    return inter / ((ax1 - ax0) * (ay1 - ay0) + (bx1 - bx0) * (by1 - by0) - inter)


@pytest.mark.parametrize("source", ["flat", "photo"])
def test_the_8_bit_detector_finds_every_line_the_wheels_own_finds(source, monkeypatch) -> None:
    if source == "flat":
        gray = np.asarray(SHEET.convert("L"))
    else:
        gray = np.asarray(Image.open(io.BytesIO(photo(SHEET))).convert("L"))
    wheels, int8 = _lines(gray, False, monkeypatch), _lines(gray, True, monkeypatch)
    # The band's white letters, the display lines and the 14 px footer alike.
    assert len(wheels) >= 8
    assert len(int8) == len(wheels)
    for quad in wheels:
        assert max(_overlap(quad, other) for other in int8) > 0.8


def test_the_8_bit_detector_is_written_whole_and_readable_by_all(tmp_path: Path) -> None:
    dest = written_at_install(build_int8_detector, tmp_path / "models" / "det.onnx")
    net = detect.session(dest)
    view = cv2.cvtColor(np.asarray(SHEET.convert("L")), cv2.COLOR_GRAY2RGB)
    tensor, _, _ = detect.detector_input(view)
    (out,) = net.run(None, {net.get_inputs()[0].name: tensor})
    assert out.shape[-2:] == tensor.shape[-2:]
    assert ((out > detect.PIXEL_THRESHOLD).mean()) > 0.01  # it marks the page's text


def test_without_its_ranges_the_8_bit_detector_says_how_to_measure_them(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="fit_detector_ranges.py"):
        build_int8_detector(tmp_path / "det.onnx", ranges=tmp_path / "nowhere.json")
    assert not (tmp_path / "det.onnx").exists()
