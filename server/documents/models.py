"""What the documents API answers with."""

from __future__ import annotations

from typing import Literal

import msgspec

OcrStatus = Literal["queued", "running", "done", "failed"]

# Entry fields OCR may fill, as `Extraction.fields` names them.
OCR_FIELDS = (
    "holder_name",
    "course_title",
    "provider",
    "completion_date",
    "hours",
    "approval_number",
)


class OcrField(msgspec.Struct):
    value: str | float
    confidence: float
    line: int | None = None  # index in OcrResult.lines of the line it was read from


class OcrLine(msgspec.Struct):
    text: str
    confidence: float
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in /page pixels


class PageSize(msgspec.Struct):
    width: int
    height: int


class OcrResult(msgspec.Struct, kw_only=True):
    status: OcrStatus
    kind: str | None = None
    fields: dict[str, OcrField] = {}
    lines: list[OcrLine] = []
    page: PageSize | None = None  # the size of /page, which the lines' boxes are measured on
    # For fields left blank, the value the page most likely gives, not likely
    # enough to fill in: offered in review for the technician to take.
    suggestions: dict[str, OcrField] = {}
    text: str = ""
    error: str | None = None
    attempts: int = 0
    seconds: float | None = None


class Document(msgspec.Struct, kw_only=True):
    sha256: str
    media_type: str
    size: int
    created_at: str
    ocr: OcrResult


class Stored(msgspec.Struct, kw_only=True):
    """The answer to an upload or a chunk of one."""

    sha256: str
    complete: bool
    offset: int
    size: int | None = None
    media_type: str | None = None


class ContentRange(msgspec.Struct, frozen=True):
    """`Content-Range: bytes first-last/total` as numbers."""

    first: int
    last: int
    total: int

    @property
    def is_last(self) -> bool:
        return self.last + 1 == self.total
