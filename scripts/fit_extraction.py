"""Fit the field extraction's weights on the tuning part of the corpus.

    python scripts/fit_extraction.py            # writes server/ocr/weights.py

For each field, a linear model over the candidates' features says how likely
each candidate is right: fitted on each candidate alone (logistic), or with
--listwise to choose each document's right candidate among its others, or none
(a softmax with a "none" whose score is 0). Its odds are then calibrated, and
the fill threshold chosen, on predictions for layout families the model was NOT
fitted on (five folds grouped by family), so that confidence says how the
reader does on a layout it has never seen, not on the ones it learned. Papers
that record no one are weighed as if taken for records (the kind rules were
written on these pages and let most unseen ones through), so the page's own
signs of being a record or not (kinds.evidence) are part of every field's
model. Candidates come from the browser's own lines (perfect reading) and,
where cached by scripts/tune_extraction.py --source ocr, from what OCR read of
the photos.

    python scripts/fit_extraction.py --keep-weights --calibrate-on-part --fields holder_name

keeps the weights as shipped and sets only the named fields' calibration and
fill thresholds again, on the calibration part's OCR readings (each family's
picks calibrated without that family's); the tuning part is not read.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from corpus.score import same  # noqa: E402
from tune_extraction import (  # noqa: E402
    documents,
    dom_lines,
    has_media,
    is_read,
    ocr_lines,
    read_into_cache,
)

from server.ocr import fields as F  # noqa: E402
from server.ocr.candidates import Page, gather  # noqa: E402

FIELDS = ("holder_name", "course_title", "provider", "completion_date", "hours", "approval_number")
TARGET_PRECISION = 0.99
# Where no threshold reaches the target out of family, the field is never
# filled: a wrong value is worse than a blank.
NEVER = 1.01
# Thresholds must hold on layout families drawn again this many times, on all
# but this share of the unluckiest draws.
BOOTSTRAP_ROUNDS = 400
BOOTSTRAP_TAIL = 0.1
# No wrong pick among a few picks says little: a reader right only 95 times in
# 100 still shows none wrong in 62 picks 4 times in 100. A threshold needs at
# least as many picks above it as make one wrong pick cost the target (100 at 99 %).
MIN_FILLED = round(1 / (1 - TARGET_PRECISION))
L2 = 2.0
# Pulls of the calibration towards the model's own odds, tried per field.
CALIBRATION_PULLS = (20.0, 5.0, 1.0)
# A wrong value filled costs this many right ones: the technician may trust it.
WRONG_COST = 10.0
FOLDS = 5
# The calibration's inputs, in order; each field may add its model's own (F.MODEL).
KEYS = list(F.pick_features(0.5, F.NO_RIVALS, {}))


def samples(corpus: Path, cache: Path, ocr_only: bool = False, part: str = "tune") -> list[dict]:
    """One row per document reading: its family, source and every candidate, labelled.

    On the tuning part, papers that record no one are kept as if taken for
    records (below); on the calibration part, whose pages no rule was written
    on, they are kept only where the kind rules let them through, as the
    reader would."""
    rows = []
    for path, truth, dom in documents(corpus, part):
        # What OCR made of the file where it has been read (what the reader will
        # meet), else the browser's own lines.
        if has_media(path) and is_read(path, cache):
            readings = [("ocr", ocr_lines(path, cache))]
        elif not ocr_only:
            readings = [("dom", dom_lines(dom))]
        else:
            continue
        for source, lines in readings:
            kind = F.classify(lines)
            if kind == "other":
                # Nothing is filled from a page taken for "other", as the reader
                # does; except that on the tuning part a paper that records no
                # one was recognised by kind rules written on these very pages.
                # On layouts never seen, most such papers pass for records (the
                # held-out part let 26 of 40 through), so its candidates are
                # weighed as a record's would be: every value picked from it is wrong.
                if truth["kind"] != "other" or part != "tune":
                    continue
                kind = "course"
            found = gather(Page(lines), kind) if lines else {}
            row = {"family": truth["family"], "source": source, "truth": truth, "fields": {}}
            for name in FIELDS:
                accept = (truth.get("accept") or {}).get(name)
                row["fields"][name] = [
                    (
                        c.features,
                        same(name, truth.get(name), c.value, accept),
                        F.value_key(c.value),
                        c.value,
                    )
                    for c in found.get(name, [])
                ]
            rows.append(row)
    return rows


def calibration_rows(args: argparse.Namespace) -> list[dict]:
    """The calibration part's rows, its files read first where they are not yet
    (nobody looks at them: they only set how sure a pick is)."""
    docs = documents(args.corpus, "calibrate")
    unread = [(p, args.cache) for p, _, _ in docs if has_media(p) and not is_read(p, args.cache)]
    if unread:
        print(f"reading {len(unread)} files of the calibration part", file=sys.stderr)
        with ProcessPoolExecutor(args.jobs) as pool:
            list(pool.map(read_into_cache, unread))
    return samples(args.corpus, args.cache, ocr_only=True, part="calibrate")


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float = L2, prior: np.ndarray | None = None
) -> np.ndarray:
    """Newton's method on the log loss with an L2 pull towards `prior` (zero by
    default); column 0 is the bias, left free unless a prior is given."""
    w0 = np.zeros(x.shape[1]) if prior is None else prior
    w = w0.copy()
    penalty = np.full(x.shape[1], l2)
    if prior is None:
        penalty[0] = 1e-6
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * (w - w0)
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def matrix(rows: list[dict], name: str, names: list[str]):
    """Every candidate's features (bias first), whether it is right, and which
    document it is on (documents in order, their candidates together)."""
    xs, ys, docs = [], [], []
    for d, row in enumerate(rows):
        for features, ok, *_ in row["fields"][name]:
            xs.append([1.0] + [features.get(k, 0.0) for k in names])
            ys.append(float(ok))
            docs.append(d)
    return np.array(xs).reshape(-1, len(names) + 1), np.array(ys), np.array(docs, dtype=int)


def fit_field(x: np.ndarray, y: np.ndarray, docs: np.ndarray, listwise: bool) -> np.ndarray:
    return fit_listwise(x, y, docs) if listwise else fit_logistic(x, y)


def fit_listwise(x: np.ndarray, y: np.ndarray, docs: np.ndarray, l2: float = L2) -> np.ndarray:
    """Weights fitted to choose, on each document, its right candidate among
    all of them, or none where no candidate is right: a softmax over the
    document's candidates and a "none" whose score is 0, so that a
    candidate's score stays its odds against the page offering nothing.
    Where a value stands on several lines, each right candidate has an equal
    share. Newton's method with the same L2 pull as the logistic fit."""
    starts = np.flatnonzero(np.r_[True, docs[1:] != docs[:-1]])
    of = np.cumsum(np.r_[False, docs[1:] != docs[:-1]])  # each candidate's document, 0..D-1
    rights = np.add.reduceat(y, starts)
    target = np.where(rights[of] > 0, y / np.maximum(rights[of], 1), 0.0)
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 1e-6
    w = np.zeros(x.shape[1])
    for _ in range(60):
        z = np.clip(x @ w, -30, 30)
        top = np.maximum(np.maximum.reduceat(z, starts), 0.0)
        e = np.exp(z - top[of])
        p = e / (np.exp(-top) + np.add.reduceat(e, starts))[of]
        grad = x.T @ (p - target) + penalty * w
        weighted = x * p[:, None]
        per_doc = np.add.reduceat(weighted, starts, axis=0)
        hess = x.T @ weighted - per_doc.T @ per_doc + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        if (big := np.abs(step).max()) > 4:
            step *= 4 / big
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def picks(rows: list[dict], name: str, names: list[str], w: np.ndarray) -> list[tuple]:
    """(p_best, rivals, right, …) of each document's pick under weights `w`."""
    out = []
    for row in rows:
        # What the reader may fill from: never a value only a cue the models
        # were not fitted with found (candidates.UNFITTED), though it is a rival.
        cands = row["fields"][name]
        if not cands:
            continue
        x = np.array([[1.0] + [f.get(k, 0.0) for k in names] for f, *_ in cands])
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        best, rival = F.choose_fitted(
            name, [(float(q), c[3], c[0]) for q, c in zip(p, cands, strict=True)]
        )
        if best is None:
            continue
        out.append(
            (
                float(p[best]),
                rival,
                bool(cands[best][1]),
                row["source"],
                row["truth"]["family"],
                row["truth"].get(name),
                cands[best][3],
                cands[best][0],
            )
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "build" / "corpus")
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "reading-cache")
    parser.add_argument("--out", type=Path, default=ROOT / "server" / "ocr" / "weights.py")
    parser.add_argument("--ocr-only", action="store_true", help="fit on OCR readings alone")
    parser.add_argument("--jobs", type=int, default=2, help="processes reading unread files")
    parser.add_argument(
        "--calibrate-on-part",
        action="store_true",
        help="calibrate and set thresholds on the calibration part (scripts/corpus/README.md)",
    )
    parser.add_argument(
        "--calibrate-with-part",
        action="store_true",
        help="calibrate and set thresholds on the tuning part's out-of-family picks and the "
        "calibration part's together (checked on each half of the latter, set without it)",
    )
    parser.add_argument(
        "--listwise",
        action="store_true",
        help="fit each field to choose a document's right candidate among its others "
        "(a softmax with a 'none'), not each candidate on its own",
    )
    parser.add_argument(
        "--fields",
        nargs="+",
        choices=FIELDS,
        help="fit only these fields and keep the others' weights as server/ocr/weights.py has them",
    )
    parser.add_argument(
        "--keep-weights",
        action="store_true",
        help="keep the weights server/ocr/weights.py has and set only the calibration and "
        "thresholds (with --calibrate-on-part: no tuning reading is needed)",
    )
    parser.add_argument("--verbose", action="store_true", help="list confident wrong picks")
    parser.add_argument(
        "--curve", action="store_true", help="out-of-family picks filled and right by threshold"
    )
    args = parser.parse_args()
    if args.keep_weights and not args.calibrate_on_part:
        parser.error(
            "--keep-weights sets thresholds on the calibration part: add --calibrate-on-part"
        )

    # Kept weights are calibrated on the calibration part alone: the tuning part is not read.
    rows = [] if args.keep_weights else samples(args.corpus, args.cache, args.ocr_only)
    families = sorted({r["family"] for r in rows})
    random.Random(7).shuffle(families)
    fold_of = {f: i % FOLDS for i, f in enumerate(families)}
    unseen = calibration_rows(args)
    # Calibration and thresholds: on the tuning part's picks out of family, or
    # with --calibrate-on-part on the calibration part's (each family's picks
    # calibrated without that family's).
    calibrating = unseen if args.calibrate_on_part else []
    group_of = (
        {f: i for i, f in enumerate(sorted({r["family"] for r in calibrating}))}
        if calibrating
        else fold_of
    )
    check = Counter()
    weights, calibration, fill_at = {}, {}, {}
    if args.fields or args.keep_weights:
        # Only these are fitted again; the others keep what the reader ships.
        from server.ocr import weights as shipped

        weights, calibration, fill_at = (
            dict(shipped.WEIGHTS),
            dict(shipped.CALIBRATION),
            dict(shipped.FILL_AT),
        )
    for name in args.fields or FIELDS:
        if args.keep_weights:
            names = sorted(set(weights.get(name, {})) - {"bias"})
            if not names:
                continue
            w = np.array([weights[name].get("bias", 0.0)] + [weights[name][k] for k in names])
            y = np.array([c[1] for r in unseen for c in r["fields"][name]], dtype=float)
        else:
            names = sorted({k for r in rows for f, *_ in r["fields"][name] for k in f})
            x, y, docs = matrix(rows, name, names)
            if not len(y) or y.sum() == 0:
                continue
            w = fit_field(x, y, docs, args.listwise)
            weights[name] = {"bias": round(float(w[0]), 4)} | {
                k: round(float(v), 4) for k, v in zip(names, w[1:], strict=True) if abs(v) > 1e-4
            }
        # Picks on layouts the model was not fitted on: the calibration part's
        # under the model as fitted, else the tuning part's out of family.
        if calibrating:
            held = picks(calibrating, name, names, w)
        else:
            held = out_of_family_picks(rows, fold_of, name, names, args.listwise)
        ocr_held = [h for h in held if h[3] == "ocr"]
        ocr_held = ocr_held if len(ocr_held) >= 60 else held
        if args.calibrate_with_part:
            # The calibration part's picks join the tuning part's out-of-family
            # ones; the check is on each half of its families in turn, with
            # the calibration and threshold set without that half.
            unseen_picks = picks(unseen, name, names, w)
            half = {f: i % 2 for i, f in enumerate(sorted({h[4] for h in unseen_picks}))}
            groups_of = fold_of | {f: FOLDS + i % FOLDS for i, f in enumerate(half)}
            for side in (0, 1):
                mine = [h for h in unseen_picks if half[h[4]] == side]
                rest = [h for h in unseen_picks if half[h[4]] != side]
                keys, c, at, _ = calibrate(ocr_held + rest, groups_of, names)
                check.update(
                    report_unseen(mine, keys, c, at, f"half {side + 1} of the calibration part")
                )
            ocr_held = ocr_held + unseen_picks
            group_of = groups_of
        keys, c, fill_at[name], confidence = calibrate(ocr_held, group_of, names)
        calibration[name] = {k: round(float(v), 4) for k, v in zip(keys, c, strict=True)}
        if unseen and not calibrating and not args.calibrate_with_part:
            check.update(report_unseen(picks(unseen, name, names, w), keys, c, fill_at[name]))
        if args.curve:
            print_curve(name, confidence, [h[2] for h in ocr_held])
        right = sum(h[2] for h in ocr_held)
        if args.verbose:
            for h, conf in sorted(zip(ocr_held, confidence, strict=True), key=lambda t: -t[1]):
                # Only the tuning part's: nobody reads the calibration part's picks.
                if not h[2] and conf > 0.5 and h[4] in fold_of:
                    print(f"   {conf:.3f} {h[4]:<24} want {h[5]!r} got {h[6]!r}")
        fills = [
            h[2] for h, conf in zip(ocr_held, confidence, strict=True) if conf >= fill_at[name]
        ]
        print(
            f"{name:<16} {len(y):>6} candidates, {int(y.sum()):>5} right; "
            f"out-of-family picks right {right}/{len(ocr_held)}; fill at {fill_at[name]}: "
            f"filled {len(fills)}, {sum(fills)} right"
        )
    if check:
        which = "fields fitted" if args.fields else "all fields"
        print(
            f"calibration part, {which}: filled {check['filled']}, {check['right']} right "
            f"({check['right'] / max(1, check['filled']):.1%})"
        )
    made_by = " ".join(a for a in sys.argv[1:] if not a.startswith("--out") and a != str(args.out))
    # A fit that keeps some weights as shipped keeps the record of how they were made.
    shipped_file = ROOT / "server" / "ocr" / "weights.py"
    before = made_before(shipped_file) if args.fields or args.keep_weights else []
    write(args.out, weights, calibration, fill_at, made_by, before)
    return 0


