"""Generate certificates and slips with ground truth, as phone photos and PDFs.

    python scripts/make_samples.py --count 40 --out samples/ --seed 7
    python scripts/make_samples.py --forms text_pdf image_pdf --count 6

Each sample is NNNN.<ext> beside NNNN.json holding what a technician would
type from it; manifest.json lists them all. Same seed, same files.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_layout import Page, draw, to_pdf  # noqa: E402
from sample_photo import heic_bytes, photograph  # noqa: E402
from sample_slips import booth, session  # noqa: E402
from sample_templates import awarded, classic, form, modern, random_content  # noqa: E402

FORMS = ("photo", "heic", "text_pdf", "image_pdf", "scan")
EXTENSIONS = {"photo": "jpg", "heic": "heic", "text_pdf": "pdf", "image_pdf": "pdf", "scan": "png"}


TEMPLATES = {
    "classic": ("course", classic),
    "form": ("course", form),
    "awarded": ("course", awarded),
    "modern": ("course", modern),
    "booth": ("booth", booth),
    "session": ("session", session),
}


def make_page(rng: random.Random, template: str) -> tuple[Page, dict]:
    kind, build = TEMPLATES[template]
    page, expected = build(rng, random_content(rng, kind))
    expected["template"] = template
    return page, expected


def make_sample(
    seed: int,
    template: str,
    form: str = "photo",
    *,
    turns: int = 0,
    exif: int = 1,
    megapixels: float = 12.0,
) -> tuple[bytes, dict]:
    """One sample's bytes and ground truth. Pure in `seed`: tests rely on it."""
    rng = random.Random(seed)
    page, truth = make_page(rng, template)
    truth.update(form=form, seed=seed, turns=turns, exif=exif)
    if form == "text_pdf":
        return to_pdf(page), truth
    if form in ("image_pdf", "scan"):
        image = draw(page, dpi=200 if form == "image_pdf" else 150)
        out = io.BytesIO()
        if form == "image_pdf":
            image.save(out, "PDF", resolution=200, quality=85)
        else:
            image.convert("L").save(out, "PNG")
        return out.getvalue(), truth
    # Drawn sharper than the photo will be, like real print.
    image = draw(page, dpi=300)
    photo = photograph(image, rng, turns=turns, exif=exif, megapixels=megapixels)
    return (heic_bytes(photo) if form == "heic" else photo), truth


def plan(count: int, seed: int, forms: list[str]) -> list[dict]:
    """What to make: templates in turn, with some photos turned or EXIF-rotated."""
    rng = random.Random(seed)
    names = list(TEMPLATES)
    jobs = []
    for i in range(count):
        form = forms[i % len(forms)]
        job = {
            "seed": seed * 100_000 + i,
            "template": names[i % len(names)],
            "form": form,
            "turns": 0,
            "exif": 1,
        }
        if form in ("photo", "heic"):
            roll = rng.random()
            if roll < 0.15:
                job["exif"] = rng.choice([6, 8, 3])
            elif roll < 0.25:
                job["turns"] = rng.choice([1, 2, 3])
        jobs.append(job)
    return jobs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--out", type=Path, default=Path("samples"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--forms", nargs="+", choices=FORMS, default=["photo"])
    parser.add_argument("--megapixels", type=float, default=12.0)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for i, job in enumerate(plan(args.count, args.seed, args.forms), start=1):
        data, truth = make_sample(
            job["seed"],
            job["template"],
            job["form"],
            turns=job["turns"],
            exif=job["exif"],
            megapixels=args.megapixels,
        )
        name = f"{i:04d}.{EXTENSIONS[job['form']]}"
        (args.out / name).write_bytes(data)
        truth["file"] = name
        (args.out / f"{i:04d}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
        manifest.append(truth)
        print(
            f"{name}  {truth['template']:<8} {job['form']:<9} turns={job['turns']} "
            f"exif={job['exif']}",
            file=sys.stderr,
        )
    (args.out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
