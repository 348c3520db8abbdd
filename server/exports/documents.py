"""What exports need from the document store, as a small interface.

The documents service (`app.state.documents`) answers these by the same
names; the CLI builds one over the same data directory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class DocumentSource(Protocol):
    async def file(self, user_id: int, sha256: str) -> tuple[Path, str]:
        """The stored original and its media type; NotFound when this user has no such file."""
        ...

    async def searchable_pdf(self, user_id: int, sha256: str) -> Path:
        """The document as a PDF: a photo with its OCR text layer, or the uploaded PDF itself."""
        ...

    async def upload(self, user_id: int, data: bytes) -> tuple[Any, bool]:
        """Stores a whole file (checked like any upload); True when it was new to this user."""
        ...