def calibrate(
    held: list[tuple], group_of: dict, names: list[str]
) -> tuple[list[str], np.ndarray, float, np.ndarray]:
    """The calibration of a field's picks made on layouts the model was not
    fitted on (its inputs and their weights), its fill threshold, and each
    pick's confidence calibrated without its own group of families.
    `names` are the model's own inputs, which the calibration may weigh again."""
    yz = np.array([float(h[2]) for h in held])
    groups = np.array([group_of[h[4]] for h in held])
    # Which inputs, and how hard the calibration is pulled towards the
    # model's own odds, are chosen per field on confidences fitted without
    # the pick's family: what fills most right values for each wrong one it
    # lets in. Pulled towards taking the model's odds as they are, a field
    # with few or no wrong picks keeps the model's own doubt.
    best = None
    for keys in (KEYS, KEYS + [F.MODEL + k for k in names]):
        z = pick_matrix(held, keys)
        prior = np.array([1.0 if k == "pick" else 0.0 for k in keys])
        for l2 in CALIBRATION_PULLS:
            confidence = cross_fitted(z, yz, groups, l2, prior)
            at = threshold(confidence, list(yz > 0.5), [h[4] for h in held])
            filled = confidence >= at
            score = yz[filled].sum() - WRONG_COST * (1 - yz[filled]).sum()
            if best is None or score > best[0]:
                best = (score, keys, z, prior, l2, confidence, at)
    _, keys, z, prior, l2, confidence, at = best
    return keys, fit_logistic(z, yz, l2=l2, prior=prior), at, confidence


