"""Fit the odds that a page is a record of someone's credit, and that a record
is a session's, from its words.

    python scripts/fit_record_words.py           # writes server/ocr/record_weights.py
    python scripts/fit_record_words.py --check   # and first says how it does unseen
    python scripts/fit_record_words.py --only record   # the other model kept as shipped

Two logistic models over the words and word pairs a page uses
(`server/ocr/record_words.py`): a record against a paper of no one, and,
among records, a session's against a course's or a booth's. Both are fitted
on the tuning part of the corpus: the browser's lines of every document and
what OCR read of its photo, scan or PDF where the reading cache holds it.
Only dictionary words in small letters count, none of them a name the corpus
gives its people, a month or a day, and only those used by at least
MIN_FAMILIES layout families, so that no person, school or layout of the
corpus is learned. Each family weighs the same, however many of its
documents were read.

--check first fits without each fifth of the families in turn and counts, on
their OCR readings, the papers of no one the first model would catch and the
records it would lose at the reader's thresholds (kinds.RECORD_AT, and
kinds.RECORD_SURE above which no sign of a paper of no one counts), and the
records taken for the wrong kind of course or session once the second
model's odds settle it (kinds.settled), against the kind rules alone; then
the same counts on the calibration part (nobody looks at its pages: counts
only).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from corpus.values import FIRST, LAST  # noqa: E402
from tune_extraction import documents, dom_lines, has_media, is_read, ocr_lines  # noqa: E402

from server.ocr import record_weights as shipped  # noqa: E402
from server.ocr.kinds import RECORD_AT, RECORD_SURE, rules_kind, settled  # noqa: E402
from server.ocr.record_words import likelihood, page_words  # noqa: E402
from server.ocr.wordlist import common_words  # noqa: E402

MIN_FAMILIES = 5
# The pull of every weight towards 0, per family of the tuning part.
L2 = 1.0
STEPS = 1500
# Weights smaller than this are left out of the module: they move no page.
KEEP_ABOVE = 0.02
FOLDS = 5
CALENDAR = frozenset(
    # "May" stays: far more often "you may", which says something.
    "january february march april june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def readings(corpus: Path, cache: Path, part: str) -> list[dict]:
    """One row per reading of a document: its family, its kind, how OCR read
    it or the browser drew it, its words and the rules' kind."""
    rows = []
    for path, truth, dom in documents(corpus, part):
        sources = [("dom", dom_lines(dom))] if part == "tune" else []
        if has_media(path) and is_read(path, cache):
            sources.append(("ocr", ocr_lines(path, cache)))
        for source, lines in sources:
            text = " ".join(ln.text for ln in lines)
            rows.append(
                {
                    "family": truth["family"],
                    "kind": truth["kind"],
                    "record": truth["kind"] != "other",
                    "session": truth["kind"] == "session",
                    "source": source,
                    "words": page_words(text),
                    "rules": rules_kind(text.lower()),
                    "rules_sure": rules_kind(text.lower(), sure=True),
                }
            )
    return rows


def vocabulary(rows: list[dict]) -> list[str]:
    """The words to weigh: used by MIN_FAMILIES families or more, in the
    dictionary, and none of them a name the corpus draws its people from or
    the name of a month or a day (drawn at random, they say nothing of the
    paper)."""
    people = {part for name in FIRST + LAST for part in re.split(r"[\s'’.-]+", name.lower())}
    common = common_words() - people - CALENDAR
    families = defaultdict(set)
    for row in rows:
        for word in row["words"]:
            families[word].add(row["family"])
    return sorted(
        word
        for word, used_by in families.items()
        if len(used_by) >= MIN_FAMILIES and all(w == "0" or w in common for w in word.split())
    )


def design(rows: list[dict], words: list[str]) -> np.ndarray:
    at = {w: i + 1 for i, w in enumerate(words)}
    x = np.zeros((len(rows), len(words) + 1), np.float32)
    x[:, 0] = 1.0
    for i, row in enumerate(rows):
        x[i, [at[w] for w in row["words"] if w in at]] = 1.0
    return x


def fit(rows: list[dict], field: str) -> tuple[float, dict[str, float]]:
    """The bias and each word's weight that moves a page: the family-weighted
    log loss with an L2 pull, minimised by Adam (deterministic; a few seconds)."""
    words = vocabulary(rows)
    x = design(rows, words)
    y = np.array([row[field] for row in rows], np.float32)
    per_family = Counter(row["family"] for row in rows)
    weight = np.array([1 / per_family[row["family"]] for row in rows], np.float32)
    weight /= weight.sum()
    penalty = np.full(x.shape[1], L2 / len(per_family), np.float32)
    penalty[0] = 0.0
    w = np.zeros(x.shape[1], np.float32)
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ ((p - y) * weight) + penalty * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    weights = {word: round(float(w[i + 1]), 3) for i, word in enumerate(words)}
    return round(float(w[0]), 4), {k: v for k, v in weights.items() if abs(v) >= KEEP_ABOVE}


