"""All SQL for entries."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from server.db.connection import Connection, Row, execute, fetch_all, fetch_one
from server.entries.models import USER_FIELDS, Entry, Submission

# Entry fields stored one-to-one in a column of the same name; the submission
# is spread over the columns below.
_PLAIN = tuple(name for name in USER_FIELDS if name != "submission")
_SUBMISSION = (
    "submission_status",
    "submission_method",
    "submitted_on",
    "confirmed_on",
    "rejected_reason",
)
_COLUMNS = ", ".join(
    (
        "id",
        "user_id",
        *_PLAIN,
        *_SUBMISSION,
        "version",
        "change_seq",
        "created_at",
        "updated_at",
        "deleted",
    )
)


def entry_from_row(row: Row) -> Entry:
    return Entry(
        id=row["id"],
        kind=row["kind"],
        course_title=row["course_title"],
        provider=row["provider"],
        holder_name=row["holder_name"],
        approval_number=row["approval_number"],
        completion_date=_date(row["completion_date"]),
        hours=row["hours"],
        hours_unit=row["hours_unit"],
        event_id=row["event_id"],
        attended_from=_datetime(row["attended_from"]),
        attended_until=_datetime(row["attended_until"]),
        document_sha256=row["document_sha256"],
        approval_verified=bool(row["approval_verified"]),
        submission=Submission(
            status=row["submission_status"],
            method=row["submission_method"],
            submitted_on=_date(row["submitted_on"]),
            confirmed_on=_date(row["confirmed_on"]),
            reason=row["rejected_reason"],
        ),
        needs_review=bool(row["needs_review"]),
        notes=row["notes"],
        version=row["version"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
    )


def entry_columns(values: dict[str, Any]) -> dict[str, Any]:
    """Entry field values (as the models hold them) to column values."""
    columns: dict[str, Any] = {}
    for name, value in values.items():
        if name == "submission":
            columns.update(
                submission_status=value.status,
                submission_method=value.method,
                submitted_on=_iso(value.submitted_on),
                confirmed_on=_iso(value.confirmed_on),
                rejected_reason=value.reason,
            )
        elif name in ("approval_verified", "needs_review"):
            columns[name] = int(bool(value))
        elif name in _PLAIN:
            columns[name] = _iso(value)
        else:
            raise KeyError(name)
    return columns


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


async def find_entry(conn: Connection, entry_id: str) -> Row | None:
    """The entry with this id whoever owns it (callers check the owner), with its clocks."""
    return await fetch_one(
        conn, f"SELECT {_COLUMNS}, clocks FROM entries WHERE id = ?", (entry_id,)
    )


async def entries_changed_after(
    conn: Connection, user_id: int, change_seq: int, limit: int
) -> list[tuple[int, Entry]]:
    """Live entries and tombstones changed after `change_seq`, in change order."""
    rows = await fetch_all(
        conn,
        f"SELECT {_COLUMNS} FROM entries WHERE user_id = ? AND change_seq > ?"
        " ORDER BY change_seq LIMIT ?",
        (user_id, change_seq, limit),
    )
    return [(row["change_seq"], entry_from_row(row)) for row in rows]


async def live_entries(conn: Connection, user_id: int) -> list[Entry]:
    rows = await fetch_all(
        conn,
        f"SELECT {_COLUMNS} FROM entries WHERE user_id = ? AND deleted = 0"
        " ORDER BY completion_date IS NOT NULL, completion_date DESC, created_at DESC",
        (user_id,),
    )
    return [entry_from_row(row) for row in rows]


async def count_entries(conn: Connection, user_id: int) -> int:
    """Every entry row of the user, deleted ones too (they are kept as tombstones)."""
    row = await fetch_one(conn, "SELECT count(*) FROM entries WHERE user_id = ?", (user_id,))
    return int(row[0]) if row else 0


async def insert_entry(
    conn: Connection,
    entry_id: str,
    user_id: int,
    values: dict[str, Any],
    change_seq: int,
    now: str,
    clocks: str,
) -> None:
    columns = entry_columns(values)
    names = ["id", "user_id", *columns, "version", "change_seq", "created_at", "updated_at"]
    names.append("clocks")
    params = [entry_id, user_id, *columns.values(), 1, change_seq, now, now, clocks]
    await execute(
        conn,
        f"INSERT INTO entries ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        params,
    )


async def set_entry_clocks(conn: Connection, entry_id: str, clocks: str) -> None:
    """Store field clocks that moved while no value changed: no version, no change number."""
    await execute(conn, "UPDATE entries SET clocks = ? WHERE id = ?", (clocks, entry_id))


async def update_entry(
    conn: Connection,
    entry_id: str,
    values: dict[str, Any],
    *,
    version: int,
    change_seq: int,
    now: str,
    clocks: str,
) -> None:
    """Write changed fields (`deleted` among them) and the version they make."""
    values = dict(values)
    deleted = values.pop("deleted", None)
    columns = entry_columns(values)
    if deleted is not None:
        columns["deleted"] = int(deleted)
    sets = [f"{name} = ?" for name in columns]
    sets += ["version = ?", "change_seq = ?", "updated_at = ?", "clocks = ?"]
    await execute(
        conn,
        f"UPDATE entries SET {', '.join(sets)} WHERE id = ?",
        (*columns.values(), version, change_seq, now, clocks, entry_id),
    )
