"""What exports need from the document store, as a small interface.

The documents service (`app.state.documents`) answers these by the same
names; the CLI builds one over the same store.
"""

from __future__ import annotations

from typing import Any, BinaryIO, Protocol, runtime_checkable

from server.documents.storage import StoredFile


@runtime_checkable
class DocumentSource(Protocol):
    async def file(self, user_id: int, sha256: str) -> tuple[StoredFile, str]:
        """The stored original and its media type; NotFound when this user has no such file."""
        ...

    async def searchable_pdf(self, user_id: int, sha256: str) -> StoredFile:
        """The document as a PDF: a photo with its OCR text layer, or the uploaded PDF itself."""
        ...

    async def read(self, file: StoredFile) -> bytes:
        """The whole file, for work that needs all of it (a PDF to send)."""
        ...

    def open(self, file: StoredFile) -> BinaryIO:
        """The file to copy in pieces (blocking: call it in a thread)."""
        ...

    async def upload(self, user_id: int, data: bytes) -> tuple[Any, bool]:
        """Stores a whole file (checked like any upload); True when it was new to this user."""
        ...
