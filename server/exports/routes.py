"""Thin controllers for /api/export and /api/import."""

from __future__ import annotations

import contextlib
from typing import Annotated

from litestar import Request, Response, get, post
from litestar.background_tasks import BackgroundTask
from litestar.datastructures import UploadFile
from litestar.exceptions.http_exceptions import RequestEntityTooLarge
from litestar.params import FromPath, QueryParameter
from litestar.response import File

from server.errors import BadRequest, TooLarge
from server.exports import service
from server.exports.backup_format import MAX_BACKUP_BYTES
from server.exports.deps import DOCUMENTS, Docs
from server.exports.restore import RestoreResult
from server.fields import today
from server.http.deps import DB, AppSettings, UserId

# PDFs and ZIPs of photos are compressed already; gzip would only spend CPU on them.
_FILES = {"skip_compression": True}


def attachment(data: bytes, media_type: str, file_name: str) -> Response[bytes]:
    return Response(
        data,
        media_type=media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{file_name}"',
            "Cache-Control": "no-store",
        },
    )


@get("/api/export/log.csv", tags=["exports"], media_type="text/csv")
async def export_log(db: DB, user_id: UserId) -> Response[bytes]:
    """The tracking log: UTF-8 with BOM, ISO dates, one row per entry."""
    data = await service.export_log_csv(db, user_id)
    return attachment(data, "text/csv; charset=utf-8", f"ceclog-log-{today().isoformat()}.csv")


@get("/api/export/transcript.pdf", tags=["exports"], media_type="application/pdf", opt=_FILES)
async def export_transcript(
    db: DB,
    user_id: UserId,
    cycle: Annotated[
        service.CycleChoice, QueryParameter(description="'current' or 'previous' renewal cycle")
    ] = "current",
) -> Response[bytes]:
    """A printable CEC transcript of one renewal cycle: totals and the table of courses."""
    data = await service.export_transcript(db, user_id, cycle)
    return attachment(data, "application/pdf", f"ceclog-transcript-{cycle}.pdf")


@get(
    "/api/export/certificates/{file_name:str}",
    tags=["exports"],
    media_type="application/pdf",
    dependencies=DOCUMENTS,
    opt=_FILES,
)
async def export_certificate(
    file_name: FromPath[str], db: DB, documents: Docs, user_id: UserId
) -> Response[bytes]:
    """`<entry id>.pdf`: the entry's certificate as a PDF, named by the file-name convention."""
    data, name = await service.entry_certificate(db, documents, user_id, file_name)
    return attachment(data, "application/pdf", name)


@get(
    "/api/export/backup.zip",
    tags=["exports"],
    media_type="application/zip",
    dependencies=DOCUMENTS,
    opt=_FILES,
)
async def export_backup(db: DB, documents: Docs, settings: AppSettings, user_id: UserId) -> File:
    """Every document as its named PDF and its original, log.csv and data.json.

    Changes nothing: the app records the backup (`last_backup_on` in PATCH /api/me
    or sync's profile.patch) once the file is saved."""
    path = await service.backup_file(db, documents, user_id, settings.data_dir / "exports")
    return File(
        path,
        media_type="application/zip",
        filename=f"ceclog-backup-{today().isoformat()}.zip",
        headers={"Cache-Control": "no-store"},
        background=BackgroundTask(path.unlink, missing_ok=True),
    )


@post(
    "/api/import/backup",
    tags=["exports"],
    status_code=200,
    dependencies=DOCUMENTS,
    request_max_body_size=MAX_BACKUP_BYTES,
)
async def import_backup(
    request: Request, db: DB, documents: Docs, settings: AppSettings, user_id: UserId
) -> RestoreResult:
    """Restores a backup ZIP sent as multipart `file`; restoring it again changes nothing."""
    try:
        form = await request.form()
    except RequestEntityTooLarge:
        raise TooLarge(f"A backup may be at most {MAX_BACKUP_BYTES // 1048576} MB.") from None
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise BadRequest("Send the backup ZIP as multipart/form-data in a field named 'file'.")
    try:
        return await service.restore_upload(
            db, documents, user_id, upload.file, settings.max_upload_bytes
        )
    finally:
        with contextlib.suppress(OSError):
            await upload.close()


ROUTES = [export_log, export_transcript, export_certificate, export_backup, import_backup]
