"""Small helpers for talking sync to the in-process app."""

from __future__ import annotations

import time
from typing import Any

from litestar.testing import TestClient

from tests.conftest import new_id


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def mutation(number: int, name: str, args: Any, ts: int | None = None) -> dict[str, Any]:
    return {"id": number, "name": name, "args": args, "ts": now_ms() if ts is None else ts}


def push(client: TestClient, headers: dict, client_id: str, *mutations: dict):
    body = {"client_id": client_id, "schema_version": 1, "mutations": list(mutations)}
    return client.post("/api/sync/push", json=body, headers=headers)


def pull(client: TestClient, headers: dict, client_id: str, cursor: str | None = None, **extra):
    body = {"client_id": client_id, "cursor": cursor, **extra}
    answer = client.post("/api/sync/pull", json=body, headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


def put_args(entry_id: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"id": entry_id or new_id(), "kind": "course", "course_title": "WRT", **fields}


def server_entry(client: TestClient, headers: dict, entry_id: str) -> dict | None:
    """The entry as a fresh device would receive it (tombstones included)."""
    rows = pull(client, headers, new_id())["entries"]
    return next((row for row in rows if row["id"] == entry_id), None)
