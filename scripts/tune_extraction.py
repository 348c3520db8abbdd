"""Tune field extraction on the corpus's tuning part, fast.

    python scripts/tune_extraction.py                 # lines as rendered (no OCR)
    python scripts/tune_extraction.py --source ocr    # lines as read (cached per file)
    python scripts/tune_extraction.py --show-misses --field provider

Extraction is judged on lines, so it can be tuned in seconds: `dom` takes the
lines the browser laid out (perfect reading), `ocr` takes what the reading
stage made of the photo, scan or PDF, cached under build/reading-cache/ so
only the first run pays for OCR. The held-out part is refused: its layouts are
for measuring (scripts/bench_ocr.py), never for looking at.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from corpus.score import FIVE, found_in_text, normalise, same  # noqa: E402

from server.ocr.fields import extract_fields  # noqa: E402
from server.ocr.models import Line, Word  # noqa: E402
from server.ocr.text import fix_known_words  # noqa: E402

FIELDS = (*FIVE, "approval_number")
BUCKETS = (0.5, 0.7, 0.8, 0.9, 0.95, 1.01)


def dom_lines(path: Path) -> list[Line]:
    """The browser's lines as the reading stage would hand them over."""
    out = []
    for item in json.loads(path.read_text())["lines"]:
        x0, y0, x1, y1 = (round(v * 3) for v in item["box"])  # CSS px to about 300 dpi
        size = item["size"] * 3 * 0.72  # a font's em to its letters' height
        word = Word(item["text"], x0, y0, x1 - x0, y1 - y0, 0.99)
        line = Line([word], item["text"], x0, y0, x1, y1, size, 0.99)
        line.alt = line.text  # as a PDF's text layer: what was printed, nothing to doubt
        out.append(line)
    return out


def is_read(document: Path, cache: Path) -> bool:
    """Whether the cache holds a reading of the file as it is now: a file drawn
    again since it was read is read again."""
    cached = cache / f"{document.name}.json"
    return cached.is_file() and cached.stat().st_mtime >= document.stat().st_mtime


def ocr_lines(document: Path, cache: Path) -> list[Line]:
    cached = cache / f"{document.name}.json"
    if not is_read(document, cache):
        from server.ocr.pipeline import read_document

        page = read_document(document.read_bytes())
        cache.mkdir(parents=True, exist_ok=True)
        rows = [
            {
                "text": ln.text,
                "box": [ln.left, ln.top, ln.right, ln.bottom],
                "size": ln.size,
                "conf": ln.conf,
                "alt": ln.alt,
                "words": [[w.text, w.left, w.top, w.width, w.height, w.conf] for w in ln.words],
            }
            for ln in page.lines
        ]
        cached.write_text(json.dumps(rows))
    lines = []
    for row in json.loads(cached.read_text()):
        words = [Word(*w) for w in row["words"]] or [Word(row["text"], *row["box"][:2], 1, 1, 1.0)]
        # The slips fixed since the page was cached are fixed here as the reader would.
        lines.append(
            Line(
                words,
                fix_known_words(row["text"]),
                *row["box"],
                row["size"],
                row["conf"],
                row.get("alt", ""),
            )
        )
    return lines


def documents(corpus: Path, part: str = "tune") -> list[tuple[Path, dict, Path]]:
    """(file, truth, browser lines) of every document of a part of the corpus."""
    out = []
    for truth_path in sorted((corpus / part).rglob("*.truth.json")):
        truth = json.loads(truth_path.read_text())
        stem = truth_path.name.removesuffix(".truth.json")
        files = [
            p
            for p in truth_path.parent.glob(f"{stem}.*")
            if not p.name.endswith((".json", ".clean.png"))
        ]
        lines = truth_path.with_name(f"{stem}.lines.json")
        # A corpus made with --lines-only has no media: its lines stand in for the file.
        out.append((files[0] if files else lines, truth, lines))
    return out


def has_media(document: Path) -> bool:
    """Whether a document is a photo, scan or PDF OCR can read, not browser lines alone."""
    return not document.name.endswith(".lines.json")


def judge(lines: list[Line], truth: dict) -> tuple[str, dict]:
    kind, fields = extract_fields(lines)
    results = {}
    for name in FIELDS:
        got = fields.get(name)
        value = None if got is None else got.value
        accept = (truth.get("accept") or {}).get(name)
        ok = same(name, truth.get(name), value, accept) if value is not None else None
        results[name] = {
            "truth": truth.get(name),
            "got": value,
            "ok": ok,
            "confidence": None if got is None else got.confidence,
            "line": None if got is None or got.line is None else lines[got.line].text,
        }
    return kind, results