def out_of_family_picks(
    rows: list[dict], fold_of: dict, name: str, names: list[str], listwise: bool
) -> list:
    """Each tuning pick under weights fitted without the pick's own family's fold."""
    held = []
    for fold in range(FOLDS):
        train = [r for r in rows if fold_of[r["family"]] != fold]
        test = [r for r in rows if fold_of[r["family"]] == fold]
        xf, yf, docs = matrix(train, name, names)
        if yf.sum():
            held += picks(test, name, names, fit_field(xf, yf, docs, listwise))
    return held


def pick_matrix(found: list[tuple], keys: list[str]) -> np.ndarray:
    """The calibration's inputs `keys` for each pick (fields.pick_features), one row each."""
    rows = []
    for h in found:
        given = F.pick_features(h[0], h[1], h[7])
        rows.append([given.get(k, 0.0) for k in keys])
    return np.array(rows).reshape(-1, len(keys))


def report_unseen(
    found: list[tuple],
    keys: list[str],
    c: np.ndarray,
    at: float,
    where: str = "the calibration part",
) -> Counter:
    """How the fitted reader does on the calibration part: families nobody tuned
    on or looks at, so the nearest thing to the held-out part that may be
    measured as often as the weights are fitted. Counts only."""
    confidence = 1 / (1 + np.exp(-np.clip(pick_matrix(found, keys) @ c, -30, 30)))
    right = [bool(h[2]) for h in found]
    filled = [r for r, conf in zip(right, confidence, strict=True) if conf >= at]
    # A wrong value where the page prints none: most often a paper that records no one.
    unprinted = sum(
        1 for h, conf in zip(found, confidence, strict=True) if conf >= at and h[5] is None
    )
    print(
        f"  on {where}: picks right {sum(right)}/{len(right)}; "
        f"filled {len(filled)}, {sum(filled)} right ({unprinted} wrong where the page has none)"
    )
    return Counter(filled=len(filled), right=sum(filled))


