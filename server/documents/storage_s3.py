"""Certificate files in an S3-compatible bucket (`CECLOG_STORAGE_URL`).

Blobs and derivatives are objects named as on disk, under the URL's prefix;
put_object is atomic, so a reader never sees half of one. A chunked upload is
staged in the bucket, one object per chunk, so any chunk may reach any server
process:

    uploads/<user>/<sha>.<total>/<offset:012d>

Its offset is where the run of parts from byte 0 without a gap ends; parts
beyond a gap, or overlapping, are stale and removed at the next chunk. S3's
own multipart upload does not fit: its parts must be 5 MB, chunks are ≤ 1 MiB.
Nothing is kept on the local disk.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

import boto3
import msgspec
from botocore.config import Config
from botocore.exceptions import ClientError, HTTPClientError, NoCredentialsError
from botocore.exceptions import ConnectionError as BotoConnectionError

from server.documents.storage import BlobStore, Partial, StoredFile, blob_name
from server.documents.storage_url import S3Location
from server.errors import Unavailable

UNREACHABLE = "The certificate store is not reachable; try again."
NO_CREDENTIALS = "no credentials for the bucket: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
_REFUSED = ("AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "ExpiredToken")
log = logging.getLogger("ceclog.storage")


class StoreRefused(Unavailable):
    """The store turned the server's credentials down (or there were none): the
    technician sees the store as unreachable; the operator's log says why."""


_MISSING = ("NoSuchKey", "404", "NotFound")
_DELETE_BATCH = 1000  # the most DeleteObjects takes at once
# One session for the process: each new one parses S3's service model again (~0.1 s),
# and sessions, unlike their clients, are not safe to share without a lock.
_session: boto3.session.Session | None = None
_session_lock = threading.Lock()


def _new_client(location: S3Location, config: Config) -> Any:
    global _session
    with _session_lock:
        if _session is None:
            _session = boto3.session.Session()
        return _session.client(
            "s3", endpoint_url=location.endpoint, region_name=location.region, config=config
        )


class Part(msgspec.Struct, frozen=True):
    key: str
    total: int
    offset: int
    size: int
    modified: float


def contiguous_run(parts: Iterable[Part]) -> list[Part]:
    """The parts that hold bytes 0..n without a gap, in order; the others are stale."""
    run: list[Part] = []
    end = 0
    for part in sorted(parts, key=lambda p: p.offset):
        if part.offset > end:
            break
        if part.offset == end and part.size > 0:
            run.append(part)
            end += part.size
    return run


def current_upload(parts: list[Part]) -> list[Part]:
    """The run of the upload under way: of several totals (a restart cut short), the newest."""
    totals: dict[int, list[Part]] = {}
    for part in parts:
        totals.setdefault(part.total, []).append(part)
    if not totals:
        return []
    newest = max(totals.values(), key=lambda group: max(p.modified for p in group))
    return contiguous_run(newest)


@contextlib.contextmanager
def reaching() -> Iterator[None]:
    """Store errors as the app speaks of them: a missing object is FileNotFoundError;
    a store that does not answer, or answers 5xx, is Unavailable (503)."""
    try:
        yield
    except ClientError as exc:
        error = exc.response.get("Error", {})
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
        if error.get("Code") in _MISSING:
            raise FileNotFoundError(error.get("Message") or "no such object") from exc
        if status >= 500 or error.get("Code") in ("SlowDown", "ServiceUnavailable"):
            raise Unavailable(UNREACHABLE, **{"Retry-After": 30}) from exc
        if error.get("Code") in _REFUSED:
            log.error("CECLOG_STORAGE_URL: the bucket refused the credentials (%s)", error["Code"])
            raise StoreRefused(UNREACHABLE, **{"Retry-After": 30}) from exc
        raise
    except NoCredentialsError as exc:
        log.error("CECLOG_STORAGE_URL: %s", NO_CREDENTIALS)
        raise StoreRefused(UNREACHABLE, **{"Retry-After": 30}) from exc
    except (BotoConnectionError, HTTPClientError) as exc:
        raise Unavailable(UNREACHABLE, **{"Retry-After": 30}) from exc


