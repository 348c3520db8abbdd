"""Opening a backup ZIP for restore, refusing anything that is not one of ours.

Every check runs before restore writes anything: member names (no absolute
paths, no `..`, no links, only the layout a backup has), counts and sizes
(declared sizes are what zipfile will deliver at most, so a member that
claims little cannot inflate to much), compression ratio, data.json's
schema, and each original's SHA-256 against its name.

Blocking; callers on the event loop run it in a thread.
"""

from __future__ import annotations

import hashlib
import stat
import zipfile
import zlib
from collections.abc import Callable
from typing import IO

import msgspec

from server.errors import Invalid
from server.exports.backup_format import (
    CERTIFICATE_NAME,
    CERTIFICATES_DIR,
    DATA_JSON,
    FORMAT,
    LOG_CSV,
    MAX_DATA_JSON_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    ORIGINAL_NAME,
    ORIGINALS_DIR,
    PDF_MEDIA_TYPE,
    RATIO_FLOOR_BYTES,
    SCHEMA_VERSION,
    BackupData,
)

NOT_OURS = "This is not a ceclog backup"
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError)


class Backup(msgspec.Struct, kw_only=True):
    archive: zipfile.ZipFile
    data: BackupData
    media_types: dict[str, str]  # sha256 -> the media type its bytes were found to be

    def original(self, sha256: str) -> bytes:
        document = next(d for d in self.data.documents if d.sha256 == sha256)
        return _read(self.archive, self.archive.getinfo(document.original))


def _refuse(detail: str, **extra) -> Invalid:
    return Invalid(detail, **extra)


def check_name(name: str) -> None:
    """Only the layout a backup has; anything else is refused by name."""
    if "\x00" in name or "\\" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise _refuse(
            f"The backup holds a file with an unsafe path: {name[:120]!r}.", member=name[:120]
        )
    if any(part in ("..", ".") for part in name.split("/")):
        raise _refuse(
            f"The backup holds a file with an unsafe path: {name[:120]!r}.", member=name[:120]
        )
    if name in (DATA_JSON, LOG_CSV, CERTIFICATES_DIR, ORIGINALS_DIR):
        return
    if ORIGINAL_NAME.match(name) or CERTIFICATE_NAME.match(name):
        return
    raise _refuse(f"{NOT_OURS}: it holds {name[:120]!r}, which no backup has.", member=name[:120])


def check_member(info: zipfile.ZipInfo, max_document_bytes: int) -> None:
    name = info.filename
    if info.flag_bits & 0x1:
        raise _refuse(f"{name!r} in the backup is encrypted; ceclog backups never are.")
    mode = info.external_attr >> 16
    if mode and stat.S_ISLNK(mode):
        raise _refuse(f"{name!r} in the backup is a link; ceclog backups hold only files.")
    limit = MAX_DATA_JSON_BYTES if name in (DATA_JSON, LOG_CSV) else max_document_bytes
    if info.file_size > limit:
        raise _refuse(
            f"{name!r} in the backup unpacks to {info.file_size} bytes, over the limit of {limit}."
        )
    if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(
        info.compress_size, 1
    ):
        raise _refuse(
            f"{name!r} in the backup inflates {info.file_size // max(info.compress_size, 1)}"
            " times: refused as a zip bomb."
        )


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        with archive.open(info) as member:
            data = member.read(info.file_size + 1)
    except _READ_ERRORS as exc:
        raise _refuse(f"{info.filename!r} in the backup is damaged ({exc}).") from None
    if len(data) != info.file_size:
        raise _refuse(f"{info.filename!r} in the backup is not the size it claims.")
    return data


def _open(file: IO[bytes]) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(file)
    except _READ_ERRORS:
        raise _refuse(f"{NOT_OURS}: the file is not a ZIP archive.") from None


def _decode_data(raw: bytes) -> BackupData:
    try:
        head = msgspec.json.decode(raw)
    except msgspec.DecodeError:
        raise _refuse(f"{NOT_OURS}: its data.json is not JSON.") from None
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise _refuse(f"{NOT_OURS}: its data.json does not say format 'ceclog-backup'.")
    version = head.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise _refuse(f"{NOT_OURS}: its data.json has no schema_version.")
    if version > SCHEMA_VERSION:
        raise _refuse(
            f"This backup was made by a newer ceclog (schema {version}); this server reads"
            f" schema {SCHEMA_VERSION}. Update ceclog, then restore."
        )
    try:
        return msgspec.convert(head, type=BackupData)
    except msgspec.ValidationError as exc:
        raise _refuse(f"The backup's data.json is damaged: {exc}.") from None


def open_backup(
    file: IO[bytes],
    max_document_bytes: int,
    check_document: Callable[[bytes], str] | None = None,
) -> Backup:
    """The checked backup; raises Invalid (422) saying what is wrong, having written nothing.

    `check_document(data)` returns the media type of an acceptable file or raises.
    """
    archive = _open(file)
    try:
        return _checked(archive, max_document_bytes, check_document)
    except BaseException:
        archive.close()
        raise


def _checked(
    archive: zipfile.ZipFile, max_document_bytes: int, check_document: Callable[[bytes], str] | None
) -> Backup:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _refuse(
            f"The ZIP holds {len(infos)} files; a ceclog backup holds at most {MAX_MEMBERS}."
        )
    names: set[str] = set()
    for info in infos:
        check_name(info.filename)
        if info.filename.casefold() in names:
            raise _refuse(f"The backup holds {info.filename!r} twice.")
        names.add(info.filename.casefold())
        check_member(info, max_document_bytes)
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        raise _refuse("The backup unpacks to more than 4 GB: refused as a zip bomb.")
    if DATA_JSON not in names:
        raise _refuse(f"{NOT_OURS}: it has no data.json.")
    data = _decode_data(_read(archive, archive.getinfo(DATA_JSON)))
    return Backup(
        archive=archive, data=data, media_types=_check_originals(archive, data, check_document)
    )


def _check_originals(
    archive: zipfile.ZipFile, data: BackupData, check_document: Callable[[bytes], str] | None
) -> dict[str, str]:
    media_types = {}
    for document in data.documents:
        match = ORIGINAL_NAME.match(document.original)
        # An uploaded PDF is its own certificate: the backup holds it once, by that name.
        as_certificate = (
            document.media_type == PDF_MEDIA_TYPE
            and CERTIFICATE_NAME.match(document.original) is not None
        )
        if not as_certificate and (not match or match.group(1) != document.sha256):
            raise _refuse(
                f"The backup's data.json names {document.original!r} for {document.sha256}."
            )
        try:
            info = archive.getinfo(document.original)
        except KeyError:
            raise _refuse(
                f"The backup lacks {document.original!r}, which its data.json lists."
            ) from None
        content = _read(archive, info)
        if hashlib.sha256(content).hexdigest() != document.sha256:
            raise _refuse(f"{document.original!r} in the backup is damaged: its SHA-256 differs.")
        media_types[document.sha256] = (
            check_document(content) if check_document else document.media_type
        )
    return media_types
