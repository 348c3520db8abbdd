"""Who is asking: a session cookie (the web app) or a Bearer API token (scripts).

Cookie-authenticated unsafe requests must echo the `csrftoken` cookie in the
`X-CSRFToken` header (double submit); token-authenticated ones need not, since
a browser never attaches a Bearer token by itself.
"""

from __future__ import annotations

import hmac
import secrets

from litestar.connection import ASGIConnection
from litestar.datastructures import Cookie
from litestar.middleware import AbstractAuthenticationMiddleware, AuthenticationResult
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from server.accounts import service, sessions
from server.errors import Forbidden, NotAuthenticated

SESSION_COOKIE = "ceclog_session"
CSRF_COOKIE = "csrftoken"
CSRF_HEADER = "x-csrftoken"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class AuthMiddleware(AbstractAuthenticationMiddleware):
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_renewed(message: Message) -> None:
            # A session whose end moved on gets its cookie again, with the new end,
            # unless the answer sets the cookie itself (sign-in, sign-out).
            principal = scope.get("user")
            if message["type"] == "http.response.start" and getattr(principal, "renewed", False):
                headers = list(message.get("headers", []))
                if not _sets_cookie(headers, SESSION_COOKIE):
                    token = ASGIConnection(scope).cookies.get(SESSION_COOKIE, "")
                    secure = scope["app"].state.settings.secure_cookies
                    cookie = session_cookie(token, secure, sessions.SESSION_SECONDS)
                    headers.append((b"set-cookie", _header(cookie)))
                    message = {**message, "headers": headers}
            await send(message)

        await super().__call__(scope, receive, send_renewed)

    async def authenticate_request(self, connection: ASGIConnection) -> AuthenticationResult:
        db = connection.app.state.db
        header = connection.headers.get("authorization", "")
        if header:
            scheme, _, token = header.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                raise NotAuthenticated("Use 'Authorization: Bearer <token>' with an API token.")
            principal = await service.principal_from_api_token(db, token.strip())
            if principal is None:
                raise NotAuthenticated("This API token is not valid (revoked or mistyped).")
            return AuthenticationResult(user=principal, auth=principal.via)
        session = connection.cookies.get(SESSION_COOKIE)
        if not session:
            raise NotAuthenticated("Log in first.")
        principal = await sessions.principal_from_session(db, session)
        if principal is None:
            raise NotAuthenticated("Your session has ended; log in again.")
        if connection.scope["method"] not in SAFE_METHODS:
            check_csrf(connection)
        return AuthenticationResult(user=principal, auth=principal.via)


def check_csrf(connection: ASGIConnection) -> None:
    cookie = connection.cookies.get(CSRF_COOKIE, "")
    header = connection.headers.get(CSRF_HEADER, "")
    if not cookie or not header or not hmac.compare_digest(cookie, header):
        raise Forbidden(
            "Missing or wrong X-CSRFToken header: send the value of the csrftoken cookie."
        )


def csrf_cookie(value: str, secure: bool) -> Cookie:
    return Cookie(
        key=CSRF_COOKIE, value=value, path="/", httponly=False, samesite="lax", secure=secure
    )


def session_cookie(value: str, secure: bool, max_age: int | None) -> Cookie:
    return Cookie(
        key=SESSION_COOKIE,
        value=value,
        path="/",
        httponly=True,
        samesite="lax",
        secure=secure,
        max_age=max_age,
    )


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


class CSRFCookieMiddleware:
    """Sets the `csrftoken` cookie on every answer to a safe request, keeping a valid one."""

    def __init__(self, app: ASGIApp, secure: bool = False) -> None:
        self.app = app
        self.secure = secure

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        current = ASGIConnection(scope).cookies.get(CSRF_COOKIE, "")
        value = current if 20 <= len(current) <= 100 and current.isascii() else new_csrf_token()
        header = csrf_cookie(value, self.secure).to_header(header="").strip()

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not _sets_cookie(headers, CSRF_COOKIE):
                    headers.append((b"set-cookie", header.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def _sets_cookie(headers: list, name: str) -> bool:
    prefix = f"{name}=".encode()
    return any(k.lower() == b"set-cookie" and v.startswith(prefix) for k, v in headers)


def _header(cookie: Cookie) -> bytes:
    return cookie.to_header(header="").strip().encode("latin-1")
