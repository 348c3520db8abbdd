"""The one row of a table that carries credit.

Records, logs and show summaries list several activities in rows (a date, a
title, a provider, a credit figure), and only one of them earned the CEC
hours: the booth visit among expo-floor admissions, the session scanned in
and out among sessions without an exit scan, the trade-show class among a
company's in-house trainings. Its credit column shows a positive figure
where the other rows show "0", a dash or "n/a" (a row with nothing there is
left out of the count). That row's date and title are the credit's; the
other rows' are some other activity's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from server.ocr.models import Line, Word

# A credit column's head: "CEC", "CECs", "Credit", "CE credit", "Credit hours".
_HEAD = re.compile(
    r"(?:iicrc\s+)?(?:cecs?|ceus?|credits?|ce\s+credits?|credit\s+hours?|cec\s+hours?)"
    r"(?:\s+(?:earned|awarded))?\s*:?",
    re.IGNORECASE,
)
# What a credit cell holds: a figure, or a sign that the row earned none.
_FIGURE = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?")
_NONE = re.compile(r"[-–—]+|n/?a|none|nil", re.IGNORECASE)
# A row that adds the others up.
_TOTAL = re.compile(r"\s*(?:grand\s+)?totals?\b", re.IGNORECASE)
# How far under the row above a table's next row may start, in line heights.
ROW_GAP = 8.0


@dataclass(frozen=True)
class CreditRows:
    credited: frozenset[int]  # the lines on the row that carries credit
    others: frozenset[int]  # the lines on the table's other rows


def credit_rows(lines: list[Line]) -> CreditRows | None:
    """The lines of the one table row whose credit figure is positive, and
    those of the table's other rows, each showing none ("0", "—", "n/a");
    None when no credit column shows exactly one such row among others."""
    for h, head in enumerate(lines):
        if not _HEAD.fullmatch(head.text.strip()):
            continue
        cells = _column(lines, h)
        rows = []
        for i, word in cells:
            row = _row(lines, i)
            if any(_TOTAL.match(lines[j].text) for j in row):
                break
            rows.append((_credit(word.text), row))
        if len(rows) < 2:
            continue
        credited = [row for value, row in rows if value > 0]
        if len(credited) != 1:
            continue
        others = {j for value, row in rows if value <= 0 for j in row}
        return CreditRows(frozenset(credited[0]), frozenset(others - credited[0]))
    return None


def _credit(text: str) -> float:
    if _NONE.fullmatch(text):
        return 0.0
    return float(text.replace(",", "."))


def _column(lines: list[Line], h: int) -> list[tuple[int, Word]]:
    """The credit cells under a head, top down: the first word of each line
    below it that stands under the head and reads as a figure or as none,
    until a gap wider than a table's rows leaves."""
    head = lines[h]
    slack = head.size
    found = []
    for i, line in enumerate(lines):
        if line.top < head.bottom - 0.3 * head.size or i == h or not line.words:
            continue
        word = next(
            (w for w in line.words if w.left < head.right + slack and w.right > head.left - slack),
            None,
        )
        if word is None or not (_FIGURE.fullmatch(word.text) or _NONE.fullmatch(word.text)):
            continue
        found.append((i, word))
    found.sort(key=lambda iw: lines[iw[0]].top)
    column, bottom = [], head.bottom
    for i, word in found:
        if word.top - bottom > ROW_GAP * head.size:
            break
        column.append((i, word))
        bottom = word.top + word.height
    return column


def _row(lines: list[Line], i: int) -> set[int]:
    """The lines level with line `i`: its table row."""
    line = lines[i]
    return {
        j
        for j, other in enumerate(lines)
        if min(line.bottom, other.bottom) - max(line.top, other.top)
        >= 0.5 * min(line.bottom - line.top, other.bottom - other.top)
    }
