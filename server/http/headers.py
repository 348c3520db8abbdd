"""Security headers on every answer, and no caching of API JSON (DESIGN §4).

Added as the answer leaves the app, so that every answer gets them, errors
and static files included; a header the answer set itself is left alone.
"""

from __future__ import annotations

from litestar.types import Message, Scope

# Scripts, styles and fonts only from this origin; photos shown from blob: URLs
# made on the device; nothing may frame the app or change its base.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:;"
    " connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none';"
    " frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
HSTS = "max-age=31536000"


def security_headers(path: str, secure: bool) -> list[tuple[bytes, bytes]]:
    headers = [
        (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
        (b"x-content-type-options", b"nosniff"),
        # Calendar feed addresses carry their secret in the path: never sent on.
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
    ]
    if secure:
        headers.append((b"strict-transport-security", HSTS.encode()))
    if path.startswith("/api/"):
        # What the API answers is one user's; no cache keeps it unless the route says so.
        headers.append((b"cache-control", b"no-store"))
    return headers


async def add_security_headers(message: Message, scope: Scope) -> None:
    """A `before_send` hook: it sees every answer, those made of errors too."""
    if message["type"] != "http.response.start":
        return
    secure = scope["app"].state.settings.secure_cookies
    headers = list(message.get("headers", []))
    present = {bytes(name).lower() for name, _ in headers}
    headers += [(k, v) for k, v in security_headers(scope["path"], secure) if k not in present]
    message["headers"] = headers
