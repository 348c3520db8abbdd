"""Generate the certificate corpus: layout families drawn from outside our own
sample generator, rendered by chromium, delivered as photos, scans and PDFs.

    python scripts/make_corpus.py --out build/corpus [--part tune|calibrate|heldout|all]
        [--per-family 8] [--seed 1] [--jobs 2] [--family NAME] [--lines-only]

Writes <out>/<part>/<family>/<id>.<ext> with <id>.truth.json, <id>.lines.json
and <id>.clean.png. The same seed gives the same certificates. Read
scripts/corpus/README.md before opening anything under heldout/.

--lines-only writes <id>.truth.json and <id>.lines.json alone, the same as a
full build's, in a small part of the time: enough for
`tune_extraction.py --source dom` and for fitting on browser lines.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import multiprocessing
import multiprocessing.util
import random
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import media  # noqa: E402
from corpus.draw import FONTS  # noqa: E402
from corpus.family import CSS_DPI, PAPERS, PARTS, Family, families, fill  # noqa: E402
from corpus.lines import group_lines  # noqa: E402
from PIL import Image  # noqa: E402

# Clean pages are rendered at 300 dpi; small papers finer, because a phone
# photo of a wallet card fills the frame with it.
CLEAN_DEBUG_SCALE = 2
# Chromium stamps each PDF with the time it was made; a fixed stamp of the same
# length keeps the xref offsets valid and the bytes the same for a seed.
PDF_STAMP = re.compile(rb"(/(?:CreationDate|ModDate) )\(D:\d{14}\+00'00'\)")
_renderer = None


def certificate_seed(seed: int, family: str, index: int) -> int:
    digest = hashlib.sha256(f"{seed}:{family}:{index}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _worker_renderer():
    global _renderer
    if _renderer is None:
        from corpus.render import Renderer

        _renderer = Renderer()
        # Pool workers run these finalizers when the pool is closed and joined,
        # so no chromium outlives the run.
        multiprocessing.util.Finalize(None, _renderer.close, exitpriority=10)
    return _renderer


def make_one(job: tuple[str, str, int, int, str, bool]) -> dict:
    part, name, index, seed, out, lines_only = job
    family = next(f for f in families(part) if f.name == name)
    rng = random.Random(certificate_seed(seed, name, index))
    page = fill(family, rng)
    cid = f"{name}-{index:02d}"
    folder = Path(out) / part / name
    folder.mkdir(parents=True, exist_ok=True)
    if lines_only:
        words = _worker_renderer().words(page.html, page.width_px, page.height_px)
        _write_lines(folder, cid, page, words)
        _write_truth(folder, _truth(cid, part, family, page, {}))
        return {"id": cid, "media": "lines only", "outside": _outside(page, words)}
    opts = media.choose(rng, page.paper)
    paper_in = PAPERS[page.paper]
    scale = max(300 / CSS_DPI, 2600 / max(page.width_px, page.height_px))
    png, pdf, words = _worker_renderer().render(
        page.html, page.width_px, page.height_px, scale, pdf=opts["media"] == "text_pdf"
    )
    image = Image.open(io.BytesIO(png)).convert("RGB")
    data, ext = media.produce(image, paper_in, opts, rng, pdf)
    if ext == "pdf":
        data = PDF_STAMP.sub(rb"\1(D:20260101000000+00'00')", data)

    (folder / f"{cid}.{ext}").write_bytes(data)
    debug = image.resize((page.width_px * CLEAN_DEBUG_SCALE, page.height_px * CLEAN_DEBUG_SCALE))
    debug.save(folder / f"{cid}.clean.png", optimize=False, compress_level=3)
    _write_lines(folder, cid, page, words)
    delivered = {"file": f"{cid}.{ext}", "media": opts["media"], "media_settings": opts}
    _write_truth(folder, _truth(cid, part, family, page, delivered))
    return {"id": cid, "media": opts["media"], "outside": _outside(page, words)}


def _truth(cid: str, part: str, family: Family, page, delivered: dict) -> dict:
    """A certificate's truth: what is printed on it and, unless lines alone
    were made, the file it was delivered as."""
    return {
        "id": cid,
        "family": family.name,
        "part": part,
        **delivered,
        "kind": family.kind,
        "paper": page.paper,
        **page.truth,
        "source": family.source,
    }


def _outside(page, words: list[dict]) -> list[str]:
    """Words the browser laid out beyond the page's edge."""
    return [
        w["text"]
        for w in words
        if w["box"][2] > page.width_px + 1 or w["box"][3] > page.height_px + 1
    ]


def _write_lines(folder: Path, cid: str, page, words: list[dict]) -> None:
    head = {
        "width": page.width_px,
        "height": page.height_px,
        "unit": "css px",
        "clean_png_scale": CLEAN_DEBUG_SCALE,
    }
    rows = ",\n ".join(json.dumps(line, ensure_ascii=False) for line in group_lines(words))
    (folder / f"{cid}.lines.json").write_text(
        f'{{"page": {json.dumps(head)},\n "lines": [\n {rows}]}}\n'
    )


def _write_truth(folder: Path, truth: dict) -> None:
    (folder / f"{truth['id']}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1)
    )


def missing_fonts() -> list[str]:
    """The corpus's font families that fontconfig does not know."""
    listed = subprocess.run(
        ["fc-list", ":", "family"], capture_output=True, text=True, check=True
    ).stdout
    installed = {
        name.strip().casefold() for line in listed.splitlines() for name in line.split(",")
    }
    wanted = {font for stack in FONTS.values() for font in stack}
    return sorted(font for font in wanted if font.casefold() not in installed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("build/corpus"))
    parser.add_argument("--part", choices=[*PARTS, "all"], default="all")
    parser.add_argument("--per-family", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--family", action="append", help="only these families (repeatable)")
    parser.add_argument(
        "--lines-only", action="store_true", help="truth and browser lines alone, no media"
    )
    args = parser.parse_args(argv)
    if missing := missing_fonts():
        print(
            "the corpus is drawn in fonts this machine lacks: " + ", ".join(missing) + ".\n"
            "Install them first (scripts/ensure_packages.sh corpus): without them chromium "
            "sets script names and display titles in a plain face, and the corpus is easier "
            "to read than the certificates it stands for.",
            file=sys.stderr,
        )
        return 2

    chosen: list[Family] = [
        f for f in families(args.part) if not args.family or f.name in args.family
    ]
    jobs = [
        (f.part, f.name, i, args.seed, str(args.out), args.lines_only)
        for f in chosen
        for i in range(args.per_family)
    ]
    started = time.perf_counter()
    pool = multiprocessing.get_context("spawn").Pool(args.jobs)
    try:
        results = list(pool.imap_unordered(make_one, jobs, chunksize=1))
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
    for r in results:
        if r["outside"]:
            print(
                f"warning: {r['id']}: text outside the page: {' '.join(r['outside'][:8])}",
                file=sys.stderr,
            )
    mix: dict[str, int] = {}
    for r in results:
        mix[r["media"]] = mix.get(r["media"], 0) + 1
    if not args.family:  # a summary of a whole part, not of a few families redone
        args.out.mkdir(parents=True, exist_ok=True)
        summary = {"seed": args.seed, "per_family": args.per_family, "count": len(results)}
        (args.out / f"corpus-{args.part}.json").write_text(
            json.dumps(summary | {"media": mix}, indent=1)
        )
    print(
        f"{len(results)} certificates from {len(chosen)} families in "
        f"{time.perf_counter() - started:.0f} s; media {mix}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
