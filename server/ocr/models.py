"""What OCR hands back, and the words and lines it works with in between."""

from __future__ import annotations

import msgspec

FIELD_NAMES = (
    "holder_name",
    "course_title",
    "provider",
    "completion_date",
    "hours",
    "approval_number",
)


class FieldValue(msgspec.Struct):
    value: str | float
    confidence: float  # 0..1: how sure the reader is, shown to the user for review


class Extraction(msgspec.Struct):
    kind: str  # "course" | "booth" | "session" | "other"
    fields: dict[str, FieldValue]  # absent fields are simply missing
    text: str  # everything read, line by line, for search and review
    seconds: float


class Word(msgspec.Struct, frozen=True):
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float  # 0..1; text from a PDF's own text layer is 1
    line_key: tuple[int, int, int] = (0, 0, 0)  # block, paragraph, line as tesseract saw them

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


class Line(msgspec.Struct):
    """Words that read as one run of text: one row, with no wide gap inside."""

    words: list[Word]
    text: str
    left: int
    top: int
    right: int
    bottom: int
    size: float  # typical glyph height, the font size as the page shows it
    conf: float

    @property
    def center_x(self) -> float:
        return (self.left + self.right) / 2
