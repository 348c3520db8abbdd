"""Pick certificate fields out of the lines of a page.

Every line, and every value a cue points at, is a candidate for every field
(`candidates.py`). Each candidate's features are weighed by a logistic model
per field (`weights.py`, fitted on the tuning part of the corpus by
scripts/fit_extraction.py); the best candidate is kept when, allowing for how
close its best rival with another value comes, it is likely right. What is
not likely right stays blank for the technician: a wrong value filled in is
worse than none. A best candidate that falls short of that but is still
more likely right than not is offered in review as a suggestion, for the
technician to take with one tap.
"""

from __future__ import annotations

import itertools
import math
import re
from typing import NamedTuple

from server.ocr import shapes
from server.ocr.candidates import Candidate, Page, gather
from server.ocr.kinds import classify
from server.ocr.models import FIELD_NAMES, FieldValue, Line
from server.ocr.weights import CALIBRATION, FILL_AT, WEIGHTS

# A pick below its field's fill threshold is still offered from here on. On
# the calibration part's unseen layouts, such picks are right 82 to 89 times
# in a hundred (hours: 79): worth a tap, never a fill.
SUGGEST_AT = 0.5


def extract_fields(lines: list[Line]) -> tuple[str, dict[str, FieldValue]]:
    """The document's kind and every field likely right."""
    kind, fields, _ = understand(lines)
    return kind, fields


def understand(lines: list[Line]) -> tuple[str, dict[str, FieldValue], dict[str, FieldValue]]:
    """The document's kind, every field likely right, and for the fields left
    blank the best value the page offers, where one is more likely right than
    not (a suggestion)."""
    kind = classify(lines)
    fields: dict[str, FieldValue] = {}
    suggestions: dict[str, FieldValue] = {}
    if kind == "other":
        return kind, fields, suggestions  # a receipt or a flyer proves no hours
    for name, found in score_candidates(lines, kind).items():
        best, rival = pick(found)
        if best is None:
            continue
        # Only what the models were fitted on is filled: as if a cue they never
        # weighed (candidates.UNFITTED) were not there. It is offered only
        # where nothing they weighed is offered.
        sure, sure_rival = best, rival
        if best[1].features.get("unfitted"):
            at, sure_rival = choose_fitted(name, [(p, c.value, c.features) for p, c in found])
            sure = None if at is None else found[at]
        if sure is not None:
            confidence = calibrated(name, sure[0], sure_rival, sure[1].features)
            if confidence >= FILL_AT.get(name, 1.0):
                fields[name] = _value(sure[1], confidence)
                continue
            if confidence >= SUGGEST_AT:
                suggestions[name] = _value(sure[1], confidence)
                continue
        confidence = calibrated(name, best[0], rival, best[1].features)
        if confidence >= SUGGEST_AT:
            suggestions[name] = _value(best[1], confidence)
    return kind, in_order(fields), in_order(suggestions)


def _value(candidate: Candidate, confidence: float) -> FieldValue:
    return FieldValue(value=candidate.value, confidence=round(confidence, 2), line=candidate.line)


def in_order(values: dict[str, FieldValue]) -> dict[str, FieldValue]:
    return {name: values[name] for name in FIELD_NAMES if name in values}


def score_candidates(lines: list[Line], kind: str) -> dict[str, list[tuple[float, Candidate]]]:
    """Every field's candidates with the model's probability that each is right."""
    if not lines:
        return {}
    found = gather(Page(lines), kind)
    return {
        name: [(probability(name, c.features), c) for c in candidates]
        for name, candidates in found.items()
    }


def probability(name: str, features: dict[str, float]) -> float:
    weights = WEIGHTS.get(name, {})
    z = weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


class Rivals(NamedTuple):
    """What a pick is up against: the probability of the likeliest candidate
    that reads differently (two readings of the same value are no rivalry),
    and how many other values are more likely right than not."""

    best: float
    strong: int = 0


NO_RIVALS = Rivals(0.0, 0)


def pick(scored: list[tuple[float, Candidate]]) -> tuple[tuple[float, Candidate] | None, Rivals]:
    """The most likely candidate, and its rivals."""
    if not scored:
        return None, NO_RIVALS
    at, rival = choose(scored[0][1].field, [(p, c.value, c.features) for p, c in scored])
    return scored[at], rival


