"""The one mapping from errors to HTTP answers: `{status_code, detail, extra}`."""

from __future__ import annotations

import errno
import logging
import sqlite3
from typing import Any

import psycopg
import psycopg_pool
from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, SerializationException, ValidationException
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR

from server.errors import DomainError

log = logging.getLogger("ceclog")


def _answer(
    status: int, detail: str, extra: Any = None, headers: dict[str, str] | None = None
) -> Response:
    return Response(
        {"status_code": status, "detail": detail, "extra": extra or {}},
        status_code=status,
        media_type=MediaType.JSON,
        headers=headers,
    )


def domain_error(_: Request, exc: DomainError) -> Response:
    headers = {k: str(v) for k, v in exc.extra.items() if k.istitle() and "-" in k}
    extra = {k: v for k, v in exc.extra.items() if k not in headers}
    return _answer(exc.status_code, exc.detail, extra, headers)


def validation_error(request: Request, exc: ValidationException) -> Response:
    """A body that is not JSON is a 400; JSON with a wrong value is a 422."""
    messages = exc.extra if isinstance(exc.extra, list) else []
    if not messages:
        return _unreadable_body(request, exc.detail)
    if any(m.get("message") == "'data'" for m in messages if isinstance(m, dict)):
        return _answer(400, "The request needs a JSON body.")
    detail = _first_reason(messages) or exc.detail
    return _answer(422, detail, {"errors": messages})


def _first_reason(messages: list[Any]) -> str | None:
    for message in messages:
        if isinstance(message, dict) and message.get("message"):
            where = message.get("key")
            source = message.get("source")
            text = str(message["message"])
            if where and source in (None, "body") and where not in text:
                return f"{text} (field {where})"
            return text
    return None


def _unreadable_body(request: Request, detail: str) -> Response:
    content_type = request.headers.get("content-type", "")
    what = "a valid multipart form" if content_type.startswith("multipart/") else "valid JSON"
    return _answer(400, f"The request body is not {what}: {detail}.")


def http_error(request: Request, exc: HTTPException) -> Response:
    if isinstance(exc.__cause__, SerializationException):
        return _unreadable_body(request, exc.detail)
    extra = exc.extra if isinstance(exc.extra, dict) else {"errors": exc.extra} if exc.extra else {}
    detail = exc.detail
    if exc.status_code == 413 and detail == "Request Entity Too Large":
        detail = (
            "The request body is too large for this endpoint; send less at a time"
            " (for sync: fewer mutations per push)."
        )
    return _answer(exc.status_code, detail, extra, exc.headers)


def recursion_error(request: Request, exc: RecursionError) -> Response:
    """JSON nested deeper than the decoder goes is bad input; any other recursion is ours."""
    if "deserializing" in str(exc) or "converting" in str(exc):
        return _answer(400, "The JSON is nested too deeply.")
    return unexpected_error(request, exc)


_FULL_DISK = (
    "The server's disk is full, so nothing was saved. Try again once its owner has freed"
    " some space."
)


def os_error(request: Request, exc: OSError) -> Response:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        log.error("disk full on %s %s: %s", request.method, request.url.path, exc)
        return _answer(507, _FULL_DISK)
    return unexpected_error(request, exc)


def database_error(request: Request, exc: sqlite3.OperationalError) -> Response:
    if "full" in str(exc):  # SQLITE_FULL: "database or disk is full"
        log.error("database full on %s %s: %s", request.method, request.url.path, exc)
        return _answer(507, _FULL_DISK)
    return unexpected_error(request, exc)


_UNREACHABLE = (
    "The server cannot reach its database right now, so nothing was saved. Try again in a minute."
)


def postgres_error(request: Request, exc: psycopg.OperationalError) -> Response:
    """PostgreSQL's answers to a full disk and to a lost connection, as clear as SQLite's."""
    if isinstance(exc, psycopg.errors.DiskFull):
        log.error("database full on %s %s: %s", request.method, request.url.path, exc)
        return _answer(507, _FULL_DISK)
    if exc.sqlstate is None or exc.sqlstate.startswith(("08", "57P")):
        # No answer from the server at all, or the server going away (class 08, 57P).
        log.error("database unreachable on %s %s: %s", request.method, request.url.path, exc)
        return _answer(503, _UNREACHABLE, headers={"Retry-After": "60"})
    return unexpected_error(request, exc)


def pool_timeout(request: Request, exc: psycopg_pool.PoolTimeout) -> Response:
    log.error("no database connection for %s %s: %s", request.method, request.url.path, exc)
    return _answer(503, _UNREACHABLE, headers={"Retry-After": "60"})


def unexpected_error(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return _answer(HTTP_500_INTERNAL_SERVER_ERROR, "Something went wrong on the server.")


EXCEPTION_HANDLERS = {
    DomainError: domain_error,
    ValidationException: validation_error,
    HTTPException: http_error,
    RecursionError: recursion_error,
    OSError: os_error,
    sqlite3.OperationalError: database_error,
    psycopg.OperationalError: postgres_error,
    psycopg_pool.PoolTimeout: pool_timeout,
    Exception: unexpected_error,
}
