"""Uploads, records and derived files of certificate documents.

A file is checked in full (hash, then content) before it is moved into place
and recorded, so a refused upload leaves no file and no row. Every user has
their own record of a file; a file another user uploaded answers 404 until
this user uploads the same bytes too (knowing a hash is not owning the file).
"""

from __future__ import annotations

import asyncio
import ctypes
import hashlib
import re
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any, BinaryIO

import msgspec

from server.db.connection import Database
from server.documents import fill, repo, sniff
from server.documents.jobs import PAGE_KIND, OcrQueue
from server.documents.models import (
    ContentRange,
    Document,
    OcrField,
    OcrLine,
    OcrResult,
    PageSize,
    Stored,
)
from server.documents.storage import (
    BlobStore,
    Partial,
    StoredFile,
    blob_name,
    derived_name,
    open_store,
)
from server.errors import (
    BadRequest,
    Busy,
    Conflict,
    Invalid,
    NotFound,
    TooLarge,
    UnsupportedMedia,
)
from server.fields import iso_now
from server.settings import Settings

CHUNK_MAX = 1024 * 1024
# Checking a file decodes it whole (up to 50 megapixels, 150-200 MB); this many at
# once, in threads of their own, so uploads neither fill the memory nor hold up
# the threads that hash passwords at sign-in.
IMAGE_WORKERS = 2
# What one user may have under way: uploads started and not finished (a phone sends
# one at a time), and documents waiting to be read (a busy trade show's worth).
MAX_UNFINISHED_UPLOADS = 20
MAX_WAITING_OCR = 200
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_RANGE = re.compile(r"^bytes (\d{1,15})-(\d{1,15})/(\d{1,15})$")
# Enough bytes to tell every accepted type (a PDF header may sit in the first KiB).
_SNIFF_BYTES = 4096
_LOCK_STRIPES = 64

_decode_fields = msgspec.json.Decoder(dict[str, OcrField]).decode
_decode_lines = msgspec.json.Decoder(list[OcrLine]).decode
_decode_page = msgspec.json.Decoder(PageSize | None).decode


def parse_sha256(value: str) -> str:
    sha256 = value.strip().lower()
    if not _SHA256.match(sha256):
        raise Invalid(f"{value[:80]!r} is not a SHA-256: expected 64 hexadecimal digits.")
    return sha256


def parse_content_range(header: str | None, body_size: int) -> ContentRange:
    """The chunk's place in the file; no header means the body is the whole file."""
    if header is None:
        return ContentRange(0, body_size - 1, body_size)
    match = _RANGE.match(header.strip())
    if not match:
        raise BadRequest(
            f"Content-Range must look like 'bytes 0-1048575/12582912', got {header[:80]!r}."
        )
    first, last, total = (int(g) for g in match.groups())
    if first > last or last >= total:
        raise BadRequest(f"Content-Range {header!r} is not a range inside the file.")
    if last - first + 1 != body_size:
        raise BadRequest(
            f"The chunk has {body_size} bytes but Content-Range {header!r} says {last - first + 1}."
        )
    return ContentRange(first, last, total)


def check_size(total: int, max_bytes: int) -> None:
    if total > max_bytes:
        raise TooLarge(
            f"The file is {total / 1048576:.1f} MB; the limit is {max_bytes / 1048576:.0f} MB.",
            size=total,
            max_bytes=max_bytes,
        )


def check_file(data: bytes, sha256: str, max_bytes: int) -> str:
    """The file's media type once its bytes hash to `sha256` and are acceptable."""
    actual = hashlib.sha256(data).hexdigest()
    if actual != sha256:
        raise Invalid(
            f"The uploaded bytes hash to {actual}, not {sha256}; the upload was discarded.",
            sha256=actual,
        )
    return sniff.validate_document(data, max_bytes)


def check_start(head: bytes, complete: bool) -> None:
    """Refuses a file that is not a photo or PDF at its first chunk, not after all of it."""
    if (complete or len(head) >= _SNIFF_BYTES) and sniff.sniff_media_type(head) is None:
        raise UnsupportedMedia(
            f"Unsupported file type: {sniff.describe_unknown(head)}. "
            "Upload a JPEG, PNG, WebP or HEIC photo, or a PDF.",
            accepted=list(sniff.ACCEPTED),
        )


