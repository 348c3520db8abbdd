"""Build positioned words from a sketch of a page, for extraction tests.

    sketch = '''
    # Certificate of Completion        a "#" line is printed large
    This certifies that
    Name: Ana Ruiz  |  Date: 3/4/26    "|" starts the next column
    '''
Lines are centred unless `align="left"`; columns are 1000 px apart.
"""

from __future__ import annotations

from server.ocr.fields import understand
from server.ocr.layout import build_lines
from server.ocr.models import FieldValue, Line, Word

PAGE_WIDTH = 2400
CHAR = 0.5  # a character's width, in glyph heights


def words_of(sketch: str, align: str = "center", conf: float = 0.95) -> list[Word]:
    words: list[Word] = []
    y = 100
    for raw in sketch.strip("\n").splitlines():
        raw = raw.strip()
        if not raw:
            y += 60
            continue
        size = 30
        if raw.startswith("#"):
            raw, size = raw.lstrip("# "), 60
        for col, run in enumerate(part.strip() for part in raw.split("|")):
            width = len(run) * size * CHAR
            if align == "center" and "|" not in raw:
                x = (PAGE_WIDTH - width) / 2
            else:
                x = 100 + col * 1000
            for token in run.split():
                w = len(token) * size * CHAR
                words.append(
                    Word(text=token, left=round(x), top=y, width=round(w), height=size, conf=conf)
                )
                x += w + size * CHAR
        y += round(size * 1.8)
    return words


def lines_of(sketch: str, align: str = "center", conf: float = 0.95) -> list[Line]:
    """The sketch's lines as the reading stage gives them: both readers read
    every line alike."""
    lines = build_lines(words_of(sketch, align, conf))
    for line in lines:
        line.alt = line.text
    return lines


def offered(lines: list[Line]) -> tuple[str, dict[str, FieldValue]]:
    """The page's kind, and every value review shows for it: the fields
    filled in, and for those left blank the page's value offered for one tap."""
    kind, filled, suggested = understand(lines)
    return kind, suggested | filled
