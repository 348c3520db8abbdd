"""All SQL for users, sessions and API tokens."""

from __future__ import annotations

from datetime import date
from typing import Any

import msgspec

from server.accounts.models import Certification, RenewalRules, User
from server.db.connection import Connection, Row, execute, fetch_all, fetch_one

_USER_COLUMNS = (
    "id, email, full_name, iicrc_id, certifications, cycle_starts_on, fee_due_on,"
    " profile_email_checked_on, last_backup_on, booth_hours, renewal_rules, current_event_id,"
    " version,"
    " change_seq, created_at, updated_at"
)
# Profile columns a PATCH may write, and how each is stored.
_JSON_COLUMNS = {"certifications", "renewal_rules"}
PROFILE_COLUMNS = (
    "full_name",
    "iicrc_id",
    "email",
    "certifications",
    "cycle_starts_on",
    "fee_due_on",
    "profile_email_checked_on",
    "last_backup_on",
    "booth_hours",
    "renewal_rules",
    "current_event_id",
)


def user_from_row(row: Row) -> User:
    return User(
        id=row["id"],
        email=row["email"],
        full_name=row["full_name"],
        iicrc_id=row["iicrc_id"],
        certifications=msgspec.json.decode(row["certifications"], type=list[Certification]),
        cycle_starts_on=_date(row["cycle_starts_on"]),
        fee_due_on=_date(row["fee_due_on"]),
        profile_email_checked_on=_date(row["profile_email_checked_on"]),
        last_backup_on=_date(row["last_backup_on"]),
        booth_hours=row["booth_hours"],
        renewal_rules=msgspec.json.decode(row["renewal_rules"], type=RenewalRules),
        current_event_id=row["current_event_id"],
        version=row["version"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


async def count_users(conn: Connection) -> int:
    row = await fetch_one(conn, "SELECT count(*) FROM users")
    return int(row[0]) if row else 0


async def get_user(conn: Connection, user_id: int) -> User | None:
    row = await fetch_one(conn, f"SELECT {_USER_COLUMNS} FROM users WHERE id = ?", (user_id,))
    return user_from_row(row) if row else None


async def find_login(conn: Connection, email: str) -> tuple[int, str] | None:
    row = await fetch_one(
        conn, "SELECT id, password_hash FROM users WHERE lower(email) = lower(?)", (email.strip(),)
    )
    return (row["id"], row["password_hash"]) if row else None


async def email_taken(conn: Connection, email: str, except_id: int | None = None) -> bool:
    row = await fetch_one(
        conn,
        "SELECT 1 FROM users WHERE lower(email) = lower(?) AND id <> ?",
        (email.strip(), except_id or 0),  # ids start at 1
    )
    return row is not None


async def insert_user(
    conn: Connection,
    *,
    email: str,
    password_hash: str,
    full_name: str,
    change_seq: int,
    now: str,
) -> int:
    row = await fetch_one(
        conn,
        "INSERT INTO users (email, password_hash, full_name, change_seq, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        (email.strip(), password_hash, full_name.strip(), change_seq, now, now),
    )
    assert row is not None
    return int(row[0])


async def update_profile(
    conn: Connection, user_id: int, values: dict[str, Any], change_seq: int, now: str
) -> None:
    sets, params = [], []
    for column, value in values.items():
        if column not in PROFILE_COLUMNS:
            raise KeyError(column)
        sets.append(f"{column} = ?")
        params.append(_stored(column, value))
    await execute(
        conn,
        f"UPDATE users SET {', '.join(sets + ['version = version + 1', 'change_seq = ?', 'updated_at = ?'])}"
        " WHERE id = ?",
        (*params, change_seq, now, user_id),
    )


def _stored(column: str, value: Any) -> Any:
    if column in _JSON_COLUMNS:
        return msgspec.json.encode(value).decode()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


async def insert_session(
    conn: Connection, token_hash: str, user_id: int, now: str, expires_at: str
) -> None:
    await execute(
        conn,
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
        (token_hash, user_id, now, expires_at),
    )


async def session_user(conn: Connection, token_hash: str, now: str) -> tuple[int, str] | None:
    """The user of a live session, and when it ends."""
    row = await fetch_one(
        conn,
        "SELECT user_id, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?",
        (token_hash, now),
    )
    return (int(row[0]), row[1]) if row else None


async def delete_session(conn: Connection, token_hash: str) -> None:
    await execute(conn, "DELETE FROM sessions WHERE token_hash = ?", (token_hash,))


async def delete_expired_sessions(conn: Connection, now: str) -> int:
    return await execute(conn, "DELETE FROM sessions WHERE expires_at <= ?", (now,))


async def insert_token(conn: Connection, user_id: int, name: str, token_hash: str, now: str) -> int:
    row = await fetch_one(
        conn,
        "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)"
        " RETURNING id",
        (user_id, name, token_hash, now),
    )
    assert row is not None
    return int(row[0])


async def token_user(conn: Connection, token_hash: str) -> int | None:
    row = await fetch_one(
        conn, "SELECT user_id FROM api_tokens WHERE token_hash = ?", (token_hash,)
    )
    return int(row[0]) if row else None


async def list_tokens(conn: Connection, user_id: int) -> list[dict[str, Any]]:
    rows = await fetch_all(
        conn,
        "SELECT id, name, created_at, last_used_at FROM api_tokens WHERE user_id = ? ORDER BY id",
        (user_id,),
    )
    return [dict(row) for row in rows]


async def delete_token(conn: Connection, user_id: int, token_id: int) -> bool:
    return (
        await execute(
            conn, "DELETE FROM api_tokens WHERE id = ? AND user_id = ?", (token_id, user_id)
        )
        > 0
    )


# Failed sign-ins (DESIGN §4 Auth), per account and per client address


async def failure_times(
    conn: Connection, keys: list[tuple[str, str]], since: str
) -> dict[tuple[str, str], list[str]]:
    """For each (scope, key), the times of its failures after `since`."""
    times: dict[tuple[str, str], list[str]] = {key: [] for key in keys}
    for scope, key in keys:
        rows = await fetch_all(
            conn,
            "SELECT at FROM login_failures WHERE scope = ? AND key = ? AND at > ?",
            (scope, key, since),
        )
        times[(scope, key)] = [row[0] for row in rows]
    return times


async def insert_failures(conn: Connection, keys: list[tuple[str, str]], now: str) -> list[int]:
    ids = []
    for scope, key in keys:
        row = await fetch_one(
            conn,
            "INSERT INTO login_failures (scope, key, at) VALUES (?, ?, ?) RETURNING id",
            (scope, key, now),
        )
        assert row is not None
        ids.append(int(row[0]))
    return ids


async def delete_failures(conn: Connection, ids: list[int]) -> None:
    for failure_id in ids:
        await execute(conn, "DELETE FROM login_failures WHERE id = ?", (failure_id,))


async def delete_old_failures(conn: Connection, before: str) -> None:
    await execute(conn, "DELETE FROM login_failures WHERE at <= ?", (before,))


# Sessions of a user as a whole


async def delete_user_sessions(
    conn: Connection, user_id: int, except_hash: str | None = None
) -> int:
    return await execute(
        conn,
        "DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?",
        (user_id, except_hash or ""),  # a hash is never empty
    )


async def set_password_hash(conn: Connection, user_id: int, password_hash: str) -> None:
    await execute(conn, "UPDATE users SET password_hash = ? WHERE id = ?", (password_hash, user_id))


async def password_hash_of(conn: Connection, user_id: int) -> str | None:
    row = await fetch_one(conn, "SELECT password_hash FROM users WHERE id = ?", (user_id,))
    return row[0] if row else None


async def extend_session(conn: Connection, token_hash: str, expires_at: str) -> None:
    await execute(
        conn, "UPDATE sessions SET expires_at = ? WHERE token_hash = ?", (expires_at, token_hash)
    )
