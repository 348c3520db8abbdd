"""PP-OCR's text-line detector with its weights and activations in 8-bit integers.

The detector is the reader's costliest step after the line readers: about
0.35 s a page at 960 px on two cores, with nothing else running meanwhile.
Its convolutions in 8-bit integers (onnxruntime's static quantization, one
scale per output channel of each weight) run three times as fast on the
same cores and mark the same pixels as text but about 1.5 in a thousand.
Activations need their range known before the run: it was measured once
over the detector's inputs on tuning pages (`scripts/fit_detector_ranges.py`)
and is kept beside this file, so the model is written the same from the
wheel's weights on every machine, at install (`make model`) or at first use.
"""

from __future__ import annotations

import functools
import sys
import tempfile
from pathlib import Path

from server.files import written_beside

MODEL_FILE = Path(sys.prefix) / "share" / "ceclog" / "models" / "PP-OCRv6_det_int8.onnx"
# Each activation's lowest and highest value over the tuning pages' detector inputs.
RANGES_FILE = Path(__file__).with_name("detector_ranges.json")
# The stem stays in floating point: the first convolutions see the page's
# finest detail, and in 8 bits they broke a long line of small print in two
# (a 10 px footer, its middle lost), for no time saved.
FLOAT_NODES = ["Conv.0", "Relu.0", "MaxPool.0", "Conv.1"]


def prepared(dest: Path) -> Path:
    """The wheel's detector, its graph folded as the quantizer expects
    (constant shapes, batch norms in the convolutions), written to `dest`:
    the ranges are named after this graph's tensors."""
    from onnxruntime.quantization.shape_inference import quant_pre_process

    from server.ocr.detect import DETECTOR_FILE, model_path

    quant_pre_process(str(model_path(DETECTOR_FILE)), str(dest), skip_symbolic_shape=True)
    return dest


def quantize(source: Path, dest: Path, ranges: Path | None = None, reader=None) -> None:
    """`source` quantized into `dest`: with the activation ranges in
    `ranges` when the file is there, else measured on what `reader` gives
    (and then written to `ranges`)."""
    from onnxruntime.quantization import CalibrationMethod, QuantFormat, QuantType, quantize_static

    quantize_static(
        str(source),
        str(dest),
        reader,
        quant_format=QuantFormat.QOperator,
        activation_type=QuantType.QUInt8,
        weight_type=QuantType.QInt8,
        per_channel=True,
        calibrate_method=CalibrationMethod.MinMax,
        calibration_cache_path=str(ranges) if ranges is not None else None,
        nodes_to_exclude=FLOAT_NODES,
    )


def build_int8_detector(dest: Path = MODEL_FILE, ranges: Path = RANGES_FILE) -> Path:
    """Write the 8-bit detector to `dest`, whole or not at all."""
    if not ranges.is_file():
        raise RuntimeError(f"no activation ranges at {ranges} (scripts/fit_detector_ranges.py)")
    with tempfile.TemporaryDirectory() as work:
        source = prepared(Path(work) / "prepared.onnx")
        # Two first uses at once each write a file of their own; the last in wins.
        with written_beside(dest) as partial:
            quantize(source, partial, ranges)
    return dest


@functools.cache
def int8_detector() -> Path:
    """The 8-bit detector's file, written first if it is not there yet
    (looked for once a process)."""
    if not MODEL_FILE.is_file():
        build_int8_detector(MODEL_FILE)
    return MODEL_FILE
