"""Where to look again when a label was read but its value was not, or barely.

Tesseract's page layout drops a lone "3" beside "CEC Hours:" as noise, reads
"1.5" standing alone as "5" with no confidence, and skips lettering it cannot
segment, such as a script name under "This certifies that". Reading just that
strip as a single line usually recovers it.
"""

from __future__ import annotations

from server.ocr import labels as L
from server.ocr.models import FieldValue, Line
from server.ocr.text import clean_name

Box = tuple[int, int, int, int]  # left, top, right, bottom
# A short run read with less confidence than this is read again on its own.
DOUBTFUL = 0.6
MAX_REREADS = 6
WANTED = {"holder_name", "course_title", "provider", "completion_date", "hours", "approval_number"}


def regions_to_reread(
    lines: list[Line], fields: dict[str, FieldValue], width: int, height: int
) -> list[Box]:
    name = fields.get("holder_name")
    boxes: list[Box] = _name_line(lines, str(name.value), width, height) if name else []
    for i, line in enumerate(lines):
        hits = L.hits_in(line.text)
        if not hits or hits[-1].value or hits[-1].role not in WANTED - fields.keys():
            continue
        size = line.size
        # "This certifies that" and "has completed" introduce the line below;
        # "Name:" and "CEC Hours:" have their value beside them.
        intro = hits[-1].role in ("holder_name", "course_title") and not line.text.endswith(":")
        if not intro and L.right_of(lines, i) is None and line.right < width * 0.75:
            boxes.append(
                _clip(
                    (
                        line.right + 0.3 * size,
                        line.top - 0.5 * size,
                        line.right + 20 * size,
                        line.bottom + 0.5 * size,
                    ),
                    width,
                    height,
                )
            )
        elif intro and hits[-1].start == 0:
            j = L.below(lines, i, reach=6.0)
            reach = 5 * size
            if j is not None and _garbled_lettering(lines, j, size):
                # The lettering was found but not read: take it in whole.
                j, reach = L.below(lines, j, reach=3.0), 8 * size
            bottom = lines[j].top if j is not None else line.bottom + reach
            if bottom - line.bottom > 1.5 * size:
                boxes.append(
                    _clip(
                        (width * 0.05, line.bottom + 0.2 * size, width * 0.95, bottom - 0.1 * size),
                        width,
                        height,
                    )
                )
    for line in lines:
        centre = ((line.left + line.right) / 2, (line.top + line.bottom) / 2)
        if any(b[0] <= centre[0] <= b[2] and b[1] <= centre[1] <= b[3] for b in boxes):
            continue  # already inside a strip read again, such as a speck in a name
        if line.conf < DOUBTFUL and len(line.words) <= 5 and len(line.text) >= 1:
            size = line.size
            boxes.append(
                _clip(
                    (
                        line.left - 1.5 * size,
                        line.top - 0.4 * size,
                        line.right + 1.5 * size,
                        line.bottom + 0.4 * size,
                    ),
                    width,
                    height,
                )
            )
    return boxes[:MAX_REREADS]


def _name_line(lines: list[Line], name: str, width: int, height: int) -> list[Box]:
    """The holder's name, always read twice: it is the field a reader checks
    first, and a page read drops accents and misreads display lettering."""
    for line in lines:
        words = line.text.split()
        for k in range(len(words)):
            if clean_name(" ".join(words[k:])) == name:
                size = line.size
                box = (
                    line.left - size,
                    line.top - 0.4 * size,
                    line.right + size,
                    line.bottom + 0.4 * size,
                )
                return [_clip(box, width, height)]
    return []


def _garbled_lettering(lines: list[Line], j: int, size: float) -> bool:
    """A line printed larger than its label that holds no label: a name
    in display lettering, which a page read turns to "[yrone Hughes"."""
    return lines[j].size > 1.3 * size and not L.hits_in(lines[j].text)


def _clip(box: tuple[float, float, float, float], width: int, height: int) -> Box:
    left, top, right, bottom = box
    return (
        max(0, round(left)),
        max(0, round(top)),
        min(width, round(right)),
        min(height, round(bottom)),
    )
