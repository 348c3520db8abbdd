"""The reference sync client: the queue-and-rebase logic every ceclog client follows.

A `Replica` is one device's local state: the last copy the server sent, and
the mutations made since that the server has not yet confirmed. What the
device shows is that copy with the pending mutations replayed on top
(`view()`). A pending mutation is dropped only when a complete pull reports a
`last_mutation_id` that covers it, so the device never shows a change vanish
and come back.

`Replica` does no I/O. `SyncClient` drives it through a transport: any
callable `(path, json_body) -> (status, json_answer)` that raises
`TransportError` when no answer came back. `http_transport` makes one from an
httpx-style client (the tests' TestClient, or httpx for the real server).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

Transport = Callable[[str, dict[str, Any]], tuple[int, Any]]
PUSH_BATCH = 100


class TransportError(Exception):
    """The request may or may not have reached the server; no answer came back."""


def epoch_ms() -> int:
    return time.time_ns() // 1_000_000


class Replica:
    def __init__(self, client_id: str | None = None, clock: Callable[[], int] = epoch_ms):
        self.client_id = client_id or str(uuid.uuid4())
        self.clock = clock
        self.next_id = 1
        self.pending: list[dict[str, Any]] = []
        self.pushed = 0  # the highest id a push answer acknowledged
        self.confirmed = 0  # last_mutation_id of the last complete pull
        self.cursor: str | None = None
        self.entries: dict[str, dict[str, Any]] = {}
        self.events: dict[str, dict[str, Any]] = {}
        self.profile: dict[str, Any] | None = None
        self.rejected: dict[int, str] = {}
        self.identities = [self.client_id]

    # Making changes: each is queued at once, before any network.

    def mutate(self, name: str, args: dict[str, Any]) -> dict[str, Any]:
        mutation = {"id": self.next_id, "name": name, "args": args, "ts": self.clock()}
        self.next_id += 1
        self.pending.append(mutation)
        return mutation

    def put_entry(self, entry: dict[str, Any]) -> dict[str, Any]:
        return self.mutate(
            "entry.put", {**entry, "base_version": self._seen(self.entries, entry["id"])}
        )

    def patch_entry(self, entry_id: str, values: dict[str, Any]) -> dict[str, Any]:
        base = self._seen(self.entries, entry_id)
        return self.mutate("entry.patch", {"id": entry_id, "set": values, "base_version": base})

    def delete_entry(self, entry_id: str) -> dict[str, Any]:
        base = self._seen(self.entries, entry_id)
        return self.mutate("entry.delete", {"id": entry_id, "base_version": base})

    def restore_entry(self, entry_id: str) -> dict[str, Any]:
        base = self._seen(self.entries, entry_id)
        return self.mutate("entry.restore", {"id": entry_id, "base_version": base})

    def put_event(self, event: dict[str, Any]) -> dict[str, Any]:
        return self.mutate(
            "event.put", {**event, "base_version": self._seen(self.events, event["id"])}
        )

    def delete_event(self, event_id: str) -> dict[str, Any]:
        base = self._seen(self.events, event_id)
        return self.mutate("event.delete", {"id": event_id, "base_version": base})

    def patch_profile(self, values: dict[str, Any]) -> dict[str, Any]:
        base = self.profile["version"] if self.profile else 0
        return self.mutate("profile.patch", {"set": values, "base_version": base})

    @staticmethod
    def _seen(rows: dict[str, dict[str, Any]], record_id: str) -> int:
        return rows[record_id]["version"] if record_id in rows else 0

    # Talking to the server.

    def push_body(self, limit: int = PUSH_BATCH) -> dict[str, Any] | None:
        unsent = [m for m in self.pending if m["id"] > self.pushed][:limit]
        if not unsent:
            return None
        return {"client_id": self.client_id, "schema_version": 1, "mutations": unsent}

    def on_push(self, status: int, answer: Any) -> None:
        if status == 200:
            self._acknowledged(answer["last_mutation_id"])
            for refused in answer["rejected"]:
                self.rejected[refused["id"]] = refused["reason"]
        elif status == 409 and "last_mutation_id" in (answer.get("extra") or {}):
            self._acknowledged(answer["extra"]["last_mutation_id"], gap=True)
        else:
            raise RuntimeError(f"push refused: {status} {answer}")

    def _acknowledged(self, last: int, gap: bool = False) -> None:
        if last < self.pushed or (self.pending and self.pending[0]["id"] > last + 1):
            # The server lost mutations it had acknowledged (a restored database): the
            # ones still queued go again under a new identity, numbered from 1.
            self._new_identity()
            return
        if gap:
            self.pushed = last  # send again from the first one it lacks
        else:
            self.pushed = max(self.pushed, last)

    def _new_identity(self) -> None:
        self.client_id = str(uuid.uuid4())
        self.identities.append(self.client_id)
        for number, mutation in enumerate(self.pending, start=1):
            mutation["id"] = number
        self.next_id = len(self.pending) + 1
        self.pushed = self.confirmed = 0
        # Its copy showed what the server no longer has: start over from what it has.
        self.entries, self.events, self.profile, self.cursor = {}, {}, None, None

    def pull_body(self, limit: int | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"client_id": self.client_id, "cursor": self.cursor}
        if limit:
            body["limit"] = limit
        return body

    def on_pull(self, status: int, answer: Any) -> bool:
        """Apply one page; returns whether another pull should follow."""
        if status != 200:
            raise RuntimeError(f"pull refused: {status} {answer}")
        if answer["reset"]:
            self.entries, self.events, self.profile, self.cursor = {}, {}, None, None
            return True
        for row in answer["entries"]:
            self.entries[row["id"]] = row
        for row in answer["events"]:
            self.events[row["id"]] = row
        if answer["profile"] is not None:
            self.profile = answer["profile"]
        self.cursor = answer["cursor"]
        if answer["more"]:
            return True
        # Only a complete pull shows every change the server made up to this number.
        last = answer["last_mutation_id"]
        self.confirmed = max(self.confirmed, last)
        self.pushed = max(self.pushed, last)
        self.pending = [m for m in self.pending if m["id"] > last]
        return False

    # What the device shows.

    def view(self) -> dict[str, Any]:
        """The server's copy with the pending mutations replayed on top.

        Rows no pending mutation touches are the server copy's own: read them, do not change them.
        """
        entries, events = dict(self.entries), dict(self.events)
        profile = self.profile
        for mutation in self.pending:
            profile = replay(mutation, entries, events, profile)
        return {"entries": entries, "events": events, "profile": profile}


def replay(mutation: dict[str, Any], entries: dict, events: dict, profile: dict | None):
    """What a mutation does to the local copy until the server's answer replaces it.

    Changed rows are new dicts, so the server copy underneath stays as the server sent it.
    Returns the profile.
    """
    name, args = mutation["name"], mutation["args"]
    fields = (
        {k: v for k, v in args.items() if k != "base_version"} if isinstance(args, dict) else {}
    )
    record_id = fields.get("id")
    if name == "entry.put":
        entries[record_id] = {**entries.get(record_id, {"deleted": False}), **fields}
    elif name == "entry.patch" and record_id in entries:
        entries[record_id] = {**entries[record_id], **(fields.get("set") or {})}
    elif name in ("entry.delete", "entry.restore") and record_id in entries:
        entries[record_id] = {**entries[record_id], "deleted": name == "entry.delete"}
    elif name == "event.put":
        events[record_id] = {**events.get(record_id, {"deleted": False}), **fields}
    elif name == "event.delete" and record_id in events:
        events[record_id] = {**events[record_id], "deleted": True}
    elif name == "profile.patch" and profile is not None:
        profile = {**profile, **(fields.get("set") or {})}
    return profile


class SyncClient:
    """Drives a Replica through a transport: push everything, then pull to the end."""

    def __init__(self, replica: Replica, transport: Transport, batch: int = PUSH_BATCH):
        self.replica = replica
        self.transport = transport
        self.batch = batch

    def push(self) -> int:
        """Push until nothing is unsent; returns the number of requests."""
        requests = 0
        while (body := self.replica.push_body(self.batch)) is not None:
            status, answer = self.transport("/api/sync/push", body)
            self.replica.on_push(status, answer)
            requests += 1
        return requests

    def pull(self, limit: int | None = None) -> int:
        requests = 0
        while True:
            status, answer = self.transport("/api/sync/pull", self.replica.pull_body(limit))
            requests += 1
            if not self.replica.on_pull(status, answer):
                return requests

    def sync(self) -> None:
        self.push()
        self.pull()


def http_transport(http: Any, headers: dict[str, str] | None = None) -> Transport:
    """A transport over an httpx-style client (httpx.Client, Litestar's TestClient)."""

    def send(path: str, body: dict[str, Any]) -> tuple[int, Any]:
        try:
            answer = http.post(path, json=body, headers=headers)
        except Exception as exc:  # connection refused, reset, timed out: no answer came
            raise TransportError(str(exc)) from exc
        try:
            return answer.status_code, answer.json()
        except ValueError as exc:
            raise TransportError(f"not JSON from {path}: {answer.status_code}") from exc

    return send
