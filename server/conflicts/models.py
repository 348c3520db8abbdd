"""A value that lost a concurrent edit, kept so the user can take it back."""

from __future__ import annotations

from typing import Any, Literal

import msgspec

RecordType = Literal["entry", "event", "profile"]
Keep = Literal["mine", "theirs"]


class Conflict(msgspec.Struct, kw_only=True):
    """`mine` is the value set aside (the edit that lost); `theirs` the value the record kept."""

    id: int
    record_type: RecordType
    record_id: str
    field: str
    mine: Any
    theirs: Any
    mine_client_id: str
    mine_ts: int
    theirs_client_id: str
    theirs_ts: int
    record_version: int
    created_at: str
    resolution: Keep | None = None
    resolved_at: str | None = None


class ResolveIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """`mine` writes the value that was set aside back; `theirs` keeps the record as it is."""

    keep: Keep
