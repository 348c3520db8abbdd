"""Certificate files under the data directory.

    blobs/ab/abcdef…            complete files, named by their SHA-256
    uploads/<user>/<sha>.<total>.part   a chunked upload in progress
    derived/ab/abcdef….<kind>   thumbnails and searchable PDFs, made on demand
    tmp/                        files being written, renamed into place when whole

A file appears under blobs/ or derived/ only by an atomic rename of a file
that was written and flushed in full, so a crash never leaves half a file
where a reader could find it. A partial upload's offset is its size on disk:
there is no second record of it to disagree with.

Blocking file work; callers on the event loop run these in a thread.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

import msgspec


class Partial(msgspec.Struct, frozen=True):
    path: Path
    offset: int
    total: int


class BlobStore:
    def __init__(self, data_dir: Path) -> None:
        self.blobs = data_dir / "blobs"
        self.uploads = data_dir / "uploads"
        self.derived = data_dir / "derived"
        self.tmp = data_dir / "tmp"

    def create_dirs(self) -> None:
        for folder in (self.blobs, self.uploads, self.derived, self.tmp):
            folder.mkdir(parents=True, exist_ok=True)

    # Complete files

    def blob_path(self, sha256: str) -> Path:
        return self.blobs / sha256[:2] / sha256

    def has_blob(self, sha256: str) -> bool:
        return self.blob_path(sha256).is_file()

    def read_blob(self, sha256: str) -> bytes:
        return self.blob_path(sha256).read_bytes()

    def write_blob(self, sha256: str, data: bytes) -> None:
        """Store the bytes unless they are already there (same name, same bytes)."""
        if not self.has_blob(sha256):
            self._write_atomic(self.blob_path(sha256), data)

    # Chunked uploads in progress, one per user and file

    def partial(self, user_id: int, sha256: str) -> Partial | None:
        folder = self.uploads / str(user_id)
        for path in folder.glob(f"{sha256}.*.part"):
            total = path.name.split(".")[1]
            if total.isdigit():
                try:
                    return Partial(path, path.stat().st_size, int(total))
                except FileNotFoundError:
                    continue  # swept as abandoned between the listing and now
        return None

    def append(self, user_id: int, sha256: str, total: int, offset: int, chunk: bytes) -> int:
        """Add a chunk at `offset` (the caller checked it); returns the new offset."""
        current = self.partial(user_id, sha256)
        if current is not None and (offset == 0 or current.total != total):
            current.path.unlink(missing_ok=True)
            current = None
        if current is None:
            path = self.uploads / str(user_id) / f"{sha256}.{total}.part"
            path.parent.mkdir(parents=True, exist_ok=True)
        else:
            path = current.path
        with path.open("r+b" if current else "wb") as file:
            # Truncating at the offset drops the tail of a chunk cut short by a crash.
            file.truncate(offset)
            file.seek(offset)
            file.write(chunk)
            return file.tell()

    def read_partial(self, partial: Partial) -> bytes:
        return partial.path.read_bytes()

    def discard_partial(self, user_id: int, sha256: str) -> None:
        while (current := self.partial(user_id, sha256)) is not None:
            current.path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            (self.uploads / str(user_id)).rmdir()  # only when empty

    def commit_partial(self, user_id: int, partial: Partial, sha256: str) -> None:
        """Move a finished, checked upload into place, or drop it if the blob exists."""
        target = self.blob_path(sha256)
        if target.is_file():
            partial.path.unlink(missing_ok=True)
        else:
            _fsync_file(partial.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(partial.path, target)
            _fsync_dir(target.parent)
        self.discard_partial(user_id, sha256)

    # Derived files: thumbnails and searchable PDFs

    def derived_path(self, sha256: str, kind: str) -> Path:
        return self.derived / sha256[:2] / f"{sha256}.{kind}"

    def write_derived(self, sha256: str, kind: str, data: bytes) -> Path:
        path = self.derived_path(sha256, kind)
        self._write_atomic(path, data)
        return path

    # Housekeeping

    def count_partials(self, user_id: int) -> int:
        return sum(1 for _ in (self.uploads / str(user_id)).glob("*.part"))

    def sweep(self, upload_age_seconds: float, temp_age_seconds: float) -> int:
        """Remove uploads untouched for `upload_age_seconds` and temp files (each
        written in seconds) older than `temp_age_seconds`; returns how many."""
        now = time.time()
        removed = 0
        for pattern, folder, age in (
            ("*/*.part", self.uploads, upload_age_seconds),
            ("*", self.tmp, temp_age_seconds),
        ):
            for path in folder.glob(pattern):
                with contextlib.suppress(OSError):
                    if path.stat().st_mtime < now - age:
                        path.unlink()
                        removed += 1
        return removed

    def _write_atomic(self, target: Path, data: bytes) -> None:
        self.tmp.mkdir(parents=True, exist_ok=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self.tmp, prefix=target.name[:16] + ".")
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(name, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise
        _fsync_dir(target.parent)


def _fsync_file(path: Path) -> None:
    with path.open("rb") as file:
        os.fsync(file.fileno())


def _fsync_dir(path: Path) -> None:
    # Makes the rename itself durable; not every platform lets a directory be opened.
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
