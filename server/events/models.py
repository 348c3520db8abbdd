"""Trade shows and other events that booth registrations and sessions belong to."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import msgspec
from msgspec import Meta

from server.fields import ClientId, Name, check_fields


class EventIn(msgspec.Struct, kw_only=True):
    name: Annotated[str, Meta(min_length=1, max_length=300, examples=["The Experience 2026"])]
    id: ClientId | None = None
    location: Name | None = None
    starts_on: date | None = None
    ends_on: date | None = None

    def __post_init__(self) -> None:
        check_fields(self)


class Event(msgspec.Struct, kw_only=True):
    id: str
    name: str
    location: str | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    version: int = 1
    created_at: str = ""
    updated_at: str = ""
    deleted: bool = False
