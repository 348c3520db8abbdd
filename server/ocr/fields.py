"""Pick certificate fields out of positioned lines of text.

Every field is chosen by its label and its place on the page, never by first
match: each candidate gets a score from how surely its label names the field,
and the best one wins. Confidence is that score tempered by how sure OCR was
of the words.
"""

from __future__ import annotations

import re

from server.ocr import labels as L
from server.ocr.dates import find_dates
from server.ocr.hours import MAX_HOURS, MIN_HOURS, find_hours, parse_number
from server.ocr.models import FIELD_NAMES, FieldValue, Line
from server.ocr.text import (
    EVENT_WORDS,
    ORG_WORDS,
    clean_name,
    clean_provider,
    clean_title,
    is_heading,
    letters_ratio,
)

Candidate = tuple[float, object, int]  # score, value, line index

_APPROVAL = re.compile(r"\b[A-Z0-9][A-Z0-9\-./]*\d[A-Z0-9\-./]*\b", re.IGNORECASE)


class Page:
    """The lines and their labels, with the lookups every field needs."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.hits = L.find_hits(lines)
        self.by_line: dict[int, list[L.Hit]] = {}
        for hit in self.hits:
            self.by_line.setdefault(hit.line, []).append(hit)
        self.label_only = {i for i, ln in enumerate(lines) if L.is_label_only(ln.text)}

    def free_text(self, i: int) -> str:
        """A line's text before its first label: the part that can be a value."""
        hits = self.by_line.get(i)
        return self.lines[i].text[: hits[0].start] if hits else self.lines[i].text

    def values_for(self, hit: L.Hit) -> list[tuple[str, int, float]]:
        """Where the value of a label may be: after it, beside it, under it, over it."""
        if hit.value:
            return [(hit.value, hit.line, 1.0)]
        if hit.end < len(self.lines[hit.line].text.rstrip(" :#")) - 1:
            return []  # another label follows at once: this one has no value here
        out = []
        for finder, factor in ((L.right_of, 0.97), (L.below, 0.92), (L.above, 0.8)):
            j = finder(self.lines, hit.line)
            if j is not None and j not in self.label_only and self.free_text(j).strip():
                out.append((self.free_text(j), j, factor))
        return out

    def label_near(self, i: int) -> L.Hit | None:
        """The label of a bare value: a label-only run to its left, else the
        nearest label-only line above or below (forms and signature lines)."""
        line = self.lines[i]
        mid = (line.top + line.bottom) / 2
        left = [
            j
            for j in self.label_only
            if self.lines[j].right <= line.left + 2
            and self.lines[j].top <= mid <= self.lines[j].bottom
        ]
        if left:
            j = max(left, key=lambda k: self.lines[k].right)
            return self.by_line[j][-1]
        near = [
            j
            for j in (L.below(self.lines, i, 1.2), L.above(self.lines, i, 1.6))
            if j is not None and j in self.label_only
        ]
        if near:
            j = min(near, key=lambda k: abs(self.lines[k].top - line.top))
            return self.by_line[j][0]
        return None

    def covering(self, i: int, pos: int) -> L.Hit | None:
        """The label that a value starting at character `pos` of line `i` falls under."""
        found = None
        for hit in self.by_line.get(i, []):
            if hit.start <= pos:
                found = hit
        return found


def extract_fields(lines: list[Line]) -> tuple[str, dict[str, FieldValue]]:
    """The document's kind and every field found in it."""
    page = Page(lines)
    kind = classify(lines)
    fields: dict[str, FieldValue] = {}
    pickers = {
        "course_title": _titles,
        "completion_date": _dates,
        "hours": _hours,
        "approval_number": _approvals,
        "holder_name": _names,
        "provider": _providers,
    }
    used: set[int] = set()
    for name, picker in pickers.items():
        best = _best(picker(page, kind, used))
        if best:
            fields[name] = _field(best, lines)
            used.add(best[2])
    return kind, {name: fields[name] for name in FIELD_NAMES if name in fields}


def classify(lines: list[Line]) -> str:
    text = " ".join(ln.text for ln in lines).lower()
    scores = {
        "booth": 3 * len(re.findall(r"booth\s+(?:registration|visit|check-?in|attendance)", text))
        + len(re.findall(r"\bbooth\b", text)),
        "session": 2
        * len(
            re.findall(
                r"session\s+(?:attendance|verification|title|name|code|:)|"
                r"attendance\s+verification|date\s+attended|speaker|"
                r"presenter|educational\s+session",
                text,
            )
        ),
        "course": 2
        * len(
            re.findall(
                r"certificate\s+of\s+(?:completion|achievement|training)|"
                r"successfully\s+complet|has\s+completed|course\s+title|"
                r"completed\s+the\s+course|for\s+completing",
                text,
            )
        ),
    }
    kind = max(scores, key=lambda k: scores[k])
    return kind if scores[kind] >= 2 else "other"


def _best(candidates: list[Candidate]) -> Candidate | None:
    return max(candidates, key=lambda c: c[0], default=None)


def _field(candidate: Candidate, lines: list[Line]) -> FieldValue:
    score, value, i = candidate
    ocr = lines[i].conf
    return FieldValue(value=value, confidence=round(min(1.0, score) * (0.4 + 0.6 * ocr), 2), line=i)