def choose_fitted(
    field: str, scored: list[tuple[float, str | float, dict[str, float]]]
) -> tuple[int | None, Rivals]:
    """Of candidates given as `choose` takes them, the index of the pick among
    those the models were fitted on (none found by a cue in
    candidates.UNFITTED), and its rivals: a value only such a cue found is
    still a rival where it reads differently."""
    fitted = [i for i, (_, _, f) in enumerate(scored) if not f.get("unfitted")]
    if not fitted:
        return None, NO_RIVALS
    at, rival = choose(field, [scored[i] for i in fitted])
    key = value_key(scored[fitted[at]][1])
    # Each other value once, at its likeliest reading (the likeliest come last).
    others = {
        k: q
        for q, v, f in sorted(scored, key=lambda s: s[0])
        if f.get("unfitted") and not same_value(field, key, k := value_key(v))
    }
    strong = sum(q >= STRONG_RIVAL for q in others.values())
    return fitted[at], Rivals(max([rival.best, *others.values()]), rival.strong + strong)


# A fuller reading of a school's name is taken over the likeliest one when
# the model finds it at least this likely, and at least this share as likely.
FULLER_AT = 0.2
FULLER_SHARE = 0.5
# How far onto the other side of a total (a share of the page's height) a
# part of it may sit and still be beside it: the same row of a table, read a
# little higher or lower.
BESIDE = 0.01


def choose(
    field: str, scored: list[tuple[float, str | float, dict[str, float]]]
) -> tuple[int, Rivals]:
    """Of candidates given as (probability, value, features), the index of the
    pick and its rivals. The pick is the likeliest, unless a fuller reading of
    the same school is nearly as likely: a name broken over two lines, or read
    with its first word lost, is still printed whole elsewhere on the page
    ("Restoration Institute is an approved provider" under "Northwest
    Restoration Institute certifies that"). A person's name is left as picked:
    words before it are more often a label's or a role's. The hours said again
    in CEUs are no rival. A day of a class that ran on is taken for the class's
    last day where the page prints its dates as a range ("Class dates: December
    15 to 16, 2020" over a log whose first row is the 15th), or logs them day
    by day down a column. Sessions credited one by one are parts of the total
    that adds them up, which is the credit where the page calls it a total
    ("Total", "totalled 14 hours"). A title that wraps onto a second line
    that carries it on is taken whole over its first line alone ("Reading a
    Psychrometric Chart in Five" / "Minutes")."""
    keys = [value_key(v) for _, v, _ in scored]
    best = max(range(len(scored)), key=lambda i: scored[i][0])
    printed = [(v, f.get("y", 0.0)) for _, v, f in scored]
    # One session of several is a part of the record's total, which is the credit.
    totals = [
        i
        for i, (q, v, f) in enumerate(scored)
        if q >= max(FULLER_AT, FULLER_SHARE * scored[best][0])
        and (f.get("total") or f.get("said_total"))
        and scored[best][1] in _parts_of(field, v, f.get("y", 0.0), printed)
    ]
    best = max(totals, key=lambda i: scored[i][0], default=best)
    p, value, key = scored[best][0], scored[best][1], keys[best]
    parts = _parts_of(field, value, scored[best][2].get("y", 0.0), printed)
    others = [
        (q, k)
        for (q, v, f), k in zip(scored, keys, strict=True)
        if not same_value(field, key, k) and not _same_credit(field, value, v, f) and v not in parts
    ]
    if field == "completion_date" and scored[best][2].get("class_day"):
        # A day of a class that ran on: the class ended on its last day.
        last = [
            i
            for i, (q, _, f) in enumerate(scored)
            if f.get("class_end") and q >= max(FULLER_AT, FULLER_SHARE * p)
        ]
        if last:
            best = max(last, key=lambda i: scored[i][0])
            # The class's other days are its parts, no rivals to its last.
            others = [
                (q, k)
                for (q, _, f), k in zip(scored, keys, strict=True)
                if k != keys[best] and not f.get("class_day")
            ]
    if field == "provider" and key:
        short = len(str(value).split())
        fuller = [
            i
            for i, ((q, v, _), k) in enumerate(zip(scored, keys, strict=True))
            if k.endswith(" " + key)
            and q >= max(FULLER_AT, FULLER_SHARE * p)
            and shapes.name_front(" ".join(str(v).split()[:-short]))
        ]
        best = max(fuller, key=lambda i: scored[i][0], default=best)
    if field == "course_title" and key:
        # A title that wraps is whole with its second line; its first line
        # alone (or any shorter reading of it) is a part of it, no rival.
        whole = [
            i
            for i, ((q, v, f), k) in enumerate(zip(scored, keys, strict=True))
            if f.get("joined")
            and k.startswith(key + " ")
            and q >= max(FULLER_AT, FULLER_SHARE * p)
            and shapes.carried_on(str(value), str(v))
        ]
        if whole:
            best = max(whole, key=lambda i: scored[i][0])
            others = [(q, k) for q, k in others if not keys[best].startswith(k + " ")]
    strong = {k for q, k in others if q >= STRONG_RIVAL}
    return best, Rivals(max((q for q, _ in others), default=0.0), len(strong))


