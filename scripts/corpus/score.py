"""How an extracted value is judged against truth.json. Pure: no I/O.

Names, titles and providers match after Unicode NFC, casefolding, collapsing
whitespace and stripping surrounding punctuation and quotes; accents must
match. Dates match as exact ISO strings, hours within 0.01. Any spelling in
the truth's `accept` list counts as right.
"""

from __future__ import annotations

import re
import unicodedata

TEXT_FIELDS = ("holder_name", "course_title", "provider", "approval_number")
FIVE = ("holder_name", "course_title", "provider", "completion_date", "hours")
ALL_FIELDS = (*FIVE, "approval_number")
# Quotes, brackets and sentence punctuation that may wrap a value on paper.
_EDGE = " \t\n\"'“”‘’«»„.,;:!?()[]{}-–—*·•|/"
HOURS_TOLERANCE = 0.01

RIGHT, WRONG, MISS, EMPTY_OK = "right", "wrong", "miss", "empty_ok"


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", str(text)).casefold()
    # Nobody types, or reads off paper, an en dash apart from an em dash or a hyphen.
    text = re.sub(r"\s*[-‐‑‒–—]\s*", lambda m: " - " if " " in m.group() else "-", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(_EDGE)


def same(field: str, truth, got, accept: list | None = None) -> bool:
    """Whether `got` is a right reading of a field whose truth is `truth`."""
    if truth is None or got is None:
        return truth is None and got is None
    if field == "hours":
        try:
            return abs(float(got) - float(truth)) <= HOURS_TOLERANCE
        except (TypeError, ValueError):
            return False
    if field == "completion_date":
        return str(got).strip() == str(truth)
    wanted = {normalise(truth), *(normalise(a) for a in accept or [])}
    return normalise(got) in wanted


def outcome(field: str, truth, got, accept: list | None = None) -> str:
    """right | wrong | miss (left blank) | empty_ok (blank, and nothing to find).

    A value filled where truth is null is wrong: it counts against precision.
    """
    if got is None or got == "":
        return MISS if truth is not None else EMPTY_OK
    return RIGHT if same(field, truth, got, accept) else WRONG


def counts_right(result: str) -> bool:
    return result in (RIGHT, EMPTY_OK)


def found_in_text(needle: str | None, text: str) -> bool | None:
    """Reading recall: the printed value appears in the read text.

    None when there is nothing to look for. Line breaks count as spaces, and
    a value whose words were all read still counts when other text came
    between them (a name wrapped in a narrow column beside another column).
    """
    if needle is None or str(needle).strip() == "":
        return None
    flat = normalise(text.replace("\n", " "))
    if normalise(needle) in flat:
        return True
    words = {w.strip(_EDGE) for w in flat.split()}
    return all(w.strip(_EDGE) in words for w in normalise(needle).split() if w.strip(_EDGE))


# Filled values sit at 0.978 or more (weights.FILL_AT): the top is split
# finer, so the table can say whether the surest fills are the most right.
BUCKETS = (
    (0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 0.98), (0.98, 0.99),
    (0.99, 1.0001),
)  # fmt: skip


def bucket(confidence: float) -> str:
    for lo, hi in BUCKETS:
        if lo <= confidence < hi:
            return f"{lo:.2f}-{min(hi, 1.0):.2f}"
    return f"{BUCKETS[-1][0]:.2f}-1.00"
