"""Which layout families tune the reader and which are held out to measure it.

The split is the folder a family's module lives in: families/tune/,
families/calibrate/ or families/heldout/. This module reads it back and
checks it keeps its promises: the tuning part holds half to two thirds of
the families, the held-out part at least a fifth, and every category is in
both the tuning and the held-out part.

    python scripts/corpus/split.py      # counts per part and category only
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus.family import PARTS, families  # noqa: E402

# Every one of these must appear in both parts.
REQUIRED = (
    "script-name",
    "dark-band",
    "sentence",
    "labelled",
    "table",
    "wallet",
    "slip",
    "letter",
    "record",
    "ornate",
    "other",
    "portrait",
    "landscape",
    "provider-in-logo",
    "date-range",
    "distractor-person",
)


def part_of(name: str) -> str:
    for family in families():
        if family.name == name:
            return family.part
    raise KeyError(name)


def summary() -> dict[str, Counter]:
    out = {}
    for part in PARTS:
        counts: Counter = Counter()
        for family in families(part):
            counts.update(family.categories)
            counts["families"] += 1
            counts[f"kind:{family.kind}"] += 1
        out[part] = counts
    return out


def problems() -> list[str]:
    s = summary()
    found = []
    total = sum(s[p]["families"] for p in PARTS)
    share = s["tune"]["families"] / total if total else 0
    if not 0.5 <= share <= 2 / 3:
        found.append(f"tune holds {share:.0%} of families, not half to two thirds")
    held = s["heldout"]["families"] / total if total else 0
    if held < 0.2:
        found.append(f"heldout holds {held:.0%} of families, less than a fifth")
    for category in (*REQUIRED, "kind:course", "kind:session", "kind:booth", "kind:other"):
        for part in ("tune", "heldout"):
            if not s[part][category]:
                found.append(f"{part} has no family in category {category}")
    return found


def main() -> int:
    s = summary()
    for part in PARTS:
        print(f"{part}: {s[part]['families']} families")
        for category, n in sorted(s[part].items()):
            if category != "families":
                print(f"  {category:<22} {n}")
    for problem in problems():
        print("problem:", problem)
    return 1 if problems() else 0


if __name__ == "__main__":
    raise SystemExit(main())
