"""Group words into lines by where they sit, not by the order tesseract read them.

Tesseract splits a form's label column and value column into separate blocks;
reading by geometry puts "CEC Hours:" and "14" back on one row, as separate
runs, so a label can find the value beside it.
"""

from __future__ import annotations

import statistics

from server.ocr.models import Line, Word
from server.ocr.text import fix_known_words

# A gap wider than this many glyph heights separates two runs on one row
# (two columns, or a label and its value); word spaces are about a third.
RUN_GAP = 1.6


def build_lines(words: list[Word]) -> list[Line]:
    """Runs of text, top to bottom, left to right."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
        row = _row_for(rows, word)
        if row is None:
            rows.append([word])
        else:
            row.append(word)
    lines = [run for row in rows for run in split_runs(row)]
    lines.sort(key=lambda ln: (ln.top, ln.left))
    return lines


def _row_for(rows: list[list[Word]], word: Word) -> list[Word] | None:
    center = (word.top + word.bottom) / 2
    for row in reversed(rows[-6:]):
        top = statistics.median(w.top for w in row)
        bottom = statistics.median(w.bottom for w in row)
        height = bottom - top
        if top <= center <= bottom and 0.5 < word.height / max(1, height) < 2.0:
            return row
    return None


def split_runs(row: list[Word]) -> list[Line]:
    """A row's words as runs, split where the gap is wider than RUN_GAP glyphs."""
    if not row:
        return []
    row.sort(key=lambda w: w.left)
    size = statistics.median(w.height for w in row)
    runs: list[list[Word]] = [[row[0]]]
    for word in row[1:]:
        if word.left - runs[-1][-1].right > RUN_GAP * size:
            runs.append([word])
        else:
            runs[-1].append(word)
    return [make_line(run) for run in runs]


def make_line(words: list[Word]) -> Line:
    return Line(
        words=words,
        text=fix_known_words(" ".join(w.text for w in words)),
        left=min(w.left for w in words),
        top=min(w.top for w in words),
        right=max(w.right for w in words),
        bottom=max(w.bottom for w in words),
        size=float(statistics.median(w.height for w in words)),
        conf=sum(w.conf * len(w.text) for w in words) / max(1, sum(len(w.text) for w in words)),
    )


def page_text(lines: list[Line]) -> str:
    """The page as plain text: one row per line, runs on a row joined by tabs."""
    out: list[str] = []
    previous: Line | None = None
    for line in lines:
        same_row = (
            previous is not None
            and line.left >= previous.right
            and _shared_height(line, previous) > 0.5
        )
        if same_row:
            out[-1] += "\t" + line.text
        else:
            out.append(line.text)
        previous = line
    return "\n".join(out)


def _shared_height(a: Line, b: Line) -> float:
    """How much of the shorter line's height the two share: a descender
    reaching into the next row's box does not make one row of them."""
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    return shared / max(1, min(a.bottom - a.top, b.bottom - b.top))