# A rival the model finds more likely right than not.
STRONG_RIVAL = 0.5


def _same_credit(field: str, hours: str | float, other: str | float, features: dict) -> bool:
    """Whether a rival for the hours is the same credit in CEUs, a tenth of
    the hours ("0.6 CEUs (6 IICRC CEC hours)"): no rival, but agreement."""
    return (
        field == "hours"
        and bool(features.get("ceu"))
        and isinstance(hours, float)
        and isinstance(other, float)
        and abs(other * 10 - hours) < 0.01
    )


# A record that credits several sessions adds them up: at most this many
# different counts are tried as its parts.
MAX_PARTS = 12


def _parts_of(
    field: str, total: str | float, at: float, printed: list[tuple[str | float, float]]
) -> set[float]:
    """The hour counts that add up to `total`, two or more of them, all on one
    side of it (`printed` gives each value with how far down the page it is,
    `at` the total's): the sessions a record credits one by one over its
    total ("1.5", "0.75", "1" under "Total 3.25"), or the classroom and lab
    hours a letter breaks its total into below it; parts of it and no
    rivals. Counts on either side of it that happen to add up to it (this
    credit, "3.0" in a table of earlier ones, "1.0" under that) are none."""
    if field != "hours" or not isinstance(total, float):
        return set()
    for side in (1, -1):
        counts = sorted(
            {
                v
                for v, y in printed
                if isinstance(v, float) and 0 < v < total and side * (y - at) <= BESIDE
            }
        )[:MAX_PARTS]
        for size in range(2, len(counts) + 1):
            for chosen in itertools.combinations(counts, size):
                if abs(sum(chosen) - total) < 0.01:
                    return set(chosen)
    return set()


# Fields whose value is the same one when read with a word more or fewer: a
# person ("Mary Ellen Svensson", "Mary Ellen Svensson Jr.") or an organisation
# ("Blue Heron Technical Training", "Heron Technical Training Inc"). A title's
# extent is its very risk ("Fire and Smoke Restoration" is not "Fire and Smoke
# Restoration Technician"), so there a shorter reading stays a rival.
_SAME_WHEN_CONTAINED = frozenset({"holder_name", "provider"})


def same_value(field: str, key: str, other: str) -> bool:
    """Whether two candidates' values (as `value_key` gives them) are one value."""
    if key == other:
        return True
    if field not in _SAME_WHEN_CONTAINED or not key or not other:
        return False
    a, b = f" {key} ", f" {other} "
    return a in b or b in a


def calibrated(name: str, p: float, rival: Rivals, features: dict[str, float]) -> float:
    """How often a pick like this is right: from its odds, its best rival's,
    how many other values are likely too, and how surely its own letters
    were read (OCR's doubt in the value's words, words that are no English
    word or one letter from one, whether the second reader read it alike),
    how plainly a label names it, whether the paper is a show's slip rather
    than a certificate, how much the page reads like a record of someone's
    completion at all, and how much of the page OCR read unsurely. For some
    fields, every input of the model is weighed again too (`pick_features`)."""
    weights = CALIBRATION.get(name, {"pick": 1.0})
    z = sum(weights.get(k, 0.0) * v for k, v in pick_features(p, rival, features).items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


# What the calibration weighs besides the model's odds. The page's own signs
# of being a record (kinds.evidence) are weighed again here, on picks from
# layouts the model never saw: the model learns them on the tuning part's own
# pages, the very pages the kind rules were written on.
READING = (
    "value_ocr", "unknown", "slip_word", "agree", "name_unknown", "cue", "date_word", "slip",
    "no_statement", "no_certifying", "not_record", "page_doubt",
)  # fmt: skip


# The model's own inputs, as the calibration may weigh them again: on layouts
# the model never saw, some cues and shapes hold better or worse than the
# tuning part taught it. scripts/fit_extraction.py weighs them for a field
# only where, on the picks it calibrates that field on (each family's own
# confidence set without it), that fills more right values for each wrong
# one than the inputs above alone.
MODEL = "model."


def pick_features(p: float, rival: Rivals, features: dict[str, float]) -> dict[str, float]:
    return {
        "bias": 1.0,
        "pick": _logit(p),
        "rival": _logit(rival.best),
        "rivals": math.log1p(rival.strong),
        **{k: features.get(k, 0.0) for k in READING},
        **{MODEL + k: v for k, v in features.items()},
    }


def value_key(value: str | float) -> str:
    return re.sub(r"[^\w]+", " ", str(value).casefold()).strip()


def _logit(p: float) -> float:
    p = min(1 - 1e-6, max(1e-6, p))
    return math.log(p / (1 - p))
