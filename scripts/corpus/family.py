"""Layout families: finding them, and turning one into a filled HTML page.

A family module holds data first: SOURCE (where the layout or wording comes
from), KIND, PAPER, CATEGORIES, TEMPLATE (HTML and CSS with $placeholders)
and `fill(d)`, which returns the placeholder values. Values are HTML-escaped
unless their name ends in `_html`.
"""

from __future__ import annotations

import html
import importlib
import pkgutil
import random
import string
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from corpus.draw import Draw

# tune: read and tuned on. calibrate: read only by scripts/fit_extraction.py,
# to set how sure a pick is and when it is filled. heldout: measured only.
PARTS = ("tune", "calibrate", "heldout")
FAMILY_ROOT = Path(__file__).parent / "families"

# Paper sizes in inches, as the family names them.
PAPERS = {
    "letter-portrait": (8.5, 11.0),
    "letter-landscape": (11.0, 8.5),
    "a4-portrait": (8.27, 11.69),
    "a4-landscape": (11.69, 8.27),
    "half-letter": (8.5, 5.5),
    "slip": (7.0, 4.25),
    "card": (3.375, 2.125),
    "card-portrait": (2.125, 3.375),
    "badge": (4.0, 3.0),
    "receipt": (3.15, 7.0),
}
CSS_DPI = 96


@dataclass(frozen=True)
class Family:
    name: str
    part: str
    module: ModuleType

    @property
    def kind(self) -> str:
        return self.module.KIND

    @property
    def source(self) -> str:
        return self.module.SOURCE

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(self.module.CATEGORIES)

    def papers(self) -> list[str]:
        paper = self.module.PAPER
        return [paper] if isinstance(paper, str) else list(paper)


@dataclass
class Filled:
    html: str
    paper: str
    width_px: int
    height_px: int
    truth: dict


def families(part: str = "all") -> list[Family]:
    parts = PARTS if part == "all" else (part,)
    found = []
    for p in parts:
        for info in sorted(pkgutil.iter_modules([str(FAMILY_ROOT / p)]), key=lambda i: i.name):
            module = importlib.import_module(f"corpus.families.{p}.{info.name}")
            found.append(Family(info.name, p, module))
    return found


def fill(family: Family, rng: random.Random) -> Filled:
    d = Draw(rng, family.kind)
    paper = rng.choice(family.papers())
    w_in, h_in = PAPERS[paper]
    width, height = round(w_in * CSS_DPI), round(h_in * CSS_DPI)
    values = {f"{k}": v for k, v in d.fonts.items()} | d.colors
    values |= family.module.fill(d)
    safe = {
        k: (str(v) if k.endswith("_html") else html.escape(str(v), quote=False))
        for k, v in values.items()
    }
    body = string.Template(family.module.TEMPLATE).substitute(safe)
    return Filled(page_html(body, width, height), paper, width, height, d.finish())


def page_html(body: str, width: int, height: int) -> str:
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: {width}px {height}px; margin: 0 }}
* {{ box-sizing: border-box }}
html, body {{ margin: 0; padding: 0; background: #fff }}
.page {{ position: relative; width: {width}px; height: {height}px; overflow: hidden;
  background: #fff; color: #111; -webkit-print-color-adjust: exact; print-color-adjust: exact }}
p {{ margin: 0 }}
</style></head><body><div class="page">{body}</div></body></html>"""
