"""Thin controllers for /api/auth and /api/me."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, delete, get, patch, post
from litestar.params import FromPath, JSONBody
from litestar.status_codes import HTTP_201_CREATED, HTTP_204_NO_CONTENT

from server.accounts import service, sessions, signin
from server.accounts.models import (
    LoginIn,
    LogoutIn,
    PasswordChange,
    ProfilePatch,
    RegisterIn,
    SignupState,
    TokenIn,
    TokenOut,
    User,
)
from server.http.auth import SESSION_COOKIE, csrf_cookie, new_csrf_token, session_cookie
from server.http.deps import DB, AppSettings, ClientAddress, UserId, json_only

PUBLIC = {"exclude_from_auth": True}


def _signed_in(user: User, token: str, settings: AppSettings, status: int) -> Response[User]:
    max_age = sessions.SESSION_SECONDS
    return Response(
        user,
        status_code=status,
        cookies=[
            session_cookie(token, settings.secure_cookies, max_age),
            csrf_cookie(new_csrf_token(), settings.secure_cookies),
        ],
    )


@post(
    "/api/auth/register",
    opt=PUBLIC,
    guards=[json_only],
    status_code=HTTP_201_CREATED,
    tags=["auth"],
)
async def register(data: JSONBody[RegisterIn], db: DB, settings: AppSettings) -> Response[User]:
    """Create an account (the first one is the owner); also signs it in."""
    user, token = await service.register(db, settings.signup, data)
    return _signed_in(user, token, settings, HTTP_201_CREATED)


@get("/api/auth/signup", opt=PUBLIC, tags=["auth"])
async def signup(db: DB, settings: AppSettings) -> SignupState:
    """Whether this server takes new accounts (CECLOG_SIGNUP) and already has its owner."""
    return await service.signup_state(db, settings.signup)


@post("/api/auth/login", opt=PUBLIC, guards=[json_only], status_code=200, tags=["auth"])
async def login(
    data: JSONBody[LoginIn], db: DB, settings: AppSettings, client_address: ClientAddress
) -> Response[User]:
    """Signs in. After 5 failed attempts in 15 minutes for the account or from the
    address, 429 with Retry-After, whatever the password, until the window passes."""
    user, token = await signin.login(db, data.email, data.password, client_address)
    return _signed_in(user, token, settings, 200)


@post("/api/auth/logout", status_code=HTTP_204_NO_CONTENT, tags=["auth"])
async def logout(
    request: Request,
    db: DB,
    settings: AppSettings,
    user_id: UserId,
    data: JSONBody[LogoutIn | None] = None,
) -> Response[None]:
    """Ends this session; with `{"everywhere": true}` every session of the user."""
    if data is not None and data.everywhere:
        await sessions.end_every_session(db, user_id)
    else:
        await sessions.end_session(db, request.cookies.get(SESSION_COOKIE))
    gone = session_cookie("", settings.secure_cookies, 0)
    return Response(None, status_code=HTTP_204_NO_CONTENT, cookies=[gone])


@post("/api/auth/password", status_code=HTTP_204_NO_CONTENT, tags=["auth"])
async def change_password(
    request: Request,
    data: JSONBody[PasswordChange],
    db: DB,
    user_id: UserId,
    client_address: ClientAddress,
) -> None:
    """A new password; every other session ends (API tokens stay). A wrong current
    password is 403 and counts as a failed sign-in."""
    session = request.cookies.get(SESSION_COOKIE) if request.auth == "session" else None
    await signin.change_password(db, user_id, data, client_address, session)


@post("/api/auth/tokens", status_code=HTTP_201_CREATED, tags=["auth"])
async def create_token(data: JSONBody[TokenIn], db: DB, user_id: UserId) -> TokenOut:
    """A personal API token for scripts: `Authorization: Bearer <token>`. Shown once."""
    return await service.create_api_token(db, user_id, data.name)


@get("/api/auth/tokens", tags=["auth"])
async def list_tokens(db: DB, user_id: UserId) -> list[dict[str, Any]]:
    return await service.list_api_tokens(db, user_id)


@delete("/api/auth/tokens/{token_id:int}", tags=["auth"])
async def revoke_token(token_id: FromPath[int], db: DB, user_id: UserId) -> None:
    await service.revoke_api_token(db, user_id, token_id)


@get("/api/me", tags=["profile"])
async def me(db: DB, user_id: UserId) -> User:
    return await service.get_profile(db, user_id)


@patch("/api/me", tags=["profile"])
async def update_me(data: JSONBody[ProfilePatch], db: DB, user_id: UserId) -> User:
    return await service.update_profile(db, user_id, data)


ROUTES = [
    register,
    signup,
    login,
    logout,
    change_password,
    create_token,
    list_tokens,
    revoke_token,
    me,
    update_me,
]
