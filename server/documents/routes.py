"""Thin controllers for /api/blobs and /api/documents.

`document_router(settings)` carries the routes with the upload size limit of
these settings; everything else in the API keeps the small JSON limit.
"""

from __future__ import annotations

from litestar import Request, Response, Router, get, head, post, put
from litestar.datastructures import State, UploadFile
from litestar.di import NamedDependency, Provide
from litestar.exceptions.http_exceptions import RequestEntityTooLarge
from litestar.params import FromPath
from litestar.response import File

from server.documents.downloads import StoreFiles
from server.documents.models import Document, Stored
from server.documents.service import CHUNK_MAX, Documents
from server.documents.storage import StoredFile
from server.errors import BadRequest, TooLarge
from server.http.deps import UserId
from server.settings import Settings

Docs = NamedDependency[Documents]
# A file is content-addressed, so its ETag never changes; still, each use asks the
# server (cheap: 304), so a signed-out browser has no copy it can show offline.
_REVALIDATE = "private, no-cache"
# Photos and PDFs are compressed already; gzip would only spend CPU on them.
_FILES = {"skip_compression": True}
# Room for the multipart boundaries and part headers around the file.
_MULTIPART_OVERHEAD = 64 * 1024


@head("/api/blobs/{sha256:str}", tags=["documents"])
async def blob_state(sha256: FromPath[str], documents: Docs, user_id: UserId) -> Response[None]:
    """200 when the file is stored; 404 otherwise, with `Upload-Offset` if an upload is under way."""
    complete, offset = await documents.upload_state(user_id, sha256)
    if complete:
        return Response(b"", status_code=200)
    headers = {"Upload-Offset": str(offset)} if offset is not None else {}
    return Response(b"", status_code=404, headers=headers)


@put("/api/blobs/{sha256:str}", tags=["documents"], request_max_body_size=CHUNK_MAX)
async def put_blob(
    sha256: FromPath[str], request: Request, documents: Docs, user_id: UserId
) -> Response[Stored]:
    """One chunk (≤ 1 MiB) with `Content-Range: bytes first-last/total`; 201 when the file is whole.

    Without Content-Range the body is taken as the whole file.
    """
    try:
        chunk = await request.body()
    except RequestEntityTooLarge:
        raise TooLarge(f"A chunk may be at most {CHUNK_MAX} bytes (1 MiB).") from None
    stored, created = await documents.put_chunk(
        user_id, sha256, request.headers.get("content-range"), chunk
    )
    return Response(
        stored,
        status_code=201 if created else 200,
        headers={"Upload-Offset": str(stored.offset)},
    )


@post("/api/documents", tags=["documents"], status_code=201)
async def post_document(request: Request, documents: Docs, user_id: UserId) -> Response[Stored]:
    """A whole file as multipart/form-data in the field `file` (desk uploads, PDFs)."""
    try:
        form = await request.form()
    except RequestEntityTooLarge:
        raise TooLarge(
            f"The upload is over the limit of {documents.max_bytes / 1048576:.0f} MB."
        ) from None
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise BadRequest("Send the file as multipart/form-data in a field named 'file'.")
    try:
        data = await upload.read()
    finally:
        await upload.close()
    stored, created = await documents.upload(user_id, data)
    return Response(stored, status_code=201 if created else 200)


@get("/api/documents/{sha256:str}", tags=["documents"])
async def get_document(sha256: FromPath[str], documents: Docs, user_id: UserId) -> Document:
    """The file's type and size, and what OCR read from it."""
    return await documents.get(user_id, sha256)


@get("/api/documents/{sha256:str}/file", tags=["documents"], opt=_FILES)
async def document_file(
    sha256: FromPath[str], request: Request, documents: Docs, user_id: UserId
) -> Response:
    """The original bytes."""
    stored, media_type = await documents.file(user_id, sha256)
    return _file(request, documents, stored, media_type, sha256, _EXTENSIONS.get(media_type, ""))


@get("/api/documents/{sha256:str}/thumbnail", tags=["documents"], opt=_FILES)
async def document_thumbnail(
    sha256: FromPath[str], request: Request, documents: Docs, user_id: UserId
) -> Response:
    """A JPEG at most 480 px on its long side."""
    stored = await documents.thumbnail(user_id, sha256)
    return _file(request, documents, stored, "image/jpeg", sha256, "-thumbnail.jpg")


@get("/api/documents/{sha256:str}/page", tags=["documents"], opt=_FILES)
async def document_page(
    sha256: FromPath[str], request: Request, documents: Docs, user_id: UserId
) -> Response:
    """The certificate itself as a JPEG: found in the photo, flattened, upright and
    evenly lit, like a scanner app's page. OCR line boxes are in its pixels."""
    stored = await documents.page(user_id, sha256)
    return _file(request, documents, stored, "image/jpeg", sha256, "-page.jpg", made=True)


@get("/api/documents/{sha256:str}/pdf", tags=["documents"], opt=_FILES)
async def document_pdf(
    sha256: FromPath[str], request: Request, documents: Docs, user_id: UserId
) -> Response:
    """A searchable PDF: the page with its text behind it."""
    stored = await documents.searchable_pdf(user_id, sha256)
    return _file(
        request, documents, stored, "application/pdf", sha256, "-searchable.pdf", made=True
    )


_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/heic": ".heic",
    "image/heif": ".heif",
    "application/pdf": ".pdf",
}


def _file(
    request: Request,
    documents: Documents,
    stored: StoredFile,
    media_type: str,
    sha256: str,
    suffix: str,
    made: bool = False,
) -> Response:
    """A file with a tag to revalidate against. A file `made` from the original by
    code that may improve (the page finder) is tagged by the file made, so a
    better page replaces the cached one."""
    sha256 = sha256.strip().lower()
    name = f"{sha256[:16]}{suffix}"
    tag = f'"{sha256}{suffix}"'
    if made:
        tag = f'"{sha256[:16]}{suffix}-{stored.version}"'
    headers = {"Cache-Control": _REVALIDATE, "ETag": tag}
    if request.headers.get("if-none-match") == headers["ETag"]:
        return Response(None, status_code=304, headers=headers)
    # A PDF opened in the browser's own viewer could run the script it carries: download it.
    disposition = "attachment" if media_type == "application/pdf" else "inline"
    files = StoreFiles(documents.store, stored)
    return File(
        stored.name,
        file_system=files,
        file_info=files.info_of,
        media_type=media_type,
        content_disposition_type=disposition,
        filename=name,
        headers=headers,
    )


def _provide_documents(state: State) -> Documents:
    return state.documents


ROUTES = [
    blob_state,
    put_blob,
    post_document,
    get_document,
    document_file,
    document_thumbnail,
    document_page,
    document_pdf,
]


def document_router(settings: Settings) -> Router:
    return Router(
        path="/",
        route_handlers=ROUTES,
        dependencies={"documents": Provide(_provide_documents, sync_to_thread=False)},
        request_max_body_size=settings.max_upload_bytes + _MULTIPART_OVERHEAD,
    )