def read_into_cache(args: tuple[Path, Path]) -> None:
    """Read one file into the reading cache (a worker of a process pool)."""
    ocr_lines(*args)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "build" / "corpus")
    parser.add_argument("--source", choices=("dom", "ocr"), default="dom")
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "reading-cache")
    parser.add_argument("--field", choices=FIELDS)
    parser.add_argument("--family")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cached-only", action="store_true", help="only files read already")
    parser.add_argument("--top", action="store_true", help="judge every top pick, filled or not")
    parser.add_argument(
        "--losses", action="store_true", help="where each field is lost: reading or understanding"
    )
    args = parser.parse_args()
    if args.top:
        from server.ocr import fields

        fields.FILL_AT = dict.fromkeys(FIELDS, 0.0)

    docs = [d for d in documents(args.corpus) if not args.family or d[1]["family"] == args.family]
    if args.source == "ocr":
        docs = [d for d in docs if has_media(d[0])]
    if args.source == "ocr" and args.cached_only:
        docs = [d for d in docs if is_read(d[0], args.cache)]
    elif args.source == "ocr":
        with ProcessPoolExecutor(args.jobs) as pool:
            list(pool.map(read_into_cache, [(p, args.cache) for p, _, _ in docs]))
    if args.losses:
        return print_losses(docs, args)
    right, filled, wrong_filled, total = Counter(), Counter(), Counter(), Counter()
    kinds, all_five = 0, 0
    by_family: dict[str, Counter] = defaultdict(Counter)
    buckets: dict[float, list[bool]] = defaultdict(list)
    for path, truth, dom in docs:
        if args.source == "dom":
            lines = dom_lines(dom)
        else:
            lines = ocr_lines(path, args.cache)
        kind, results = judge(lines, truth)
        kinds += kind == truth["kind"]
        five = True
        for name, r in results.items():
            if r["truth"] is None and r["got"] is None:
                continue
            total[name] += r["truth"] is not None
            ok = bool(r["ok"]) and r["truth"] is not None
            right[name] += ok
            by_family[truth["family"]]["right"] += ok
            by_family[truth["family"]]["total"] += r["truth"] is not None
            if name in FIVE and r["truth"] is not None and not ok:
                five = False
            if r["got"] is not None:
                filled[name] += 1
                wrong_filled[name] += not ok
                edge = next(b for b in BUCKETS if r["confidence"] < b)
                buckets[edge].append(ok)
            if args.show_misses and not ok and (not args.field or args.field == name):
                print(
                    f"{truth['family']:<24} {path.name:<28} {name:<16} "
                    f"want {r['truth']!r} got {r['got']!r} ({r['confidence']}) "
                    f"from {r['line']!r}"
                )
        all_five += five
    n = len(docs)
    print(f"{n} documents, kind right {kinds}/{n}, all five right {all_five}/{n}")
    for name in FIELDS:
        if total[name] or filled[name]:
            precision = 1 - wrong_filled[name] / filled[name] if filled[name] else 1.0
            print(
                f"  {name:<16} right {right[name]:>4}/{total[name]:<4} "
                f"({right[name] / max(1, total[name]):6.1%})  filled {filled[name]:>4}  "
                f"precision {precision:6.1%}"
            )
    fills = sum(filled.values())
    print(f"  fill precision {1 - sum(wrong_filled.values()) / max(1, fills):.1%} of {fills}")
    print("  confidence   count  right")
    low = 0.0
    for edge in BUCKETS:
        got = buckets.get(edge, [])
        if got:
            print(f"  {low:.2f}-{min(1, edge):.2f}  {len(got):>6}  {sum(got) / len(got):6.1%}")
        low = edge
    worst = sorted(by_family.items(), key=lambda kv: kv[1]["right"] / max(1, kv[1]["total"]))
    print(
        "  weakest families: " + ", ".join(f"{f} {c['right']}/{c['total']}" for f, c in worst[:8])
    )
    return 0


LOSSES = (
    "filled right",
    "filled wrong",
    "blank: top pick right",  # confidence: the right value was picked, but doubted
    "not picked",  # understanding: a candidate was right, another won
    "no candidate",  # understanding: printed and read, but no candidate holds it
    "slip",  # reading: what was picked is the value with a letter or two misread
    "never read",  # reading: the value is not in the page text
)


def loss(name: str, truth: dict, lines: list[Line]) -> tuple[str, object]:
    """Where one field of one document is lost, and the value the reader picked."""
    from server.ocr.fields import FILL_AT, calibrated, classify, pick, score_candidates

    want, accept = truth.get(name), (truth.get("accept") or {}).get(name)
    kind = classify(lines)
    scored = score_candidates(lines, kind).get(name, []) if kind != "other" else []
    best, rival = pick(scored)
    top = None if best is None else best[1].value
    if best is not None and calibrated(name, best[0], rival, best[1].features) >= FILL_AT.get(
        name, 1.0
    ):
        return ("filled right" if same(name, want, top, accept) else "filled wrong"), top
    if top is not None and same(name, want, top, accept):
        return "blank: top pick right", top
    if any(same(name, want, c.value, accept) for _, c in scored):
        return "not picked", top
    text = "\n".join(ln.text for ln in lines)
    shown = str(want) if name not in ("completion_date", "hours") else None
    if shown is not None and found_in_text(shown, text):
        return "no candidate", top
    if shown is not None and top is not None and near(str(top), shown):
        return "slip", top
    if shown is None and kind != "other" and scored:
        return "not picked", top  # dates and hours are printed in many ways
    return "never read", top


def near(got: str, want: str) -> bool:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, normalise(got), normalise(want)).ratio() >= 0.8


def print_losses(docs, args) -> int:
    table: dict[str, Counter] = defaultdict(Counter)
    for path, truth, dom in docs:
        lines = dom_lines(dom) if args.source == "dom" else ocr_lines(path, args.cache)
        for name in FIVE:
            if truth.get(name) is None:
                continue
            where, top = loss(name, truth, lines)
            table[name][where] += 1
            if (
                args.show_misses
                and where not in ("filled right",)
                and (not args.field or args.field == name)
            ):
                print(
                    f"{truth['family']:<24} {path.name:<28} {name:<16} {where:<22} "
                    f"want {truth[name]!r} top {top!r}"
                )
    print(f"{'':<16}" + "".join(f"{w[:14]:>15}" for w in LOSSES))
    for name in FIVE:
        print(f"{name:<16}" + "".join(f"{table[name][w]:>15}" for w in LOSSES))
    total = Counter()
    for counts in table.values():
        total.update(counts)
    print(f"{'all':<16}" + "".join(f"{total[w]:>15}" for w in LOSSES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
