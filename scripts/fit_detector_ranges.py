"""Measure the text-line detector's activation ranges on tuning pages, for
its 8-bit model (server/ocr/int8_detector.py).

    python scripts/fit_detector_ranges.py            # writes server/ocr/detector_ranges.json
    python scripts/fit_detector_ranges.py --check    # the 8-bit model against the float one

The detector's inputs are recorded while the reading stage reads a spread of
the corpus's tuning part (every sixth family: its first file and one of
another medium), so the ranges are those of real pages as the reader feeds
them: photos, scans and scanned PDFs, whole and around the sheet. The held-out
part is never read. `--check` compares the two models' text masks on the
first file of a third of the tuning families the ranges were not measured on.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from tune_extraction import documents, has_media  # noqa: E402

from server.ocr import detect, int8_detector, reading  # noqa: E402

# Every this many tuning families lends the ranges its pages.
EVERY = 6


def spread(corpus: Path, measured: bool = True) -> list[Path]:
    """The tuning files the ranges are measured on (or, not `measured`, the
    first file of every third family of the others)."""
    files = [p for p, _, _ in documents(corpus, "tune") if has_media(p)]
    families = sorted({p.parent.name for p in files})
    chosen_families = set(families[1::EVERY])
    if not measured:
        others = [f for f in families if f not in chosen_families]
        files = [p for p in files if p.parent.name in set(others[::3])]
    out: list[Path] = []
    for path in files:
        family = path.parent.name
        if (family in chosen_families) != measured:
            continue
        mine = [p for p in out if p.parent.name == family]
        if not mine or (measured and len(mine) == 1 and mine[0].suffix != path.suffix):
            out.append(path)
    return out


def detector_inputs(files: list[Path]) -> list[np.ndarray]:
    """Every input the reading stage gives the detector while reading `files`
    with the wheel's own detector."""
    seen: list[np.ndarray] = []
    original, int8 = detect.detector_input, detect.INT8

    def recorded(*args, **kwargs):
        result = original(*args, **kwargs)
        seen.append(result[0].astype(np.float16))  # half the memory; the ranges do not notice
        return result

    detect.detector_input, detect.INT8 = recorded, False
    try:
        for path in files:
            reading.read_document(path.read_bytes())
    finally:
        detect.detector_input, detect.INT8 = original, int8
    return seen


def fit(corpus: Path, dest: Path) -> None:
    from onnxruntime.quantization import CalibrationDataReader

    files = spread(corpus)
    started = time.perf_counter()
    inputs = detector_inputs(files)
    print(f"{len(inputs)} detector inputs from {len(files)} tuning files", file=sys.stderr)

    class Inputs(CalibrationDataReader):
        def __init__(self, name: str) -> None:
            self.name, self.left = name, iter(inputs)

        def get_next(self):
            tensor = next(self.left, None)
            return None if tensor is None else {self.name: tensor.astype(np.float32)}

    dest.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as work:
        source = int8_detector.prepared(Path(work) / "prepared.onnx")
        name = detect.session(source).get_inputs()[0].name
        int8_detector.quantize(source, Path(work) / "int8.onnx", dest, Inputs(name))
    dest.chmod(0o644)  # onnxruntime writes it for its owner alone
    print(f"wrote {dest} in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def check(corpus: Path) -> None:
    """How alike the two models mark text, and how fast each is, on pages
    the ranges were not measured on."""
    with tempfile.TemporaryDirectory() as work:
        int8 = int8_detector.build_int8_detector(Path(work) / "int8.onnx")
        inputs = detector_inputs(spread(corpus, measured=False))
        nets = {"float": detect.session(detect.DETECTOR_FILE), "int8": detect.session(int8)}
        maps, seconds = {}, {}
        for label, net in nets.items():
            started = time.perf_counter()
            name = net.get_inputs()[0].name
            maps[label] = [net.run(None, {name: x.astype(np.float32)})[0] for x in inputs]
            seconds[label] = (time.perf_counter() - started) / len(inputs)
    threshold = detect.PIXEL_THRESHOLD
    float_maps, int8_maps = maps["float"], maps["int8"]
    agree = [
        ((a > threshold) == (b > threshold)).mean()
        for a, b in zip(float_maps, int8_maps, strict=True)
    ]
    print(f"{len(inputs)} detector inputs")
    print(f"text mask alike: mean {np.mean(agree):.5f}, worst {min(agree):.5f}")
    print(f"seconds per input: float {seconds['float']:.3f}, int8 {seconds['int8']:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "build" / "corpus")
    parser.add_argument("--dest", type=Path, default=int8_detector.RANGES_FILE)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        check(args.corpus)
    else:
        fit(args.corpus, args.dest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
