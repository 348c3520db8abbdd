"""Two settings of the reading stage timed file by file, one right after the other.

    python scripts/bench_paired.py build/corpus/tune --per-family 1 --limit 24 \\
        --a server.ocr.recognise.BATCH_WIDTH=1500 --b server.ocr.recognise.BATCH_WIDTH=800

Two runs of one and the same reader differ by up to 10 % in median time on a
busy two-core machine, more than most changes worth trying save. Here each
file is read with setting A and with setting B in one process, one right
after the other (A first on even files, B first on odd), so both see the same
load; the comparison is the median of the per-file ratios B/A, with its
quartiles. It also says on how many files the two page texts differ: a
change meant only for speed should read the same. Memory is not compared
(one process holds both); bench_reading.py measures it, one setting a run.
A setting is `module.NAME=JSON`, as bench_reading.py --set takes it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from bench_reading import (  # noqa: E402
    apply,
    cpu_seconds,
    first_of_each_folder,
    load_cases,
    parsed_settings,
    reader,
)


def current(keys) -> dict[tuple[str, str], object]:
    return {(m, n): getattr(importlib.import_module(m), n) for m, n in keys}


def quartiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) < 2:
        return values[0], values[0], values[0]
    low, middle, high = statistics.quantiles(values, n=4)
    return low, middle, high


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--a", action="append", default=[], metavar="MODULE.NAME=JSON")
    parser.add_argument("--b", action="append", default=[], metavar="MODULE.NAME=JSON")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--per-family", type=int, default=0, help="the first N of each folder")
    parser.add_argument("--media", nargs="+", help="only these media (photo, scan, text_pdf …)")
    args = parser.parse_args(argv)
    if not args.a and not args.b:
        parser.error("give at least one --a or --b setting")

    from server.documents.sniff import sniff_media_type

    cases = load_cases(args.folder)
    if args.per_family:
        cases = first_of_each_folder(cases, args.per_family)
    if args.media:
        cases = [c for c in cases if c[2] in args.media]
    cases = cases[: args.limit or None]
    if not cases:
        print("no files to read", file=sys.stderr)
        return 1
    read = reader("reading")
    a, b = parsed_settings(args.a), parsed_settings(args.b)
    base = current({*a, *b})
    variants = {"A": base | a, "B": base | b}
    # The models load on the first read: not on either setting's clock.
    read(cases[0][0].read_bytes(), None)

    seconds: dict[str, list[float]] = {"A": [], "B": []}
    cpu: dict[str, list[float]] = {"A": [], "B": []}
    differ = []
    for i, (path, _, _) in enumerate(cases):
        data = path.read_bytes()
        media = sniff_media_type(data)
        texts = {}
        for name in ("A", "B") if i % 2 == 0 else ("B", "A"):
            apply(variants[name])
            started, cpu_started = time.perf_counter(), cpu_seconds()
            texts[name] = read(data, media)
            seconds[name].append(time.perf_counter() - started)
            cpu[name].append(cpu_seconds() - cpu_started)
        if texts["A"] != texts["B"]:
            differ.append(path.name)
    apply(base)

    ratios = [y / x for x, y in zip(seconds["A"], seconds["B"], strict=True)]
    low, middle, high = quartiles(ratios)
    print(f"files: {len(cases)} ({args.folder})")
    for name, given in (("A", args.a), ("B", args.b)):
        print(
            f"  {name} {' '.join(given) or '(as the code has it)'}: median "
            f"{statistics.median(seconds[name]):.2f} s, total {sum(seconds[name]):.1f} s, "
            f"CPU median {statistics.median(cpu[name]):.2f} s"
        )
    print(f"B/A per file: median {middle:.3f} (quartiles {low:.3f}-{high:.3f})")
    print(f"page text differs on {len(differ)} of {len(cases)} files" + (":" if differ else ""))
    for name in differ[:20]:
        print(f"  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
