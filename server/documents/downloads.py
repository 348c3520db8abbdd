"""Files from the store as HTTP answers, streamed through the server.

The browser never goes to the store itself: the app's CSP (`img-src 'self'`)
and its sign-in stay the only way to a certificate. Litestar's File reads
through this adapter a megabyte at a time, so a 25 MB file is never held whole.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from litestar.types.file_types import FileInfo

from server.documents.storage import BlobStore, StoredFile


class StoreFiles:
    """Litestar's file-system protocol over a store: `info` and `open` by name."""

    def __init__(self, store: BlobStore, file: StoredFile) -> None:
        self._store = store
        self.info_of = _info(file)

    async def info(self, path: Any, **_: Any) -> FileInfo:
        return self.info_of

    def open(self, file: Any, mode: str = "rb", buffering: int = -1) -> BinaryIO:
        # Blocking: Litestar calls it, and each read, in a thread.
        return self._store.open(str(file))


def _info(file: StoredFile) -> FileInfo:
    return {
        "name": file.name,
        "size": file.size,
        "type": "file",
        "islink": False,
        "created": 0.0,
        "mtime": None,  # type: ignore[typeddict-item]
        "mode": 0o444,
        "nlink": 1,
        "uid": 0,
        "gid": 0,
        "ino": 0,
    }
