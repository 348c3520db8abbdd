"""Domain errors. Services raise these; `server.http_errors` maps them to HTTP once."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    status_code = 400

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class BadRequest(DomainError):
    status_code = 400


class NotAuthenticated(DomainError):
    status_code = 401


class Forbidden(DomainError):
    status_code = 403


class NotFound(DomainError):
    status_code = 404


class Conflict(DomainError):
    status_code = 409


class TooLarge(DomainError):
    status_code = 413


class TooManyAttempts(DomainError):
    status_code = 429


class Busy(DomainError):
    """Too much of this user's work is under way; more is taken once some finishes."""

    status_code = 429


class LimitReached(DomainError):
    """The account holds as much of something as one account may."""

    status_code = 409


class Unavailable(DomainError):
    """A service the server relies on (the object store) did not answer; nothing was lost."""

    status_code = 503


class UnsupportedMedia(DomainError):
    status_code = 415


class Invalid(DomainError):
    """A value that parses but is wrong: 2026-02-30, negative hours, an end before a start."""

    status_code = 422