def likelihoods(model: tuple[float, dict[str, float]], rows: list[dict]) -> np.ndarray:
    return np.array([likelihood(model, row["words"]) for row in rows])


def fold(family: str) -> int:
    return int(hashlib.sha256(family.encode()).hexdigest(), 16) % FOLDS


def count_records(rows: list[dict], p: np.ndarray, label: str) -> None:
    """Papers of no one caught and records lost, by the rules alone and with
    the words (which also keep a page they make surely a record from being
    taken for a paper of no one by its signs)."""
    read = [i for i, row in enumerate(rows) if row["source"] == "ocr"]
    others = {i for i in read if not rows[i]["record"]}
    records = {i for i in read if rows[i]["record"]}
    by_rules = {i for i in read if rows[i]["rules"] == "other"}
    with_words = {
        i
        for i in read
        if p[i] < RECORD_AT or rows[i]["rules_sure" if p[i] >= RECORD_SURE else "rules"] == "other"
    }
    print(
        f"{label}: {len(others)} papers of no one, rules catch {len(by_rules & others)}, "
        f"with words {len(with_words & others)}; {len(records)} records, rules lose "
        f"{len(by_rules & records)}, with words {len(with_words & records)}"
    )


def count_sessions(rows: list[dict], p: np.ndarray, label: str) -> None:
    """Of the records the rules call a course or a session, how many the
    rules alone take for the wrong one, and how many with the words."""
    read = [
        i
        for i, row in enumerate(rows)
        if row["source"] == "ocr" and row["record"] and row["rules"] in ("course", "session")
    ]
    words = {i: settled(rows[i]["rules"], p[i]) for i in read}
    print(
        f"{label}: {len(read)} records the rules call a course or a session; kind wrong "
        f"by the rules {sum(rows[i]['rules'] != rows[i]['kind'] for i in read)}, "
        f"with the words {sum(words[i] != rows[i]['kind'] for i in read)}"
    )


def out_of_family(rows: list[dict], field: str) -> np.ndarray:
    """Each row's odds from a model fitted without its fifth of the families."""
    p = np.zeros(len(rows))
    for k in range(FOLDS):
        held = [i for i, row in enumerate(rows) if fold(row["family"]) == k]
        model = fit([row for row in rows if fold(row["family"]) != k], field)
        p[held] = likelihoods(model, [rows[i] for i in held])
    return p


def write(path: Path, record: tuple, session: tuple) -> None:
    lines = [
        '"""Weights of the words that make a page read as a record of someone\'s credit',
        "(RECORD) and a record as a trade show session's (SESSION), each a bias and",
        "each word's weight; made by scripts/fit_record_words.py from the tuning part",
        "of the corpus, never edited by hand.",
        '"""',
        "",
        "# fmt: off",
    ]
    for name, (bias, weights) in (("RECORD", record), ("SESSION", session)):
        lines += [
            f"{name}: tuple[float, dict[str, float]] = ({bias!r}, {{",
            *(f"    {w!r}: {v!r}," for w, v in sorted(weights.items())),
            "})",
        ]
    lines += ["# fmt: on", ""]
    path.write_text("\n".join(lines))
    print(f"wrote {path} ({len(record[1])} and {len(session[1])} words)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "build" / "corpus")
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "reading-cache")
    parser.add_argument("--out", type=Path, default=ROOT / "server" / "ocr" / "record_weights.py")
    parser.add_argument("--check", action="store_true", help="count unseen catches and losses")
    parser.add_argument(
        "--only", choices=("record", "session"), help="fit this model, keep the other as shipped"
    )
    args = parser.parse_args()
    rows = readings(args.corpus, args.cache, "tune")
    records = [row for row in rows if row["record"]]
    if args.check:
        unseen_of = "tuning part, each fifth fitted without it"
        count_records(rows, out_of_family(rows, "record"), unseen_of)
        count_sessions(records, out_of_family(records, "session"), unseen_of)
    record = shipped.RECORD if args.only == "session" else fit(rows, "record")
    session = shipped.SESSION if args.only == "record" else fit(records, "session")
    if args.check:
        unseen = readings(args.corpus, args.cache, "calibrate")
        count_records(unseen, likelihoods(record, unseen), "calibration part")
        count_sessions(unseen, likelihoods(session, unseen), "calibration part")
    write(args.out, record, session)
    return 0


if __name__ == "__main__":
    sys.exit(main())
