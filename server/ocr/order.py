"""Reading order: top to bottom, a row's runs left to right, columns kept together.

A recursive cut of the page along empty bands, across (between rows of
text) or along (between columns). A form's label and value sit on one row
and stay together; two blocks of text side by side whose lines do not line
up are read one after the other.
"""

from __future__ import annotations

from server.ocr.models import Line

# A band narrower than this share of the typical glyph height is no gap.
MIN_ROW_GAP = 0.25
MIN_COLUMN_GAP = 1.0
# A band this many glyph heights tall across the whole width parts two sections.
SECTION_GAP = 1.5


def reading_order(lines: list[Line]) -> list[Line]:
    if len(lines) < 2:
        return list(lines)
    size = sorted(ln.size for ln in lines)[len(lines) // 2]
    return _cut(list(lines), max(1.0, size))


def _cut(lines: list[Line], size: float) -> list[Line]:
    if len(lines) < 2:
        return lines
    rows = _split(lines, lambda ln: (ln.top, ln.bottom), MIN_ROW_GAP * size, _middle_band)
    sections = _split(lines, lambda ln: (ln.top, ln.bottom), SECTION_GAP * size, _full_span)
    columns = _split(lines, lambda ln: (ln.left, ln.right), MIN_COLUMN_GAP * size, _full_span)
    # Sections apart from each other come first, top to bottom. Within one,
    # side-by-side blocks whose lines do not share rows are read block by
    # block; a form's labels and values, which do, row by row.
    if len(sections) > 1:
        groups = sections
    elif len(columns) > 1 and not _rows_shared(columns):
        groups = columns
    elif len(rows) > 1:
        groups = rows
    else:
        groups = columns
    if len(groups) > 1:
        return [ln for group in groups for ln in _cut(group, size)]
    return sorted(lines, key=lambda ln: (ln.left, ln.top))


def _rows_shared(columns: list[list[Line]]) -> bool:
    """Whether most lines have a line in another column on the same row."""
    paired = total = 0
    for k, column in enumerate(columns):
        others = [ln for j, group in enumerate(columns) if j != k for ln in group]
        for line in column:
            total += 1
            paired += any(_same_row(line, other) for other in others)
    return paired >= 0.5 * total


def _same_row(a: Line, b: Line) -> bool:
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    return shared >= 0.5 * min(a.bottom - a.top, b.bottom - b.top)


def _middle_band(span: tuple[int, int]) -> tuple[float, float]:
    # Rows are told apart by their letters' middles: a descender or a tall
    # capital reaching into the next row's box is not a line joining them.
    top, bottom = span
    inset = (bottom - top) * 0.2
    return top + inset, bottom - inset


def _full_span(span: tuple[int, int]) -> tuple[float, float]:
    return float(span[0]), float(span[1])


def _split(lines: list[Line], span, min_gap: float, shrink) -> list[list[Line]]:
    """Groups of lines separated by an empty band at least `min_gap` wide."""
    ordered = sorted(lines, key=lambda ln: shrink(span(ln))[0])
    groups: list[list[Line]] = [[ordered[0]]]
    reach = shrink(span(ordered[0]))[1]
    for line in ordered[1:]:
        start, end = shrink(span(line))
        if start - reach >= min_gap:
            groups.append([line])
        else:
            groups[-1].append(line)
        reach = max(reach, end)
    return groups
