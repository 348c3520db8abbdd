"""Benchmark the reading stage: is every printed value in the page text, how fast, how big.

    python scripts/bench_reading.py build/corpus/tune
    python scripts/bench_reading.py build/samples --reader pipeline -v
    python scripts/bench_reading.py build/corpus/tune --set server.ocr.detect.DETECT_EDGE=960
    python scripts/bench_reading.py     # as `make bench` runs it: the held-out part, 2 a family

A folder holds either make_samples.py output (manifest.json) or a corpus
(`<id>.truth.json` beside each file). Text recall counts the truth values of
holder_name, course_title, provider, completion_date and hours that appear
anywhere in the text read, as printed: a date counts when its year, day and
month (number or name) stand near one another, whatever the spelling.
Time is seconds per file against plain `tesseract FILE -` on the same files
in the same run; memory is the peak resident size of this process plus its
children, sampled while reading.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import threading
import time
import unicodedata
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

HELDOUT = Path(__file__).resolve().parent.parent / "build" / "corpus" / "heldout"
FIELDS = ("holder_name", "course_title", "provider", "completion_date", "hours")
MONTHS = (
    "jan feb mar apr may jun jul aug sep oct nov dec".split(),
    "january february march april may june july august september october november december".split(),
)


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    text = (
        text.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u2013", "-")
        .replace("\u2014", "-")
    )
    return " ".join(text.split())


def hours_found(hours: float, text: str) -> bool:
    printed = f"{hours:g}"
    forms = {printed, f"{hours:.1f}", f"{hours:.2f}", printed.replace(".", ",")}
    return any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d])", text) for f in forms)


def date_found(iso: str, text: str) -> bool:
    """The date's year, day and month (as a number or a name) within a few words."""
    d = date.fromisoformat(iso)
    names = {MONTHS[0][d.month - 1], MONTHS[1][d.month - 1]}
    for match in re.finditer(rf"(?<!\d)({d.year}|{d.year % 100:02d})(?!\d)", text):
        near = text[max(0, match.start() - 40) : match.start()] + " " + text[match.end() :][:40]
        tokens = re.findall(r"[a-z]+|\d+", near)
        days = [i for i, t in enumerate(tokens) if t.isdigit() and int(t) == d.day]
        months = [
            i for i, t in enumerate(tokens) if t in names or (t.isdigit() and int(t) == d.month)
        ]
        if any(i != j for i in days for j in months):
            return True
    return False


def value_found(field: str, value, text: str) -> bool:
    if field == "hours":
        return hours_found(float(value), text)
    if field == "completion_date":
        return date_found(str(value), text)
    return normalize(str(value)) in text


def load_cases(root: Path) -> list[tuple[Path, dict, str]]:
    """(file, {field: [the value, its printed form]}, medium) for every file with its truth."""
    if (root / "manifest.json").exists():
        manifest = json.loads((root / "manifest.json").read_text())
        return [
            (root / t["file"], {k: [v] for k, v in t["fields"].items() if k in FIELDS}, t["form"])
            for t in manifest
        ]
    cases = []
    for truth_path in sorted(root.rglob("*.truth.json")):
        truth = json.loads(truth_path.read_text())
        if "file" not in truth:
            continue  # drawn as browser lines only: nothing to read
        values = truth.get("fields", truth)
        printed = truth.get("printed") or {}
        wanted = {}
        for field in FIELDS:
            if values.get(field) not in (None, ""):
                # A date or hours are matched by value; text as printed or as typed.
                forms = [values[field]]
                if field not in ("completion_date", "hours") and printed.get(field):
                    forms.insert(0, printed[field])
                wanted[field] = forms
        cases.append((truth_path.parent / truth["file"], wanted, truth.get("media", "")))
    return cases


def first_of_each_folder(cases: list, count: int) -> list:
    taken: dict[Path, int] = {}
    out = []
    for case in cases:
        folder = case[0].parent
        if taken.get(folder, 0) < count:
            taken[folder] = taken.get(folder, 0) + 1
            out.append(case)
    return out


class PeakMemory:
    """Peak resident size of this process and all its descendants, sampled from /proc."""

    def __init__(self, interval: float = 0.03) -> None:
        self.interval = interval
        self.peak = 0
        self.cpu = 0.0  # the sampler's own CPU seconds, taken out of the reader's
        self.active = True  # sampling counts only while set: plain runs are not ours
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            if self.active:
                started = time.thread_time()
                self.peak = max(self.peak, tree_rss(os.getpid()))
                self.cpu += time.thread_time() - started
            self._stop.wait(self.interval)


def tree_rss(pid: int) -> int:
    """Resident bytes of the process and its descendants.

    A child caught between fork and exec still runs the parent's program in
    the parent's memory; counting it would count the parent twice, so only
    children running another program count.
    """
    own = Path(f"/proc/{pid}/comm").read_text()
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            if p != pid and Path(f"/proc/{p}/comm").read_text() == own:
                continue
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


def reader(name: str):
    """A function from (bytes, media type) to the page text."""
    if name == "pipeline":
        from server.ocr.pipeline import extract_document

        return lambda data, media: extract_document(data, media).text
    from server.ocr.layout import page_text
    from server.ocr.reading import read_document

    return lambda data, media: page_text(read_document(data, media).lines)


def apply_settings(settings: list[str]) -> None:
    """`module.NAME=value` overrides a module constant, for trying options."""
    apply(parsed_settings(settings))


