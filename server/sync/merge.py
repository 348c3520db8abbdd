"""Per-field merge rules shared by every door that writes a user's records.

Each field of an entry, an event or the profile carries a clock: the time and
the client of its last change, and the record version that change made. A
write says who makes it (its `Origin`): a device through push, a person
through the REST endpoints, or the server filling in what OCR read.

- A write made over the field's last change (the device had seen it, or it
  comes from the same device, whose queue is ordered, or from the REST door,
  which writes over the row as it is now) follows that change and wins.
- Otherwise the two are concurrent: the later `(ts, client_id)` wins, and the
  losing value is kept as a conflict so the user can bring it back.
- A server fill is a suggestion: any person's value beats it, and a
  concurrent write never empties a field the server filled (the device had
  not seen the fill, so its empty value is not a choice).

Pure functions: no I/O, no clock reads.
"""

from __future__ import annotations

import time
from typing import Any

import msgspec

# REST writes, and conflict resolutions, are changes made by this client.
SERVER_CLIENT_ID = "server"
# Server fills (fields read by OCR): the weakest clock there is.
FILL_CLIENT_ID = "server-fill"
# Device clocks may run ahead; no write may claim a time further ahead than this.
MAX_CLOCK_LEAD_MS = 5 * 60 * 1000
# The key of a record's clocks that holds the clock of its creation.
CREATED = "*"


class Origin(msgspec.Struct, frozen=True, kw_only=True):
    """Who makes a write, when, and over which version of the record."""

    client_id: str
    ts: int
    # The record version the writer last saw; None: it writes over the row as it is now.
    base_version: int | None = None
    # Whether it may change a deleted record (which stays deleted).
    tombstones: bool = False

    @property
    def is_fill(self) -> bool:
        return self.client_id == FILL_CLIENT_ID


class Clock(msgspec.Struct, frozen=True, array_like=True):
    ts: int
    client: str
    version: int


class LostValue(msgspec.Struct, frozen=True, kw_only=True):
    """The value that lost a concurrent change of one field, and the one that won."""

    field: str
    lost: Any
    kept: Any
    lost_clock: Clock
    kept_clock: Clock


class Merge(msgspec.Struct, kw_only=True):
    changes: dict[str, Any]
    clocks: dict[str, Clock]
    lost: list[LostValue]
    version: int
    # Clocks moved with no visible change: store them, keep the version.
    refreshed: bool = False


# The server's own clock is always the reference; kept here so tests can pin it.
def now_ms() -> int:
    return time.time_ns() // 1_000_000


def rest_origin(ts: int | None = None, *, tombstones: bool = False) -> Origin:
    return Origin(
        client_id=SERVER_CLIENT_ID, ts=now_ms() if ts is None else ts, tombstones=tombstones
    )


# What the server fills in (OCR) never outranks a person; it may fill a deleted
# entry, so restoring it shows what was read.
SERVER = Origin(client_id=FILL_CLIENT_ID, ts=0, tombstones=True)


def device_origin(client_id: str, ts: int, base_version: int, server_now: int) -> Origin:
    return Origin(
        client_id=client_id,
        ts=clamp_ts(ts, server_now),
        base_version=max(0, base_version),
        tombstones=True,
    )


def clamp_ts(ts: int, server_now: int) -> int:
    return max(0, min(ts, server_now + MAX_CLOCK_LEAD_MS))


def created_clocks(origin: Origin) -> dict[str, Clock]:
    return {CREATED: Clock(origin.ts, origin.client_id, 1)}


def clock_of(clocks: dict[str, Clock], field: str) -> Clock:
    """The clock of a field's last change.

    A field never changed since the record was made carries the creation's time
    at version 0: no write can have missed it (the profile, made at sign-up,
    has no creation clock at all).
    """
    if field in clocks:
        return clocks[field]
    created = clocks.get(CREATED)
    return Clock(created.ts, created.client, 0) if created else Clock(0, "", 0)


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value is False or value == []


def same(a: Any, b: Any) -> bool:
    return msgspec.to_builtins(a) == msgspec.to_builtins(b)


def is_concurrent(origin: Origin, clock: Clock) -> bool:
    """The writer had not seen the field's last change, and another client made it."""
    return (
        origin.base_version is not None
        and origin.base_version < clock.version
        and origin.client_id != clock.client
    )


def merge_fields(
    current: dict[str, Any],
    clocks: dict[str, Clock],
    incoming: dict[str, Any],
    origin: Origin,
    version: int,
) -> Merge:
    """Which incoming values to write over `current` (a record at `version`), per field.

    A value equal to the stored one changes nothing visible, yet it is still a
    write at its own time: when it would win, the field takes its clock, or a
    concurrent write dated between the two would undo the later one. That clock
    carries the next version, which is the first a device can have seen it in;
    no version is made for it (`Merge.refreshed`, the caller stores the clocks).
    """
    new_version = version + 1
    changes: dict[str, Any] = {}
    new_clocks = dict(clocks)
    lost: list[LostValue] = []
    for field, value in incoming.items():
        stored = current[field]
        clock = clock_of(clocks, field)
        mine = Clock(origin.ts, origin.client_id, new_version)
        if same(stored, value):
            # A fill that repeats a value is no one's choice: it keeps the person's clock.
            if not origin.is_fill and _wins(origin, clock, value):
                new_clocks[field] = mine
            continue
        wins = _wins(origin, clock, value)
        if is_concurrent(origin, clock) and clock.client != FILL_CLIENT_ID:
            loser, winner = (stored, value) if wins else (value, stored)
            lost.append(
                LostValue(
                    field=field,
                    lost=loser,
                    kept=winner,
                    lost_clock=clock if wins else mine,
                    kept_clock=mine if wins else clock,
                )
            )
        if wins:
            changes[field] = value
            # The field's time is the winner's own, so two concurrent edits compare their
            # own times whichever arrives first; a fill stays the weakest clock.
            new_clocks[field] = Clock(
                0 if origin.is_fill else origin.ts, origin.client_id, new_version
            )
    if not changes:
        refreshed = new_clocks != clocks
        return Merge(changes={}, clocks=new_clocks, lost=lost, version=version, refreshed=refreshed)
    return Merge(changes=changes, clocks=new_clocks, lost=lost, version=new_version)


def _wins(origin: Origin, clock: Clock, value: Any) -> bool:
    """Whether a write of `value` by `origin` takes a field whose last change is `clock`."""
    if not is_concurrent(origin, clock):
        return True
    if clock.client == FILL_CLIENT_ID:
        return not is_empty(value)
    return (origin.ts, origin.client_id) > (clock.ts, clock.client)


def concurrent_delete(
    deleted: bool, clocks: dict[str, Clock], origin: Origin, version: int
) -> LostValue | None:
    """An edit that reached a record deleted by another device it had not heard from.

    The delete wins (edits never resurrect) and the edit's wish that the record
    live on is kept as a conflict on `deleted`, which the user may take back.
    """
    if not deleted:
        return None
    clock = clock_of(clocks, "deleted")
    if not is_concurrent(origin, clock):
        return None
    mine = Clock(origin.ts, origin.client_id, version)
    return LostValue(field="deleted", lost=False, kept=True, lost_clock=mine, kept_clock=clock)


def encode_clocks(clocks: dict[str, Clock]) -> str:
    return msgspec.json.encode(clocks).decode()


_CLOCKS = msgspec.json.Decoder(dict[str, Clock])


def decode_clocks(text: str | None) -> dict[str, Clock]:
    return _CLOCKS.decode(text) if text else {}