def _names(page: Page, kind: str, used: set[int]) -> list[Candidate]:
    out: list[Candidate] = []
    for hit in page.hits:
        if hit.role != "holder_name":
            continue
        label = page.lines[hit.line].text[hit.start : hit.end].lower()
        for text, j, factor in page.values_for(hit):
            name = clean_name(text, last_first="last" in label)
            if name:
                out.append((hit.weight * factor, name, j))
                break
    if not out and kind != "other":
        # No label read (an ornate "This certifies that" is easily lost): a
        # line printed larger than the text around it that is a name and nothing else.
        typical = _typical_size(page.lines)
        for i, line in enumerate(page.lines):
            if i in page.by_line or i in used or line.size < 1.3 * typical:
                continue
            if name := clean_name(line.text):
                out.append((0.3 + 0.05 * min(3.0, line.size / typical), name, i))
    return out


def _titles(page: Page, kind: str, used: set[int]) -> list[Candidate]:
    out: list[Candidate] = []
    for hit in page.hits:
        if hit.role != "course_title":
            continue
        for text, j, factor in page.values_for(hit):
            parts = [text] + [page.lines[k].text for k in _continuation(page, j)]
            title = clean_title(_cut_extras(" ".join(parts)))
            if len(title) >= 3 and letters_ratio(title) > 0.6 and not is_heading(title):
                out.append((hit.weight * factor, title, j))
                break
    return out


def _continuation(page: Page, j: int) -> list[int]:
    """Lines that carry on a wrapped value: same size and alignment, close under it."""
    out, current = [], j
    for _ in range(2):
        nxt = L.below(page.lines, current, reach=1.2)
        if nxt is None or nxt in page.by_line or nxt in page.label_only:
            break
        a, b = page.lines[current], page.lines[nxt]
        aligned = abs(a.left - b.left) < a.size or abs(a.center_x - b.center_x) < a.size * 1.5
        if not aligned or not 0.8 < b.size / a.size < 1.25:
            break
        if find_dates(b.text) or find_hours(b.text) or _has_left_label(page, nxt):
            break
        out.append(nxt)
        current = nxt
    return out


def _has_left_label(page: Page, i: int) -> bool:
    """Whether a label sits to the left on the same row: a form's next field."""
    line = page.lines[i]
    mid = (line.top + line.bottom) / 2
    return any(
        page.lines[j].right <= line.left and page.lines[j].top <= mid <= page.lines[j].bottom
        for j in page.by_line
    )


def _cut_extras(text: str) -> str:
    """A title runs until a date, an amount of hours or a provider phrase starts."""
    stops = [
        m.start() for m in re.finditer(r"\s(?:on|dated)\s", text) if find_dates(text[m.start() :])
    ]
    stops += [h.start for h in find_hours(text)]
    stops += [
        m.start() for m in re.finditer(r"\b(?:presented|sponsored|offered)\s+by\b", text, re.I)
    ]
    return text[: min(stops)] if stops else text


def _dates(page: Page, kind: str, used: set[int]) -> list[Candidate]:
    out: list[Candidate] = []
    for i, line in enumerate(page.lines):
        for match in find_dates(line.text):
            hit = page.covering(i, match.start) or page.label_near(i)
            role = hit.role if hit else None
            before = line.text[: match.start].rstrip().lower()
            if role == "completion_date":
                score = hit.weight
            elif role == "date_range" or match.range_start:
                score = 0.55
            elif role in ("date_other", "number_other", "contact_other"):
                continue
            elif before.endswith(" on") or before == "on":
                score = 0.85
            else:
                score = 0.45
            out.append((score, match.value.isoformat(), i))
    return out


def _hours(page: Page, kind: str, used: set[int]) -> list[Candidate]:
    out: list[Candidate] = []
    for i, line in enumerate(page.lines):
        for match in find_hours(line.text):
            hit = page.covering(i, match.start)
            if match.contact or (hit and hit.role == "hours_other"):
                continue
            out.append((1.0 if match.credit else 0.7, match.value, i))
        if re.fullmatch(r"\s*\d{1,2}(?:[.,]\d{1,2})?\s*(?:hours?|hrs?\.?)?\s*", line.text, re.I):
            hit = page.label_near(i)
            value = parse_number(re.sub(r"[^\d.,]", "", line.text))
            if hit and hit.role == "hours" and value and MIN_HOURS <= value <= MAX_HOURS:
                out.append((hit.weight, value, i))
    return out


def _approvals(page: Page, kind: str, used: set[int]) -> list[Candidate]:
    out: list[Candidate] = []
    for hit in page.hits:
        if hit.role != "approval_number":
            continue
        for text, j, factor in page.values_for(hit):
            match = _APPROVAL.search(text)
            if match and 3 <= len(match.group()) <= 24:
                out.append((hit.weight * factor, match.group().strip(".-/"), j))
                break
    return out


def _providers(page: Page, kind: str, used: set[int]) -> list[Candidate]:
    out: list[Candidate] = []
    slip = kind in ("booth", "session")
    for hit in page.hits:
        if hit.role not in ("provider", "event"):
            continue
        weight = hit.weight if (hit.role == "event") == slip else hit.weight * 0.5
        for text, j, factor in page.values_for(hit):
            name = clean_provider(text)
            if len(name) >= 3 and letters_ratio(name) > 0.6 and not is_heading(name):
                out.append((weight * factor, name, j))
                break
    # The issuer printed at the head of the page: for a slip that is the event.
    height = max((ln.bottom for ln in page.lines), default=1)
    for i, line in enumerate(page.lines):
        if i in used or i in page.by_line or line.top > height * 0.3 or is_heading(line.text):
            continue
        name = clean_provider(line.text)
        if len(name) < 4 or letters_ratio(name) < 0.7 or clean_name(name):
            continue
        words = EVENT_WORDS if slip else ORG_WORDS
        score = 0.75 if words.search(name) else 0.35
        out.append((score - 0.01 * i, name, i))
    return out


def _typical_size(lines: list[Line]) -> float:
    sizes = sorted(ln.size for ln in lines)
    return sizes[len(sizes) // 2] if sizes else 1.0
