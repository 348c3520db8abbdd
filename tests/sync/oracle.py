"""What each field of one record must hold, told from the history of writes alone.

DESIGN §4: per field, the later (clamped ts, client_id) wins among concurrent
writes. Here that is said without clocks or versions: a write *supersedes*
the earlier writes its device knew of when it was made, and the field holds
the greatest (ts, client_id) among the writes nothing superseded. A device
knows its own writes, and, when it pulls, every write the server had applied
before it made the copy of the record the device receives; a copy is made
only when something visible changes (a write that repeats the stored value
makes none). Nothing here reads the server's merge code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MAX_CLOCK_LEAD_MS = 5 * 60 * 1000


@dataclass(frozen=True)
class Write:
    number: int  # unique within a history
    client: str
    field: str
    value: Any
    ts: int
    knew: frozenset[int]  # the writes its device knew of when it made this one


@dataclass
class History:
    initial: dict[str, Any]
    applied: list[tuple[Write, int]] = field(default_factory=list)  # with the clamped ts
    # How many applied writes the latest copy of the record includes.
    copied: int = 0

    def apply(self, write: Write, server_now: int) -> None:
        before = self.values()
        self.applied.append((write, min(write.ts, server_now + MAX_CLOCK_LEAD_MS)))
        if self.values() != before:
            self.copied = len(self.applied)

    def known_by_a_pull(self) -> set[int]:
        return {write.number for write, _ in self.applied[: self.copied]}

    def copies(self) -> int:
        """How many times the visible record changed: the versions made after creation."""
        made, before = 0, dict(self.initial)
        for end in range(1, len(self.applied) + 1):
            now = self._values(self.applied[:end])
            made += now != before
            before = now
        return made

    def values(self) -> dict[str, Any]:
        return self._values(self.applied)

    def _values(self, applied: list[tuple[Write, int]]) -> dict[str, Any]:
        result = dict(self.initial)
        for name in self.initial:
            writes = [(w, ts) for w, ts in applied if w.field == name]
            standing = [
                (ts, w.client, w.value)
                for w, ts in writes
                if not any(w.number in later.knew for later, _ in writes)
            ]
            if standing:
                result[name] = max(standing, key=lambda s: (s[0], s[1]))[2]
        return result