def parsed_settings(settings: list[str]) -> dict[tuple[str, str], object]:
    """`module.NAME=JSON` settings as {(module, NAME): value}."""
    out = {}
    for setting in settings:
        target, value = setting.split("=", 1)
        module, name = target.rsplit(".", 1)
        out[(module, name)] = json.loads(value)
    return out


def apply(values: dict[tuple[str, str], object]) -> None:
    for (module, name), value in values.items():
        setattr(importlib.import_module(module), name, value)


def cpu_seconds() -> float:
    """CPU time of this process and its finished children: unlike the clock,
    it does not grow when other work shares the machine."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def plain_tesseract(path: Path) -> tuple[float, float]:
    """Seconds and CPU seconds of `tesseract FILE -`."""
    started, cpu = time.perf_counter(), cpu_seconds()
    subprocess.run(
        ["tesseract", str(path), "-"], check=False, capture_output=True, env=os.environ.copy()
    )
    return time.perf_counter() - started, cpu_seconds() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder",
        type=Path,
        nargs="?",
        help="default: the corpus's held-out part (as bench_ocr.py draws it), 2 a family",
    )
    parser.add_argument(
        "--reader",
        default="reading",
        choices=["reading", "pipeline", "dump"],
        help="dump: score the texts an earlier run wrote with --dump, without reading",
    )
    parser.add_argument("--set", action="append", default=[], metavar="MODULE.NAME=JSON")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--per-family", type=int, default=0, help="the first N of each folder")
    parser.add_argument("--no-plain", action="store_true")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--dump", type=Path, help="write each file's text here")
    args = parser.parse_args(argv)
    if args.folder is None:
        args.folder = HELDOUT
        args.per_family = args.per_family or 2
    if not args.folder.is_dir():
        parser.error(f"{args.folder}: no such folder (draw the corpus: scripts/make_corpus.py)")

    from server.documents.sniff import sniff_media_type

    cases = load_cases(args.folder)
    if args.per_family:
        cases = first_of_each_folder(cases, args.per_family)
    cases = cases[: args.limit or None]
    read = reader(args.reader) if args.reader != "dump" else None
    apply_settings(args.set)
    found = {f: [0, 0] for f in FIELDS}
    by_medium: dict[str, list[int]] = {}
    seconds: list[float] = []
    cpu: list[float] = []
    plain: list[float] = []
    plain_cpu: list[float] = []
    with PeakMemory() as memory:
        for path, truth, medium in cases:
            data = path.read_bytes()
            started, cpu_started = time.perf_counter(), cpu_seconds() - memory.cpu
            if args.reader == "dump":
                dumped = args.dump / f"{path.stem}.txt"
                raw = dumped.read_text() if dumped.exists() else ""
            else:
                raw = read(data, sniff_media_type(data))
            text = normalize(raw)
            seconds.append(time.perf_counter() - started)
            cpu.append(cpu_seconds() - memory.cpu - cpu_started)
            if args.dump and args.reader != "dump":
                args.dump.mkdir(parents=True, exist_ok=True)
                (args.dump / f"{path.stem}.txt").write_text(raw)
            if not args.no_plain:
                # Right after ours, so both see the same load on the machine.
                memory.active = False
                wall, used = plain_tesseract(path)
                plain.append(wall)
                plain_cpu.append(used)
                memory.active = True
            missed = []
            for field, forms in truth.items():
                ok = any(value_found(field, form, text) for form in forms)
                found[field][0] += ok
                found[field][1] += 1
                by_medium.setdefault(medium, [0, 0])[0] += ok
                by_medium[medium][1] += 1
                if not ok:
                    missed.append(f"{field}={forms[0]!r}")
            if args.verbose:
                status = "ok" if not missed else "MISSED " + "; ".join(missed)
                vs = f" cpu {cpu[-1]:.2f}" + (
                    f" (plain {plain[-1]:.2f}s cpu {plain_cpu[-1]:.2f})" if plain else ""
                )
                print(f"{path.name} {medium} {seconds[-1]:.2f}s{vs}  {status}", file=sys.stderr)

    hits = sum(h for h, _ in found.values())
    total = sum(n for _, n in found.values())
    print(f"files: {len(cases)} ({args.folder}) reader={args.reader} {' '.join(args.set)}")
    print(f"text recall: {hits / max(1, total):.3f} ({hits}/{total})")
    for field, (h, n) in found.items():
        print(f"  {field:<16} {h / max(1, n):.3f} ({h}/{n})")
    for medium, (h, n) in sorted(by_medium.items()):
        print(f"  medium {medium or '-':<9} {h / max(1, n):.3f} ({h}/{n})")
    print(
        f"seconds per file: median {statistics.median(seconds):.2f}  "
        f"mean {statistics.mean(seconds):.2f}  max {max(seconds):.2f}  first {seconds[0]:.2f}"
    )
    print(f"CPU seconds per file: median {statistics.median(cpu):.2f}")
    print(f"peak RSS, process + children: {memory.peak / 2**20:.0f} MB")
    if plain:
        ratios = [ours / theirs for ours, theirs in zip(seconds, plain, strict=True)]
        print(
            f"plain tesseract: median {statistics.median(plain):.2f} s -> ours/plain: "
            f"of medians {statistics.median(seconds) / statistics.median(plain):.2f}, "
            f"median per file {statistics.median(ratios):.2f}"
        )
        print(
            f"plain tesseract CPU: median {statistics.median(plain_cpu):.2f} s -> ours/plain "
            f"{statistics.median(cpu) / statistics.median(plain_cpu):.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
