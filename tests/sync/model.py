"""An independent model of the sync rules (DESIGN §4), for checking the server.

Fed the mutations in the order the server applied them, it predicts every
record's fields, version and tombstone, which mutations are refused, and
which values are kept as conflicts. Written from the rules, not from the
server's code, so the two can disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The REST door writes at server time: later than every simulated device clock.
REST_TS = 10**15
REST_CLIENT = "server"
ENTRY_FIELDS = ("course_title", "provider", "hours", "notes")
EVENT_FIELDS = ("name", "location")
PROFILE_FIELDS = ("iicrc_id", "booth_hours")


@dataclass
class Record:
    fields: dict[str, Any]
    created: tuple[int, str] | None  # (ts, client) of the creation; None: made at sign-up
    version: int = 1
    deleted: bool = False
    clocks: dict[str, tuple[int, str, int]] = field(default_factory=dict)

    def clock(self, name: str) -> tuple[int, str, int]:
        if name in self.clocks:
            return self.clocks[name]
        return (*self.created, 0) if self.created else (0, "", 0)

    def value(self, name: str) -> Any:
        return self.deleted if name == "deleted" else self.fields[name]


class Model:
    def __init__(self, others: set[str]):
        self.entries: dict[str, Record] = {}
        self.events: dict[str, Record] = {}
        self.profile = Record(fields={"iicrc_id": None, "booth_hours": 2.0}, created=None)
        self.others = others  # ids another account owns
        self.conflicts: list[tuple[str, str, str, Any, Any]] = []

    def apply(self, client: str, mutation: dict[str, Any]) -> bool:
        """Apply one pushed mutation; returns False when the server must refuse it."""
        name, args, ts = mutation["name"], mutation["args"], mutation["ts"]
        if not isinstance(args, dict):
            return False
        base = args.get("base_version", 0)
        rid = args.get("id")
        if name == "entry.put":
            if not isinstance(args.get("hours"), float | int | None):
                return False
            values = {f: args.get(f, "" if f == "notes" else None) for f in ENTRY_FIELDS}
            return self._put(self.entries, "entry", rid, values, client, ts, base)
        if name == "event.put":
            values = {f: args.get(f) for f in EVENT_FIELDS}
            return self._put(self.events, "event", rid, values, client, ts, base)
        if name == "entry.patch":
            values = args.get("set", {})
            if rid not in self.entries or not isinstance(
                values.get("hours", 0.0), float | int | None
            ):
                return False
            self._write("entry", rid, self.entries[rid], values, client, ts, base)
            return True
        if name in ("entry.delete", "entry.restore", "event.delete"):
            rows = self.events if name == "event.delete" else self.entries
            if rid not in rows:
                return False
            kind = name.split(".")[0]
            self._write(
                kind, rid, rows[rid], {"deleted": name != "entry.restore"}, client, ts, base
            )
            return True
        if name == "profile.patch":
            self._write("profile", "", self.profile, args["set"], client, ts, base)
            return True
        return False  # an unknown name

    def rest_patch(self, entry_id: str, values: dict[str, Any]) -> bool:
        """PATCH /api/entries/{id}: the REST door, over the row as it is now."""
        record = self.entries.get(entry_id)
        if record is None or record.deleted:
            return False
        self._write("entry", entry_id, record, values, REST_CLIENT, REST_TS, None)
        return True

    def _put(self, rows, kind, rid, values, client, ts, base) -> bool:
        if rid in self.others:
            return False
        if rid not in rows:
            rows[rid] = Record(fields=values, created=(ts, client))
        else:
            self._write(kind, rid, rows[rid], values, client, ts, base)
        return True

    def _write(self, kind, rid, record: Record, values, client, ts, base) -> None:
        version = record.version + 1
        changed = contested = False
        for name, value in values.items():
            stored = record.value(name)
            c_ts, c_client, c_version = record.clock(name)
            concurrent = base is not None and base < c_version and client != c_client
            wins = not concurrent or (ts, client) > (c_ts, c_client)
            if stored == value:
                # Nothing to see, but the write is still the field's latest: it takes the
                # clock (at the version a device could first see it in) and makes no version.
                if wins:
                    record.clocks[name] = (ts, client, version)
                continue
            if concurrent:
                contested = True
                lost, kept = (stored, value) if wins else (value, stored)
                self.conflicts.append((kind, rid, name, lost, kept))
            if wins:
                if name == "deleted":
                    record.deleted = value
                else:
                    record.fields[name] = value
                record.clocks[name] = (ts, client, version)
                changed = True
        if (changed or contested) and record.deleted and "deleted" not in values:
            _, d_client, d_version = record.clock("deleted")
            already = any(c[:3] == (kind, rid, "deleted") for c in self.conflicts)
            if base is not None and base < d_version and client != d_client and not already:
                self.conflicts.append((kind, rid, "deleted", False, True))
        if changed:
            record.version = version
