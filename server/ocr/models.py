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
    line: int | None = None  # index in Extraction.lines of the line it was read from


class OcrLine(msgspec.Struct):
    """A line as the app shows it for checking: its text and where it sits on /page."""

    text: str
    confidence: float
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in the page image's pixels


class PageSize(msgspec.Struct):
    width: int
    height: int


class Extraction(msgspec.Struct):
    kind: str  # "course" | "booth" | "session" | "other"
    fields: dict[str, FieldValue]  # absent fields are simply missing
    text: str  # everything read, line by line, for search and review
    seconds: float
    lines: list[OcrLine] = msgspec.field(default_factory=list)
    page: PageSize | None = None
    # Blank fields' likeliest values, offered in review, never filled in.
    suggestions: dict[str, FieldValue] = msgspec.field(default_factory=dict)


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
    # The same line as a second reader read it ("" when there is none).
    alt: str = ""

    @property
    def center_x(self) -> float:
        return (self.left + self.right) / 2


class Page:
    """What the reading stage hands the understanding stage: the certificate
    as one upright page and every line of text on it, in reading order.

    `image` is the page the app shows (/page); every line's box is in its
    pixels. A PDF's text layer gives lines without any OCR; its image is the
    rendered page at the same scale.
    """

    def __init__(self, lines: list[Line], width: int, height: int, image=None) -> None:
        self.lines = lines
        self.width = width
        self.height = height
        self.image = image  # PIL.Image.Image | None
