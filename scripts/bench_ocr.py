"""Benchmark the OCR reader on the certificate corpus (scripts/corpus/).

    python scripts/bench_ocr.py                      # the held-out part: the honest number
    python scripts/bench_ocr.py --part tune --show-misses
    python scripts/bench_ocr.py --family NAME --limit 5 --jobs 2 --json out.json

Generates the corpus first when it is missing. Reports accuracy per field and
per family, fill precision, files with all five main fields right, kind
accuracy, reading recall (the printed value is somewhere in the read text),
a reliability table by confidence, seconds per file against plain tesseract
(with its own threads, and on the one thread the reader gives its own)
on the same image files, and peak memory.

Targets (DESIGN §5): all fields right on >= 97 % of certificates; median
<= 2.0 s per 12-MP photo on 2 cores and faster than plain tesseract; peak
memory <= 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# This checkout's server package, not an installed one (the venv may be an
# editable install of another worktree), and the corpus helpers beside us.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import score  # noqa: E402
from corpus.report import print_report  # noqa: E402

HERE = Path(__file__).resolve().parent
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png"}


def plain_tesseract(path: Path, threads: str | None = None) -> float:
    """Seconds `tesseract FILE -` takes: with its own OpenMP threads as
    installed (threads None), or limited as the project limits its own."""
    env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    if threads is not None:
        env["OMP_THREAD_LIMIT"] = threads
    started = time.perf_counter()
    subprocess.run(
        ["tesseract", str(path), "-", "-l", "eng"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def lean_model_built() -> bool:
    """Whether line crops will be read with the model the app reads them with.
    Without it the reader falls back to tesseract's whole Latin model, which
    loads its 89 MB word list for every batch of lines: slower, and not what
    `make run` serves."""
    from server.ocr.tesseract import LINE_MODEL, line_model

    if line_model()[1] is not None:
        return True
    print(
        f"refusing: the line model ({LINE_MODEL}.traineddata) is not built in this "
        "environment, so the timings and readings would not be the app's. Run `make model` "
        "(or `make bench`) first.",
        file=sys.stderr,
    )
    return False


def measure(truth_paths: list[Path], plain: bool, partial: Path | None = None) -> dict:
    """Read each file. Runs in its own process: its only children are tesseract."""
    from server.ocr.models import Extraction
    from server.ocr.pipeline import extract_document

    print(f"reader: {Path(sys.modules['server'].__file__).parent}", file=sys.stderr)

    results = []
    for truth_path in truth_paths:
        truth = json.loads(truth_path.read_text())
        path = truth_path.parent / truth["file"]
        started = time.perf_counter()
        try:
            got = extract_document(path.read_bytes())
        except Exception as exc:  # one unreadable file must not end the run
            print(f"error: {truth['id']}: {type(exc).__name__}: {str(exc)[:200]}", file=sys.stderr)
            got = Extraction(kind="error", fields={}, text="", seconds=0.0)
        seconds = time.perf_counter() - started
        fields = {}
        for name in score.ALL_FIELDS:
            value = got.fields.get(name)
            accept = truth["accept"].get(name)
            needle = truth["printed"].get(name) or truth[name]
            fields[name] = {
                "truth": truth[name],
                "got": value.value if value else None,
                "confidence": value.confidence if value else None,
                "outcome": score.outcome(name, truth[name], value.value if value else None, accept),
                "found": score.found_in_text(needle, got.text) if truth[name] is not None else None,
            }
        image = plain and path.suffix.lower() in IMAGE_EXTENSIONS
        results.append(
            {
                "id": truth["id"],
                "family": truth["family"],
                "media": truth["media"],
                "file": str(path),
                "kind": {"truth": truth["kind"], "got": got.kind},
                "seconds": round(seconds, 3),
                "plain_seconds": round(plain_tesseract(path), 3) if image else None,
                # The same on the one thread the reader's tesseract is given.
                "plain_seconds_project_threads": round(
                    plain_tesseract(path, os.environ.get("OMP_THREAD_LIMIT", "1")), 3
                )
                if image
                else None,
                "fields": fields,
                "text": got.text,  # kept so reading recall can be re-judged later
            }
        )
        if partial:  # a run stopped half-way still leaves what it measured
            with partial.open("a") as f:
                f.write(json.dumps(results[-1], ensure_ascii=False) + "\n")
    return {
        "results": results,
        "rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def ensure_corpus(args: argparse.Namespace) -> Path:
    """The part's drawn corpus, with every family the repository has drawn
    first: a family added since the last drawing is measured too."""
    from corpus.family import families

    root = args.corpus / args.part
    wanted = [f.name for f in families(args.part) if not args.family or f.name in args.family]
    missing = [name for name in wanted if not any((root / name).glob("*.truth.json"))]
    if missing:
        print(f"drawing {len(missing)} families not yet drawn at {root}", file=sys.stderr)
        only = [] if len(missing) == len(wanted) else [a for n in missing for a in ("--family", n)]
        subprocess.run(
            [
                sys.executable,
                str(HERE / "make_corpus.py"),
                "--out",
                str(args.corpus),
                "--part",
                args.part,
                "--seed",
                str(args.seed),
                "--per-family",
                str(args.per_family),
                "--jobs",
                "2",
                *only,
            ],
            check=True,
        )
    return root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["heldout", "tune"], default="heldout")
    parser.add_argument("--corpus", type=Path, default=Path("build/corpus"))
    parser.add_argument("--family", action="append", help="only these families (repeatable)")
    parser.add_argument("--limit", type=int, help="at most this many files")
    parser.add_argument("--jobs", type=int, default=1, help="measuring processes")
    parser.add_argument("--json", type=Path, help="write per-file results here")
    parser.add_argument("--show-misses", action="store_true", help="print each miss (tune part)")
    parser.add_argument(
        "--i-am-not-tuning", action="store_true", help="allow --show-misses on the held-out part"
    )
    parser.add_argument("--no-plain", action="store_true", help="skip plain tesseract")
    parser.add_argument("--seed", type=int, default=1, help="seed when generating")
    parser.add_argument("--per-family", type=int, default=8, help="size when generating")
    parser.add_argument(
        "--report",
        type=Path,
        nargs="+",
        help="print the report from saved per-file results (--json or .partial files)",
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure:  # a measuring child: a list of truth files in, results out
        listing = json.loads(args.measure.read_text())
        partial = Path(listing["partial"]) if listing.get("partial") else None
        out = measure([Path(p) for p in listing["files"]], listing["plain"], partial)
        Path(listing["out"]).write_text(json.dumps(out, ensure_ascii=False))
        return 0
    if args.show_misses and args.part == "heldout" and not args.i_am_not_tuning:
        print(
            "refusing: --show-misses on the held-out part shows its wordings and values, and "
            "whoever tunes the reader must not see them (scripts/corpus/README.md). Use "
            "--part tune, or add --i-am-not-tuning if you are only measuring.",
            file=sys.stderr,
        )
        return 2
    if not args.report and not lean_model_built():
        return 2
    if args.report:  # results saved by an earlier run, complete or not
        results = []
        for path in args.report:
            text = path.read_text()
            results += (
                json.loads(text)
                if text.lstrip().startswith("[")
                else [json.loads(line) for line in text.splitlines() if line.strip()]
            )
        print_report(
            sorted(results, key=lambda r: r["id"]),
            [],
            args.part,
            args.report[0],
            0,
            args.show_misses,
        )
        return 0

    root = ensure_corpus(args)
    paths = sorted(root.glob("*/*.truth.json"))
    # A certificate drawn as browser lines only has no picture to read.
    paths = [p for p in paths if "file" in json.loads(p.read_text())]
    if args.family:
        paths = [p for p in paths if p.parent.name in args.family]
    # A fixed shuffle: --limit and a run stopped early still sample every family.
    random.Random(0).shuffle(paths)
    paths = paths[: args.limit] if args.limit else paths
    if not paths:
        print("no certificates to measure", file=sys.stderr)
        return 1
    partial = args.json.with_suffix(".partial") if args.json else None
    if partial:
        for stale in partial.parent.glob(partial.name + ".*.jsonl"):
            stale.unlink()
    runs = measure_in_children(paths, max(1, args.jobs), not args.no_plain, partial)
    results = sorted((r for run in runs for r in run["results"]), key=lambda r: r["id"])
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    print_report(results, runs, args.part, root, args.jobs, args.show_misses)
    return 0


def measure_in_children(
    paths: list[Path], jobs: int, plain: bool, partial: Path | None
) -> list[dict]:
    """Split the files over `jobs` fresh processes and collect what each measured."""
    with tempfile.TemporaryDirectory(prefix="ceclog-bench-") as tmp:
        procs = []
        for i in range(jobs):
            listing = Path(tmp) / f"list{i}.json"
            out = Path(tmp) / f"out{i}.json"
            listing.write_text(
                json.dumps(
                    {
                        "files": [str(p) for p in paths[i::jobs]],
                        "plain": plain,
                        "out": str(out),
                        "partial": str(partial) + f".{i}.jsonl" if partial else None,
                    }
                )
            )
            cmd = [sys.executable, __file__, "--measure", str(listing)]
            procs.append((subprocess.Popen(cmd, cwd=HERE.parent), out))
        runs = []
        for proc, out in procs:
            if proc.wait() != 0:
                raise SystemExit(f"a measuring process failed ({proc.returncode})")
            runs.append(json.loads(out.read_text()))
    return runs


if __name__ == "__main__":
    raise SystemExit(main())
