"""Certificate files under the data directory (the default store).

    uploads/<user>/<sha>.<total>.part   a chunked upload in progress
    tmp/                                files being written, renamed into place when whole

A file appears under blobs/ or derived/ only by an atomic rename of a file
that was written and flushed in full, so a crash never leaves half a file
where a reader could find it. A partial upload's offset is its size on disk:
there is no second record of it to disagree with.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from server.documents.storage import BlobStore, Partial, StoredFile, blob_name


class FileStore(BlobStore):
    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir
        self.uploads = data_dir / "uploads"
        self.tmp = data_dir / "tmp"

    def prepare(self) -> None:
        for folder in ("blobs", "uploads", "derived", "tmp"):
            (self.root / folder).mkdir(parents=True, exist_ok=True)

    def describe(self) -> str:
        self.prepare()
        with tempfile.NamedTemporaryFile(dir=self.tmp):
            pass
        return f"files under {self.root.resolve()} (writable)"

    def path(self, name: str) -> Path:
        return self.root / name

    # Whole files by name

    def stat(self, name: str) -> StoredFile | None:
        try:
            info = self.path(name).stat()
        except FileNotFoundError:
            return None
        return StoredFile(name, info.st_size, f"{info.st_size:x}-{info.st_mtime_ns:x}")

    def open(self, name: str) -> BinaryIO:
        return self.path(name).open("rb")

    def read(self, name: str) -> bytes:
        return self.path(name).read_bytes()

    def _put(self, name: str, data: bytes) -> None:
        self._write_atomic(self.path(name), data)

    def delete(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)

    def names(self, folder: str) -> Iterator[str]:
        for path in (self.root / folder).rglob("*"):
            if path.is_file():
                yield path.relative_to(self.root).as_posix()

    # Chunked uploads in progress, one per user and file

    def partial(self, user_id: int, sha256: str) -> Partial | None:
        folder = self.uploads / str(user_id)
        for path in folder.glob(f"{sha256}.*.part"):
            total = path.name.split(".")[1]
            if total.isdigit():
                try:
                    return Partial(path.stat().st_size, int(total), (str(path),))
                except FileNotFoundError:
                    continue  # swept as abandoned between the listing and now
        return None

    def append(self, user_id: int, sha256: str, total: int, offset: int, chunk: bytes) -> int:
        current = self.partial(user_id, sha256)
        if current is not None and (offset == 0 or current.total != total):
            Path(current.parts[0]).unlink(missing_ok=True)
            current = None
        if current is None:
            path = self.uploads / str(user_id) / f"{sha256}.{total}.part"
            path.parent.mkdir(parents=True, exist_ok=True)
        else:
            path = Path(current.parts[0])
        with path.open("r+b" if current else "wb") as file:
            # Truncating at the offset drops the tail of a chunk cut short by a crash.
            file.truncate(offset)
            file.seek(offset)
            file.write(chunk)
            return file.tell()

    def read_partial(self, partial: Partial) -> bytes:
        return Path(partial.parts[0]).read_bytes()

    def discard_partial(self, user_id: int, sha256: str) -> None:
        while (current := self.partial(user_id, sha256)) is not None:
            Path(current.parts[0]).unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            (self.uploads / str(user_id)).rmdir()  # only when empty

    def commit_partial(self, user_id: int, partial: Partial, sha256: str, data: bytes) -> None:
        # The checked bytes are already on disk: a rename moves them into place.
        source, target = Path(partial.parts[0]), self.path(blob_name(sha256))
        if target.is_file():
            source.unlink(missing_ok=True)
        else:
            _fsync_file(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
            _fsync_dir(target.parent)
        self.discard_partial(user_id, sha256)

    def count_partials(self, user_id: int) -> int:
        return sum(1 for _ in (self.uploads / str(user_id)).glob("*.part"))

    # Housekeeping

    def sweep(self, upload_age_seconds: float, temp_age_seconds: float) -> int:
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
