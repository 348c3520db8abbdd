"""`ceclog extract FILE...`: one JSON line per file, as DESIGN §5 describes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

import msgspec

from server.documents.sniff import validate_document
from server.errors import DomainError
from server.ocr.pipeline import extract_document

# The CLI reads local files the user chose, so only the server's upload
# limit is relaxed: anything a phone or scanner makes fits in this.
MAX_FILE_BYTES = 200 * 1024 * 1024


class ExtractLine(msgspec.Struct):
    file: str
    kind: str
    fields: dict[str, dict[str, str | float]]
    seconds: float


class ErrorLine(msgspec.Struct):
    file: str
    error: str


def run_extract(paths: list[str], out: TextIO = sys.stdout) -> int:
    """Read each file; 0 when all were read, 1 when any could not be."""
    encoder = msgspec.json.Encoder()
    failed = False
    for path in paths:
        line: ExtractLine | ErrorLine
        try:
            data = Path(path).read_bytes()
            media_type = validate_document(data, MAX_FILE_BYTES)
            result = extract_document(data, media_type)
            line = ExtractLine(
                file=path,
                kind=result.kind,
                seconds=result.seconds,
                fields={
                    k: {"value": v.value, "confidence": v.confidence}
                    for k, v in result.fields.items()
                },
            )
        except (OSError, DomainError) as exc:
            failed = True
            line = ErrorLine(file=path, error=getattr(exc, "detail", None) or _os_reason(exc))
        out.write(encoder.encode(line).decode() + "\n")
        out.flush()
    return 1 if failed else 0


def _os_reason(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)