class S3Store(BlobStore):
    def __init__(self, location: S3Location) -> None:
        self.location = location
        self.bucket = location.bucket
        self._root = f"{location.prefix}/" if location.prefix else ""
        config = Config(
            s3={"addressing_style": "path" if location.path_style else "auto"},
            # An outage answers within seconds, not after the phone has given up.
            connect_timeout=5,
            read_timeout=30,
            retries={"mode": "standard", "max_attempts": 3},
            # Each download holds a connection while it streams; requests run in threads.
            max_pool_connections=32,
        )
        self._client: Any = _new_client(location, config)  # safe to share between threads

    def prepare(self) -> None:
        """Nothing to make: the bucket is the operator's, made once when setting up."""

    def describe(self) -> str:
        where = f"s3://{self.bucket}/{self._root}" + (
            f" at {self.location.endpoint}" if self.location.endpoint else ""
        )
        try:
            with reaching():
                self._client.head_bucket(Bucket=self.bucket)
        except FileNotFoundError:
            raise FileNotFoundError(f"{where}: the bucket does not exist") from None
        except StoreRefused as exc:
            cause = exc.__cause__
            reason = NO_CREDENTIALS if isinstance(cause, NoCredentialsError) else f"{cause}"
            raise PermissionError(f"{where}: {reason}") from None
        except Unavailable:
            raise Unavailable(f"{where}: {UNREACHABLE}") from None
        except ClientError as exc:
            raise PermissionError(f"{where}: {exc}") from None
        return f"{where} (reachable)"

    # Whole files by name

    def stat(self, name: str) -> StoredFile | None:
        try:
            with reaching():
                head = self._client.head_object(Bucket=self.bucket, Key=self._root + name)
        except FileNotFoundError:
            return None
        return StoredFile(name, head["ContentLength"], head["ETag"].strip('"'))

    def open(self, name: str) -> BinaryIO:
        with reaching():
            return self._client.get_object(Bucket=self.bucket, Key=self._root + name)["Body"]

    def read(self, name: str) -> bytes:
        return self._read_key(self._root + name)

    def _put(self, name: str, data: bytes) -> None:
        with reaching():
            self._client.put_object(Bucket=self.bucket, Key=self._root + name, Body=data)

    def delete(self, name: str) -> None:
        self._delete_keys([self._root + name])

    def names(self, folder: str) -> Iterator[str]:
        for item in self._list(f"{self._root}{folder.strip('/')}/"):
            yield item["Key"][len(self._root) :]

    # Chunked uploads in progress, one per user and file

    def partial(self, user_id: int, sha256: str) -> Partial | None:
        run = current_upload(self._parts(user_id, sha256))
        if not run:
            return None
        offset = run[-1].offset + run[-1].size
        return Partial(offset, run[0].total, tuple(p.key for p in run))

    def append(self, user_id: int, sha256: str, total: int, offset: int, chunk: bytes) -> int:
        parts = self._parts(user_id, sha256)
        run = current_upload(parts)
        kept: set[str] = set()
        if run and offset != 0 and run[0].total == total:
            # Like truncating a file at `offset`: the caller only ever continues at the
            # end of the run, so no kept part reaches past it.
            kept = {p.key for p in run if p.offset + p.size <= offset}
        # Stale parts go first: the new part may take one's name.
        self._delete_keys([p.key for p in parts if p.key not in kept])
        key = f"{self._upload_prefix(user_id, sha256)}{total}/{offset:012d}"
        with reaching():
            self._client.put_object(Bucket=self.bucket, Key=key, Body=chunk)
        return offset + len(chunk)

    def read_partial(self, partial: Partial) -> bytes:
        return b"".join(self._read_key(key) for key in partial.parts)

    def discard_partial(self, user_id: int, sha256: str) -> None:
        self._delete_keys([p.key for p in self._parts(user_id, sha256)])

    def commit_partial(self, user_id: int, partial: Partial, sha256: str, data: bytes) -> None:
        # The checked bytes are written, not the parts read again: what is stored is what was checked.
        if not self.has_blob(sha256):
            self._put(blob_name(sha256), data)
        self.discard_partial(user_id, sha256)

    def count_partials(self, user_id: int) -> int:
        prefix = f"{self._root}uploads/{user_id}/"
        pages = self._paginate(Prefix=prefix, Delimiter="/")
        return sum(len(page.get("CommonPrefixes", [])) for page in pages)

    # Housekeeping

    def sweep(self, upload_age_seconds: float, temp_age_seconds: float) -> int:
        """Removes uploads whose newest part is older than `upload_age_seconds`
        (nothing of this store is temporary on the local disk)."""
        uploads: dict[str, list[dict]] = {}
        for item in self._list(f"{self._root}uploads/"):
            uploads.setdefault(item["Key"].rsplit("/", 1)[0], []).append(item)
        cutoff = time.time() - upload_age_seconds
        removed = 0
        for items in uploads.values():
            if max(i["LastModified"].timestamp() for i in items) < cutoff:
                self._delete_keys([i["Key"] for i in items])
                removed += 1
        return removed

    # Keys

    def _upload_prefix(self, user_id: int, sha256: str) -> str:
        return f"{self._root}uploads/{user_id}/{sha256}."

    def _parts(self, user_id: int, sha256: str) -> list[Part]:
        prefix = self._upload_prefix(user_id, sha256)
        parts = []
        for item in self._list(prefix):
            total, _, offset = item["Key"][len(prefix) :].partition("/")
            if total.isdigit() and offset.isdigit():
                modified = item["LastModified"].timestamp()
                parts.append(Part(item["Key"], int(total), int(offset), item["Size"], modified))
        return parts

    def _read_key(self, key: str) -> bytes:
        with reaching():
            body = self._client.get_object(Bucket=self.bucket, Key=key)["Body"]
            try:
                return body.read()
            finally:
                body.close()

    def _list(self, prefix: str) -> Iterator[dict]:
        for page in self._paginate(Prefix=prefix):
            yield from page.get("Contents", [])

    def _paginate(self, **query: str) -> Iterator[dict]:
        with reaching():
            yield from self._client.get_paginator("list_objects_v2").paginate(
                Bucket=self.bucket, **query
            )

    def _delete_keys(self, keys: list[str]) -> None:
        for start in range(0, len(keys), _DELETE_BATCH):
            batch = [{"Key": key} for key in keys[start : start + _DELETE_BATCH]]
            with reaching():
                self._client.delete_objects(
                    Bucket=self.bucket, Delete={"Objects": batch, "Quiet": True}
                )
