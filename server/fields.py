"""Constrained field types shared by the API's Structs (DESIGN §4 limits)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated

from msgspec import Meta

from server.errors import Invalid

ClientId = Annotated[
    str,
    Meta(
        pattern=r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        description="A UUID made by the client",
        examples=["3f0c8a5e-8d1b-4c1e-9a57-2f0b6f1d9c11"],
    ),
]
Title = Annotated[str, Meta(max_length=300)]
Name = Annotated[str, Meta(max_length=300)]
ShortText = Annotated[str, Meta(max_length=100)]
Notes = Annotated[str, Meta(max_length=10_000)]
Email = Annotated[
    str,
    Meta(min_length=3, max_length=254, pattern=r"^[^@\s]+@[^@\s]+$", examples=["ana@example.com"]),
]
Password = Annotated[str, Meta(min_length=8, max_length=1024)]
Hours = Annotated[float, Meta(ge=0, le=1000, description="CEC hours as stated on the certificate")]
Sha256 = Annotated[str, Meta(pattern=r"^[0-9a-f]{64}$", description="lower-case hex SHA-256")]


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso_now() -> str:
    return utc_now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def today() -> date:
    return utc_now().date()


_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def check_client_id(value: str, what: str = "entry") -> None:
    """Ids are UUIDs made by the client, so two devices never pick the same one."""
    if not _UUID.match(value):
        raise Invalid(f"The {what} id must be a UUID made by the client, got {value[:64]!r}.")


# Dates a certificate, a cycle or a fee can sensibly carry. Wider ones are typos
# (20266 for 2026) and would overflow the cycle and business-day arithmetic.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2200, 12, 31)


# Names, titles, codes and ids are one line of text; notes and reasons may have
# line breaks and tabs. Neither may carry other control characters (NUL, ESC…),
# which break CSV, e-mail headers and file names downstream.
MULTILINE_FIELDS = frozenset({"notes", "reason"})
_ONE_LINE_BAD = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_MULTILINE_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_character(name: str, value: str) -> str | None:
    """Why this field's text is refused, or None."""
    bad = (_MULTILINE_BAD if name in MULTILINE_FIELDS else _ONE_LINE_BAD).search(value)
    if bad is None:
        return None
    return f"{name} contains a control character (U+{ord(bad.group()):04X}); {'line breaks and tabs are the only ones allowed' if name in MULTILINE_FIELDS else 'it must be one line of plain text'}"


def check_fields(struct: object) -> None:
    """For a Struct's __post_init__: dates in range, text free of control characters."""
    check_dates(struct)
    for name in struct.__struct_fields__:  # type: ignore[attr-defined]
        value = getattr(struct, name)
        if "password" in name:
            continue  # a password is never shown or sent on: any character will do
        if isinstance(value, str) and (reason := control_character(name, value)):
            raise ValueError(reason)


def check_dates(struct: object) -> None:
    """For a Struct's __post_init__: every date (or datetime) field within the sensible range."""
    for name in struct.__struct_fields__:  # type: ignore[attr-defined]
        value = getattr(struct, name)
        day = value.date() if isinstance(value, datetime) else value
        if isinstance(day, date) and not EARLIEST_DATE <= day <= LATEST_DATE:
            raise ValueError(
                f"{name} must be between {EARLIEST_DATE} and {LATEST_DATE}, got {value.isoformat()}"
            )