def cross_fitted(
    z: np.ndarray, y: np.ndarray, groups: np.ndarray, l2: float, prior: np.ndarray
) -> np.ndarray:
    """Each pick's calibrated confidence, calibrated without its own family's picks."""
    confidence = np.zeros(len(y))
    for fold in set(groups.tolist()):
        inside = groups == fold
        if (~inside).any():
            c = fit_logistic(z[~inside], y[~inside], l2=l2, prior=prior)
            confidence[inside] = 1 / (1 + np.exp(-np.clip(z[inside] @ c, -30, 30)))
    return confidence


def print_curve(name: str, confidence: np.ndarray, right: list[bool]) -> None:
    cells = []
    for at in (0.5, 0.7, 0.8, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99):
        filled = [r for c, r in zip(confidence, right, strict=True) if c >= at]
        cells.append(f"{at}: {sum(filled)}/{len(filled)}")
    print(f"  {name} (right/filled at threshold) " + "  ".join(cells))


def threshold(confidence: np.ndarray, right: list[bool], families: list[str]) -> float:
    """The lowest confidence at which the picks above it are right often enough
    even on an unlucky draw of layouts, or NEVER when no confidence is.

    A layout that fools the reader fools it on every copy, so wrong picks come in
    families: the precision above each threshold is taken on layout families
    drawn again with replacement (a bootstrap by family), and the threshold must
    reach the target on all but the unluckiest BOOTSTRAP_TAIL of the draws,
    with at least MIN_FILLED picks above it."""
    order = np.argsort(-confidence, kind="stable")
    names = sorted(set(families))
    index = {f: i for i, f in enumerate(names)}
    family = np.array([index[families[i]] for i in order])
    hit = np.array([bool(right[i]) for i in order], dtype=float)
    counts = np.random.default_rng(7).multinomial(
        len(names), [1 / len(names)] * len(names), size=BOOTSTRAP_ROUNDS
    )
    weight = counts[:, family]  # rounds × picks: how often each pick's family was drawn
    filled = np.cumsum(weight, axis=1)
    hits = np.cumsum(weight * hit, axis=1)
    precision = np.where(filled > 0, hits / np.maximum(filled, 1), 1.0)
    sure = np.quantile(precision, BOOTSTRAP_TAIL, axis=0)
    met = None
    for n, i in enumerate(order):
        if n + 1 < len(order) and confidence[order[n + 1]] == confidence[i]:
            continue  # a threshold takes every pick of the same confidence
        if sure[n] >= TARGET_PRECISION and n + 1 >= MIN_FILLED:
            met = float(confidence[i])
    return NEVER if met is None else round(max(0.5, met), 3)


