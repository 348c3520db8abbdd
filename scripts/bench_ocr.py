"""Benchmark OCR on generated phone photos: accuracy, time, memory, and plain tesseract.

    python scripts/bench_ocr.py --count 40 --seed 11
    python scripts/bench_ocr.py --samples samples/   # an existing make_samples.py set

Targets (DESIGN §5 / issue 4): all six fields right on >= 97 % of photos;
median <= 2.0 s per 12-MP photo on 2 cores and faster than plain tesseract on
the same file; peak memory <= 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.ocr.models import FIELD_NAMES  # noqa: E402
from server.ocr.pipeline import extract_document  # noqa: E402


def plain_tesseract(path: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        ["tesseract", str(path), "-", "-l", "eng"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def generate_and_measure(args: argparse.Namespace, argv: list[str]) -> int:
    """Draw the samples in one child, then measure in another.

    The measuring process's children are then only tesseract runs, so its
    RUSAGE_CHILDREN peak is tesseract's and not the generator's (drawing
    12-MP photos takes several hundred MB).
    """
    with tempfile.TemporaryDirectory(prefix="ceclog-bench-") as tmp:
        root = Path(tmp)
        generate = [sys.executable, str(Path(__file__).parent / "make_samples.py")]
        generate += ["--count", str(args.count), "--out", str(root), "--seed", str(args.seed)]
        subprocess.run(generate, check=True, stderr=subprocess.DEVNULL)
        measure = [sys.executable, __file__, *argv, "--samples", str(root)]
        return subprocess.run(measure).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, help="a directory made by make_samples.py")
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--no-plain", action="store_true", help="skip the plain tesseract runs")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)

    if args.samples is None:
        return generate_and_measure(args, argv or sys.argv[1:])
    root = args.samples
    manifest = json.loads((root / "manifest.json").read_text())

    right = {name: 0 for name in (*FIELD_NAMES, "kind")}
    all_right, seconds, wrong_dates = 0, [], 0
    tracemalloc.start()
    for truth in manifest:
        data = (root / truth["file"]).read_bytes()
        started = time.perf_counter()
        result = extract_document(data)
        seconds.append(time.perf_counter() - started)
        got = {k: v.value for k, v in result.fields.items()}
        misses = [k for k in FIELD_NAMES if got.get(k) != truth["fields"].get(k)]
        for name in FIELD_NAMES:
            right[name] += name not in misses
        right["kind"] += result.kind == truth["kind"]
        wrong_dates += "completion_date" in misses and "completion_date" in got
        all_right += not misses and result.kind == truth["kind"]
        if args.verbose and misses:
            print(
                truth["file"],
                truth["template"],
                truth["form"],
                f"turns={truth['turns']}",
                f"exif={truth['exif']}",
                [(k, truth["fields"].get(k), got.get(k)) for k in misses],
                file=sys.stderr,
            )
    _, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_tesseract = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    n = len(manifest)
    print(f"samples: {n} ({root})")
    for name, count in right.items():
        print(f"  {name:<16} {count / n:7.1%}")
    print(f"  {'all six + kind':<16} {all_right / n:7.1%}")
    print(f"completion date present but wrong: {wrong_dates}")
    print(
        f"seconds per file: median {statistics.median(seconds):.2f}  "
        f"p90 {percentile(seconds, 0.9):.2f}  max {max(seconds):.2f}"
    )
    # A child's peak RSS on Linux starts from the parent's at fork, so the
    # tesseract figure is an upper bound.
    print(
        f"peak memory: python heap {python_peak / 2**20:.0f} MB, process RSS {rss_self:.0f} MB, "
        f"largest tesseract process RSS <= {rss_tesseract:.0f} MB"
    )

    if not args.no_plain:
        default_env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
        one_thread = {**default_env, "OMP_THREAD_LIMIT": "1"}
        for label, env in (
            ("plain tesseract", default_env),
            ("plain tesseract, OMP_THREAD_LIMIT=1", one_thread),
        ):
            plain = [plain_tesseract(root / t["file"], env) for t in manifest]
            ratio = statistics.median(seconds) / statistics.median(plain)
            print(
                f"{label}: median {statistics.median(plain):.2f} s  "
                f"p90 {percentile(plain, 0.9):.2f} s  -> ours/plain {ratio:.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