def document_from_row(row: Any) -> Document:
    status = row["status"] or "queued"
    ocr = OcrResult(
        status=status,
        kind=row["kind"],
        fields=_decode_fields(row["fields"]) if row["fields"] else {},
        lines=_decode_lines(row["lines"]) if row["lines"] else [],
        page=_decode_page(row["page"]) if row["page"] else None,
        suggestions=_decode_fields(row["suggestions"]) if row["suggestions"] else {},
        text=row["text"] or "",
        error=row["error"],
        attempts=row["attempts"] or 0,
        seconds=row["seconds"],
    )
    return Document(
        sha256=row["sha256"],
        media_type=row["media_type"],
        size=row["size"],
        created_at=row["created_at"],
        ocr=ocr,
    )


class Documents:
    """The documents of every user: their files in the store, their rows, their OCR queue."""

    def __init__(self, db: Database, store: BlobStore, max_bytes: int, queue: OcrQueue) -> None:
        self.db = db
        self.store = store
        self.max_bytes = max_bytes
        self.queue = queue
        self._images = ThreadPoolExecutor(IMAGE_WORKERS, thread_name_prefix="image")
        # Chunks of one upload must not interleave; stripes keep the lock table small.
        self._locks = [asyncio.Lock() for _ in range(_LOCK_STRIPES)]

    def close(self) -> None:
        self._images.shutdown(wait=False, cancel_futures=True)

    async def _decoding(self, work: Any, *args: Any) -> Any:
        """`work(*args)`, which decodes an image or a PDF, in the image threads."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._images, _then_trim, work, *args)

    def _lock(self, user_id: int, sha256: str) -> asyncio.Lock:
        return self._locks[hash((user_id, sha256)) % _LOCK_STRIPES]

    async def upload_state(self, user_id: int, sha256: str) -> tuple[bool, int | None]:
        """(complete, offset of a partial upload or None).

        Never an offset equal to the total: a partial holding every byte is
        checked now and either completed or discarded.
        """
        sha256 = parse_sha256(sha256)
        if await self._owned(user_id, sha256) is not None:
            return True, None
        async with self._lock(user_id, sha256):
            partial = await self._unfinished(user_id, sha256)
        if isinstance(partial, Stored):
            return True, None
        return False, partial.offset if partial else None

    async def put_chunk(
        self, user_id: int, sha256: str, content_range: str | None, chunk: bytes
    ) -> tuple[Stored, bool]:
        """Takes one chunk of an upload; returns the state and whether the file was created.

        A chunk at offset 0 always starts the upload over.
        """
        sha256 = parse_sha256(sha256)
        if not chunk:
            raise Invalid("The chunk is empty; a file has at least one byte.")
        span = parse_content_range(content_range, len(chunk))
        check_size(span.total, self.max_bytes)
        if await self._owned(user_id, sha256) is not None:
            return await self._stored(user_id, sha256), False
        async with self._lock(user_id, sha256):
            partial = await self._unfinished(user_id, sha256)
            if isinstance(partial, Stored):
                return partial, False
            offset = partial.offset if partial and partial.total == span.total else 0
            if span.first not in (0, offset):
                raise Conflict(
                    f"This chunk starts at byte {span.first}; the upload continues at byte {offset}.",
                    **{"Upload-Offset": offset},
                )
            if span.first == 0:
                check_start(chunk, span.is_last)
                await self._check_room(user_id, new_partial=not span.is_last and partial is None)
            if span.first == 0 and span.is_last:
                return await self._store_whole(user_id, sha256, chunk)
            new_offset = await asyncio.to_thread(
                self.store.append, user_id, sha256, span.total, span.first, chunk
            )
            if not span.is_last:
                return Stored(sha256=sha256, complete=False, offset=new_offset), False
            return await self._finish_partial(user_id, sha256)

    async def _unfinished(self, user_id: int, sha256: str) -> Partial | Stored | None:
        """The upload under way; a partial that holds every byte is finished first.

        Such a partial is what a server stopped while checking the last chunk
        leaves behind: no chunk can follow it, so it is checked now and either
        stored (the Stored) or discarded (None). Call with the upload's lock held.
        """
        partial = await asyncio.to_thread(self.store.partial, user_id, sha256)
        if partial is None or partial.offset < partial.total:
            return partial
        try:
            stored, _ = await self._finish_partial(user_id, sha256)
        except (Invalid, UnsupportedMedia, TooLarge):
            return None  # refused, and already discarded
        return stored

    async def upload(self, user_id: int, data: bytes) -> tuple[Stored, bool]:
        """A whole file in one request (the desk's multipart upload)."""
        check_size(len(data), self.max_bytes)
        if not data:
            raise Invalid("The file is empty.")
        sha256 = await asyncio.to_thread(lambda: hashlib.sha256(data).hexdigest())
        if await self._owned(user_id, sha256) is not None:
            return await self._stored(user_id, sha256), False
        await self._check_room(user_id, new_partial=False)
        return await self._store_whole(user_id, sha256, data)

    async def _check_room(self, user_id: int, *, new_partial: bool) -> None:
        """Refuses to start one more upload while too much of this user's is under way."""
        if new_partial:
            unfinished = await asyncio.to_thread(self.store.count_partials, user_id)
            if unfinished >= MAX_UNFINISHED_UPLOADS:
                raise Busy(
                    f"{unfinished} of your uploads are unfinished, the most at once: finish"
                    " those first (unfinished ones are dropped after two days).",
                    **{"Retry-After": 60},
                )
        async with self.db.reader() as conn:
            waiting = await repo.count_waiting_ocr(conn, user_id)
        if waiting >= MAX_WAITING_OCR:
            raise Busy(
                f"{waiting} of your documents are waiting to be read, the most at once: send"
                " this one again once some are done.",
                **{"Retry-After": 300},
            )

    async def _store_whole(self, user_id: int, sha256: str, data: bytes) -> tuple[Stored, bool]:
        media_type = await self._decoding(check_file, data, sha256, self.max_bytes)
        await asyncio.to_thread(self.store.write_blob, sha256, data)
        await asyncio.to_thread(self.store.discard_partial, user_id, sha256)
        return await self._record(user_id, sha256, media_type, len(data))

    async def _finish_partial(self, user_id: int, sha256: str) -> tuple[Stored, bool]:
        partial = await asyncio.to_thread(self.store.partial, user_id, sha256)
        assert partial is not None
        data = await asyncio.to_thread(self.store.read_partial, partial)
        try:
            media_type = await self._decoding(check_file, data, sha256, self.max_bytes)
        except (Invalid, UnsupportedMedia, TooLarge):
            await asyncio.to_thread(self.store.discard_partial, user_id, sha256)
            raise
        await asyncio.to_thread(self.store.commit_partial, user_id, partial, sha256, data)
        return await self._record(user_id, sha256, media_type, len(data))

    async def _record(
        self, user_id: int, sha256: str, media_type: str, size: int
    ) -> tuple[Stored, bool]:
        now = iso_now()
        async with self.db.transaction(user_id) as tx:
            await repo.insert_blob(tx, sha256, media_type, size, now)
            created = await repo.insert_document(tx, user_id, sha256, now)
            queued = await repo.insert_ocr_job(tx, sha256, now)
            # Bytes another user uploaded may have been read already.
            await fill.fill_entries_for_document(tx, sha256, user_id)
        if queued:
            self.queue.notify()
        stored = Stored(sha256=sha256, complete=True, offset=size, size=size, media_type=media_type)
        return stored, created

    async def _stored(self, user_id: int, sha256: str) -> Stored:
        document = await self.get(user_id, sha256)
        return Stored(
            sha256=sha256,
            complete=True,
            offset=document.size,
            size=document.size,
            media_type=document.media_type,
        )

    async def _owned(self, user_id: int, sha256: str) -> Any:
        async with self.db.reader() as conn:
            return await repo.find_document(conn, user_id, sha256)

    async def get(self, user_id: int, sha256: str) -> Document:
        sha256 = _path_sha256(sha256)
        row = await self._owned(user_id, sha256)
        if row is None:
            raise NotFound(f"No document {sha256}.")
        return document_from_row(row)

    async def file(self, user_id: int, sha256: str) -> tuple[StoredFile, str]:
        document = await self.get(user_id, sha256)
        return await self._original(document), document.media_type

    async def read(self, file: StoredFile) -> bytes:
        return await asyncio.to_thread(self.store.read, file.name)

    def open(self, file: StoredFile) -> BinaryIO:
        """The file to read in pieces (blocking: call it in a thread)."""
        return self.store.open(file.name)

    async def thumbnail(self, user_id: int, sha256: str) -> StoredFile:
        document = await self.get(user_id, sha256)
        return await self._derived(document, "thumb.jpg", _make_thumbnail)

    async def page(self, user_id: int, sha256: str) -> StoredFile:
        """The certificate itself, found in the photo, flat and upright (OCR writes
        the one it read, so its lines' boxes always fit the page served)."""
        document = await self.get(user_id, sha256)
        return await self._derived(document, PAGE_KIND, _make_page)

    async def searchable_pdf(self, user_id: int, sha256: str) -> StoredFile:
        """What goes to the IICRC: an uploaded PDF as it is, a photo's clean page."""
        document = await self.get(user_id, sha256)
        if document.media_type == sniff.PDF:
            return await self._original(document)
        page = await self._derived(document, PAGE_KIND, _make_page)
        return await self._derived(document, "pdf", _make_pdf, source=page)

    async def _original(self, document: Document) -> StoredFile:
        stored = await asyncio.to_thread(self.store.stat, blob_name(document.sha256))
        if stored is None:
            raise NotFound(f"The file of document {document.sha256} is missing from the store.")
        return stored

    async def _derived(
        self, document: Document, kind: str, make: Any, source: StoredFile | None = None
    ) -> StoredFile:
        stored = await asyncio.to_thread(self.store.stat, derived_name(document.sha256, kind))
        if stored is None:
            name = source.name if source else blob_name(document.sha256)
            data = await asyncio.to_thread(self.store.read, name)
            made = await self._decoding(make, data, document.media_type)
            stored = await asyncio.to_thread(self.store.write_derived, document.sha256, kind, made)
        return stored


try:  # glibc keeps freed memory for reuse; a decoded image is a few hundred MB of it
    _malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim
except (OSError, AttributeError):
    _malloc_trim = None


def _then_trim(work: Any, *args: Any) -> Any:
    """Runs `work`, then gives the memory its decoding freed back to the system."""
    try:
        return work(*args)
    finally:
        if _malloc_trim is not None:
            _malloc_trim(0)


def _path_sha256(value: str) -> str:
    """A malformed hash in a path names no document: 404, like an unknown one."""
    try:
        return parse_sha256(value)
    except Invalid:
        raise NotFound(f"No document {value[:80]}.") from None


def _make_thumbnail(data: bytes, media_type: str) -> bytes:
    from server.ocr.derivatives import make_thumbnail

    return make_thumbnail(data)


def _make_page(data: bytes, media_type: str) -> bytes:
    from server.ocr.derivatives import make_page

    return make_page(data, media_type)


def _make_pdf(page_jpeg: bytes, media_type: str) -> bytes:
    from server.ocr.derivatives import make_searchable_pdf

    return make_searchable_pdf(page_jpeg)


@asynccontextmanager
async def documents_running(state: Any, settings: Settings) -> AsyncIterator[Documents]:
    """For the app's lifespan: the documents service on `state.documents`, OCR workers running."""
    store = open_store(settings)
    await asyncio.to_thread(store.prepare)
    queue = OcrQueue(
        state.db, store, settings.ocr_workers, lease_seconds=settings.ocr_lease_seconds
    )
    state.documents = Documents(state.db, store, settings.max_upload_bytes, queue)
    await queue.start()
    try:
        yield state.documents
    finally:
        await queue.stop()
        state.documents.close()