MADE_BY = "# Last made by: python scripts/fit_extraction.py "
MADE_BEFORE = "# Before that: python scripts/fit_extraction.py "


def made_before(path: Path) -> list[str]:
    """The commands that made the weights file at `path`, latest first."""
    return [
        line.removeprefix(MADE_BY).removeprefix(MADE_BEFORE)
        for line in path.read_text().splitlines()
        if line.startswith((MADE_BY, MADE_BEFORE))
    ]


def write(
    path: Path,
    weights: dict,
    calibration: dict,
    fill_at: dict,
    made_by: str,
    before: list[str] | None = None,
) -> None:
    lines = [
        '"""Weights of the field extraction, made by scripts/fit_extraction.py from the',
        "tuning part of the corpus; refit after changing a feature, never edit by hand.",
        '"""',
        "",
        f"{MADE_BY}{made_by}".rstrip(),
        *(f"{MADE_BEFORE}{command}".rstrip() for command in before or []),
        "# fmt: off",
        f"WEIGHTS: dict[str, dict[str, float]] = {dict_text(weights)}",
        "",
        "# Per field: weights of the pick's log-odds, its best rival's, how many rivals are likely and how surely it was read.",
        f"CALIBRATION: dict[str, dict[str, float]] = {dict_text(calibration)}",
        "",
        "# A value is filled only at or above this calibrated confidence.",
        f"FILL_AT: dict[str, float] = {dict_text(fill_at)}",
        "# fmt: on",
        "",
    ]
    path.write_text("\n".join(lines))


def dict_text(value) -> str:
    if isinstance(value, dict):
        inner = ",\n".join(f"    {k!r}: {dict_text(v)}" for k, v in value.items())
        return "{\n" + inner + ",\n}" if value else "{}"
    return repr(value)


if __name__ == "__main__":
    sys.exit(main())
