"""PP-OCR's recogniser cut to the letters certificates here are printed in.

The network shipped in the rapidocr wheel ends in a layer that scores every
column against 18,710 letters, most of them Chinese: a sixth of its time
and 75 KB of output a column, for letters no certificate here prints and
that come out only as noise (a "一" read from a rule, a "【" from a border).
The same network with that layer cut to the letters before the CJK blocks
(Latin with its accents, Greek, Cyrillic, digits, punctuation and symbols:
1,748 of them) reads the same print with the same weights. It is written
once at install (`make model`; the first use does it otherwise), with the
letters it keeps in its metadata as the wheel's model has them.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import numpy as np

from server.files import written_beside

SOURCE_FILE = "PP-OCRv6_rec_small.onnx"
MODEL_FILE = Path(sys.prefix) / "share" / "ceclog" / "models" / "PP-OCRv6_rec_latin.onnx"
# The first code point of the CJK blocks (radicals, kana, ideographs, Hangul,
# full-width forms all come after it).
CJK_START = 0x2E80
# The layer that scores the columns, and the metadata entry naming its letters.
WEIGHTS, BIAS = "linear_8.w_0", "linear_8.b_0"
LETTERS = "character"


def kept(letters: list[str]) -> list[int]:
    """Indices into the network's output (0 the blank, then `letters`, then
    the space) of the outputs kept."""
    inner = [i + 1 for i, c in enumerate(letters) if c and ord(c[0]) < CJK_START]
    return [0, *inner, len(letters) + 1]


def build_latin_recogniser(dest: Path = MODEL_FILE) -> Path:
    """Write the cut model to `dest`, whole or not at all."""
    import onnx
    from onnx import numpy_helper

    from server.ocr.detect import model_path

    model = onnx.load(str(model_path(SOURCE_FILE)))
    meta = {p.key: p for p in model.metadata_props}
    letters = meta[LETTERS].value.splitlines()
    keep = kept(letters)
    found = set()
    for init in model.graph.initializer:
        if init.name in (WEIGHTS, BIAS):
            values = numpy_helper.to_array(init)
            values = values[:, keep] if values.ndim == 2 else values[keep]
            init.CopyFrom(numpy_helper.from_array(np.ascontiguousarray(values), init.name))
            found.add(init.name)
    if found != {WEIGHTS, BIAS}:
        raise RuntimeError(f"{SOURCE_FILE} has no output layer named {WEIGHTS}")
    model.graph.output[0].type.tensor_type.shape.dim[-1].dim_value = len(keep)
    meta[LETTERS].value = "\n".join(letters[i - 1] for i in keep[1:-1])
    # Two first uses at once each write a file of their own; the last in wins.
    with written_beside(dest) as partial:
        onnx.save(model, str(partial))
    return dest


@functools.cache
def latin_recogniser() -> Path:
    """The cut model's file, written first if it is not there yet (looked
    for once a process, not for every batch of lines)."""
    if not MODEL_FILE.is_file():
        build_latin_recogniser(MODEL_FILE)
    return MODEL_FILE
