"""Where certificate files live: what every store offers, and which store the settings pick.

Names are the same in every store, content-addressed:

    blobs/ab/abcdef…            complete files, named by their SHA-256
    derived/ab/abcdef….<kind>   thumbnails, pages and searchable PDFs, made on demand
    uploads/<user>/…            chunked uploads in progress (each store its own way)

A file appears under a name only whole: a reader never finds half of one.
`storage_files.FileStore` keeps them under the data directory (the default);
`storage_s3.S3Store` in an S3-compatible bucket (`CECLOG_STORAGE_URL`).

Blocking work; callers on the event loop run these in a thread.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import BinaryIO

import msgspec

from server.settings import Settings


class Partial(msgspec.Struct, frozen=True):
    """A chunked upload under way: its bytes so far are `parts`, read in order."""

    offset: int
    total: int
    parts: tuple[str, ...]


class StoredFile(msgspec.Struct, frozen=True):
    """A file in the store; `version` changes whenever its bytes may have."""

    name: str
    size: int
    version: str


def blob_name(sha256: str) -> str:
    return f"blobs/{sha256[:2]}/{sha256}"


def derived_name(sha256: str, kind: str) -> str:
    return f"derived/{sha256[:2]}/{sha256}.{kind}"


class BlobStore(ABC):
    """Certificate files and their derivatives, and chunked uploads under way."""

    @abstractmethod
    def prepare(self) -> None:
        """Makes what the store needs to exist (folders); safe to call at every start."""

    @abstractmethod
    def describe(self) -> str:
        """Where the files are, having checked the store can be reached (raises otherwise)."""

    # Whole files by name

    @abstractmethod
    def stat(self, name: str) -> StoredFile | None: ...

    @abstractmethod
    def open(self, name: str) -> BinaryIO:
        """The file to read in pieces; FileNotFoundError when there is none."""

    @abstractmethod
    def read(self, name: str) -> bytes: ...

    @abstractmethod
    def _put(self, name: str, data: bytes) -> None:
        """Writes the whole file at once: until it returns, readers see the old one or none."""

    @abstractmethod
    def delete(self, name: str) -> None: ...

    @abstractmethod
    def names(self, folder: str) -> Iterator[str]:
        """Every file name under `folder` ("blobs", "derived")."""

    # Complete files

    def has_blob(self, sha256: str) -> bool:
        return self.stat(blob_name(sha256)) is not None

    def read_blob(self, sha256: str) -> bytes:
        return self.read(blob_name(sha256))

    def write_blob(self, sha256: str, data: bytes) -> None:
        """Store the bytes unless they are already there (same name, same bytes)."""
        if not self.has_blob(sha256):
            self._put(blob_name(sha256), data)

    def write_derived(self, sha256: str, kind: str, data: bytes) -> StoredFile:
        name = derived_name(sha256, kind)
        self._put(name, data)
        stored = self.stat(name)
        assert stored is not None
        return stored

    # Chunked uploads in progress, one per user and file

    @abstractmethod
    def partial(self, user_id: int, sha256: str) -> Partial | None: ...

    @abstractmethod
    def append(self, user_id: int, sha256: str, total: int, offset: int, chunk: bytes) -> int:
        """Add a chunk at `offset` (the caller checked it); returns the new offset.

        A chunk at offset 0, or for another total, starts the upload over.
        """

    @abstractmethod
    def read_partial(self, partial: Partial) -> bytes: ...

    @abstractmethod
    def discard_partial(self, user_id: int, sha256: str) -> None: ...

    @abstractmethod
    def commit_partial(self, user_id: int, partial: Partial, sha256: str, data: bytes) -> None:
        """Make a finished upload the blob. `data` is its bytes, read with `read_partial`
        and checked against `sha256` by the caller; drops the upload if the blob exists."""

    @abstractmethod
    def count_partials(self, user_id: int) -> int: ...

    @abstractmethod
    def sweep(self, upload_age_seconds: float, temp_age_seconds: float) -> int:
        """Remove uploads untouched for `upload_age_seconds` and temp files older than
        `temp_age_seconds`; returns how many."""


def open_store(settings: Settings) -> BlobStore:
    """The bucket of `CECLOG_STORAGE_URL` when set, else files under the data directory."""
    if settings.storage_url:
        from server.documents.storage_s3 import S3Store
        from server.documents.storage_url import parse_storage_url

        return S3Store(parse_storage_url(settings.storage_url))
    from server.documents.storage_files import FileStore

    return FileStore(settings.data_dir)
