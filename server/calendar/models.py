"""What the calendar endpoints answer."""

from __future__ import annotations

import msgspec


class CalendarFeed(msgspec.Struct, kw_only=True):
    enabled: bool
    created_at: str | None = None
    # Only in the answer that made the secret: it is stored hashed and cannot be shown again.
    path: str | None = None
    url: str | None = None
    webcal_url: str | None = None
