"""Seeded fault-injection runs: devices of one user syncing over a hostile network.

The network drops requests, drops answers after the server committed, delivers
twice, holds requests back and delivers them after later ones, replays old
batches late, and the server restarts between requests. Every request that
reaches the server is logged in order with its answer; an independent model
of the rules (`model.py`) replays what the server applied and must agree with
it. Used by tests/sync/test_faults.py and scripts/sync_soak.py.
"""

from __future__ import annotations

import copy
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from litestar.testing import TestClient

from server.app import create_app
from server.settings import Settings
from server.sync.client import Replica, SyncClient, TransportError, http_transport
from tests.services.postgres import database_url_for
from tests.services.sql import integrity
from tests.sync.model import ENTRY_FIELDS, Model

PUSH, PULL = "/api/sync/push", "/api/sync/pull"
DEVICE_EPOCH_MS = 1_600_000_000_000  # device clocks run in 2020: never clamped by the server


class Server:
    """The app in-process over one data directory; `restart` closes and reopens it."""

    def __init__(self, data_dir: Path):
        self.settings = Settings(
            data_dir=data_dir,
            signup="open",
            ocr_workers=0,
            database_url=database_url_for(data_dir),
        )
        self.restarts = 0
        self._open()

    def _open(self) -> None:
        self.http = TestClient(create_app(self.settings))
        self.http.__enter__()

    def restart(self) -> None:
        self.close()
        self._open()
        self.restarts += 1

    def close(self) -> None:
        self.http.__exit__(None, None, None)


@dataclass
class Rates:
    drop_request: float = 0.12
    drop_answer: float = 0.12
    duplicate: float = 0.08
    hold_back: float = 0.06
    keep_for_replay: float = 0.15


@dataclass
class Stats:
    counts: Counter = field(default_factory=Counter)

    def __getitem__(self, key: str) -> int:
        return self.counts[key]


class Network:
    """Carries requests to the server, badly, and logs what the server answered."""

    def __init__(self, server: Server, headers: dict[str, str], rng: random.Random, rates: Rates):
        self.server, self.headers, self.rng, self.rates = server, headers, rng, rates
        self.held: list[tuple[str, dict]] = []
        self.log: list[tuple[str, dict, int, Any]] = []
        self.stats = Counter()
        self.perfect = False

    def deliver(self, path: str, body: dict) -> tuple[int, Any]:
        status, answer = http_transport(self.server.http, self.headers)(path, body)
        assert status < 500, (status, answer)
        self.log.append((path, body, status, answer))
        return status, answer

    def transport(self, path: str, body: dict) -> tuple[int, Any]:
        body = copy.deepcopy(body)  # what went on the wire, whatever the device does next
        if self.perfect:
            return self.deliver(path, body)
        roll, rates = self.rng.random, self.rates
        if path == PUSH and roll() < rates.keep_for_replay:
            self.held.append((path, body))
            self.stats["kept_for_replay"] += 1
        if roll() < rates.hold_back:
            self.held.append((path, body))  # arrives later, after newer requests
            self.stats["held_back"] += 1
            raise TransportError("held back")
        if roll() < rates.drop_request:
            self.stats["dropped_requests"] += 1
            raise TransportError("request lost")
        answer = self.deliver(path, body)
        if roll() < rates.duplicate:
            self.stats["duplicated"] += 1
            second = self.deliver(path, body)
            answer = second if roll() < 0.5 else answer
        if roll() < rates.drop_answer:
            self.stats["dropped_answers"] += 1
            raise TransportError("answer lost after the server committed")
        return answer

    def rest_patch(self, entry_id: str, values: dict) -> int:
        """PATCH /api/entries/{id} over the same bad network; returns the status."""
        body = {"id": entry_id, "set": values}
        if not self.perfect and self.rng.random() < self.rates.drop_request:
            raise TransportError("request lost")
        answer = self.server.http.patch(
            f"/api/entries/{entry_id}", json=values, headers=self.headers
        )
        assert answer.status_code < 500, answer.text
        self.log.append(("rest", body, answer.status_code, answer.json()))
        if not self.perfect and self.rng.random() < self.rates.drop_answer:
            raise TransportError("answer lost after the server committed")
        return answer.status_code

    def deliver_late(self) -> None:
        if self.held:
            path, body = self.held.pop(self.rng.randrange(len(self.held)))
            self.deliver(path, body)
            self.stats["delivered_late"] += 1


class Device:
    def __init__(self, number: int, network: Network, rng: random.Random, clock: list[int]):
        skew = rng.randint(-20_000, 20_000)
        self.replica = Replica(clock=lambda: DEVICE_EPOCH_MS + clock[0] + skew)
        self.client = SyncClient(self.replica, network.transport, batch=rng.choice([3, 10, 100]))
        self.number = number

    def sync(self) -> bool:
        try:
            self.client.sync()
            return True
        except TransportError:
            return False


class Run:
    """One seeded run; `check()` asserts the invariants and returns the counts."""

    def __init__(self, data_dir: Path, seed: int, devices: int = 3, rates: Rates | None = None):
        self.rng = random.Random(seed)
        self.server = Server(data_dir)
        self.headers = _account(self.server.http, "ana@example.com")
        ben = _account(self.server.http, "ben@example.com")
        self.bens_entry = _new_id(self.rng)
        self.server.http.put(f"/api/entries/{self.bens_entry}", json={}, headers=ben)
        self.network = Network(self.server, self.headers, self.rng, rates or Rates())
        self.clock = [0]
        self.devices = [Device(n, self.network, self.rng, self.clock) for n in range(devices)]
        self.counter = Counter()
        self.desk_log: list[tuple[str, dict, int]] = []
        self.created: set[str] = set()

    def step(self) -> None:
        self.clock[0] += self.rng.randint(0, 3000)
        roll = self.rng.random()
        if roll < 0.62:
            self._mutate(self.rng.choice(self.devices))
        elif roll < 0.88:
            self.rng.choice(self.devices).sync()
            self.counter["syncs"] += 1
        elif roll < 0.93:
            self.network.deliver_late()
        elif roll < 0.97:
            self._desk_patch()
        else:
            self.server.restart()

    def _mutate(self, device: Device) -> None:
        replica, rng = device.replica, self.rng
        view = replica.view()["entries"]
        live = [i for i, e in view.items() if not e.get("deleted")]
        gone = [i for i, e in view.items() if e.get("deleted")]
        roll = rng.random()
        self.counter["mutations"] += 1
        if roll < 0.22 or not live:
            entry_id = _new_id(rng)
            self.created.add(entry_id)
            replica.put_entry({"id": entry_id, **{f: _value(rng, f) for f in ENTRY_FIELDS}})
        elif roll < 0.62:
            names = rng.sample(ENTRY_FIELDS, rng.randint(1, 2))
            replica.patch_entry(rng.choice(live), {f: _value(rng, f) for f in names})
        elif roll < 0.70:
            replica.delete_entry(rng.choice(live))
        elif roll < 0.76 and gone:
            replica.restore_entry(rng.choice(gone))
        elif roll < 0.84:
            events = list(replica.view()["events"]) or [_new_id(rng)]
            event_id = rng.choice(events + [_new_id(rng)])
            if rng.random() < 0.2 and event_id in replica.events:
                replica.delete_event(event_id)
            else:
                name = f"Show {rng.randrange(10**6)}"
                replica.put_event({"id": event_id, "name": name, "location": _value(rng, "notes")})
        elif roll < 0.92:
            replica.patch_profile(
                rng.choice(
                    [
                        {"iicrc_id": f"ID{rng.randrange(10**6)}"},
                        {"booth_hours": rng.choice([1.0, 2.0, 3.5])},
                    ]
                )
            )
        else:
            self.counter["invalid"] += 1
            bad = rng.choice(
                [
                    ("entry.nuke", {"id": rng.choice(live)}),
                    ("entry.patch", {"id": rng.choice(live), "set": {"hours": "seven"}}),
                    ("entry.patch", {"id": self.bens_entry, "set": {"notes": "mine now"}}),
                    ("entry.put", {"id": self.bens_entry, "notes": "mine now"}),
                    ("entry.delete", {"id": _new_id(rng)}),
                ]
            )
            replica.mutate(*bad)

    def _desk_patch(self) -> None:
        """Someone at the desk edits through the REST door, over the same network."""
        entry_id = self.rng.choice(sorted(self.created)) if self.created else None
        if entry_id is None:
            return
        values = {"notes": _value(self.rng, "notes")}
        for _ in range(3):  # a person retries when the page shows an error
            try:
                self.network.rest_patch(entry_id, values)
                self.counter["desk_patches"] += 1
                return
            except TransportError:
                continue

    def quiet(self) -> None:
        """The network heals and every device syncs until nothing is pending."""
        self.network.perfect = True
        while self.network.held:
            self.network.deliver_late()
        for _ in range(3):
            for device in self.devices:
                device.sync()
        self.counter["quiet_rounds"] = 3

    def close(self) -> None:
        self.server.close()

    def check(self) -> Counter:
        """Assert every invariant; returns the counts of what happened."""
        model = Model(others={self.bens_entry})
        applied = _replay(self.network.log, model)
        observer = Replica()
        SyncClient(observer, http_transport(self.server.http, self.headers)).pull()
        server = observer.view()
        # Nothing acknowledged was lost: every mutation every device made was applied once.
        for device in self.devices:
            made = device.replica.next_id - 1
            assert device.replica.pending == [], f"device {device.number} still has pending"
            assert applied[device.replica.client_id] == list(range(1, made + 1))
        # The server holds exactly what the rules say, no entry twice, none missing.
        _same_records(server["entries"], model.entries, ENTRY_FIELDS)
        _same_records(server["events"], model.events, ("name", "location"))
        profile = server["profile"]
        assert {f: profile[f] for f in ("iicrc_id", "booth_hours")} == model.profile.fields
        assert profile["version"] == model.profile.version
        recorded = self.server.http.get("/api/conflicts", headers=self.headers).json()
        assert Counter(_conflict_key(c) for c in recorded) == Counter(
            (kind, rid if kind != "profile" else "", name, lost, kept)
            for kind, rid, name, lost, kept in model.conflicts
        )
        # Every device shows what the server holds.
        for device in self.devices:
            assert _without_problems(device.replica.view()) == _without_problems(server)
        assert integrity(self.server.settings) == "ok"
        counts = self.counter + self.network.stats
        counts.update(
            restarts=self.server.restarts,
            entries=len(model.entries),
            conflicts=len(recorded),
            rejected=sum(len(d.replica.rejected) for d in self.devices),
            requests=len(self.network.log),
        )
        return counts


def _replay(log: list, model: Model) -> dict[str, list[int]]:
    """Feed the model what the server applied, in order; check each answer on the way."""
    last: dict[str, int] = {}
    applied: dict[str, list[int]] = {}
    for path, body, status, answer in log:
        if path == "rest":
            assert (status == 200) == model.rest_patch(body["id"], body["set"]), (body, status)
            continue
        client = body["client_id"]
        before = last.get(client, 0)
        if path == PULL:
            assert answer["last_mutation_id"] == before, "pull told another last_mutation_id"
            continue
        if status == 409:
            assert answer["extra"]["last_mutation_id"] == before
            continue
        assert status == 200, answer
        now = answer["last_mutation_id"]
        assert now >= before, "last_mutation_id went back"
        by_id = {m["id"]: m for m in body["mutations"]}
        refused = {r["id"] for r in answer["rejected"]}
        for number in range(before + 1, now + 1):
            accepted = model.apply(client, by_id[number])
            assert accepted == (number not in refused), (by_id[number], answer["rejected"])
            applied.setdefault(client, []).append(number)
        last[client] = now
    return applied


def _same_records(rows: dict, model_rows: dict, names: tuple[str, ...]) -> None:
    assert set(rows) == set(model_rows), "the server's records differ from the model's"
    for record_id, row in rows.items():
        expected = model_rows[record_id]
        assert {f: row[f] for f in names} == expected.fields, record_id
        assert (row["version"], row["deleted"]) == (expected.version, expected.deleted), record_id


def _conflict_key(conflict: dict) -> tuple:
    rid = conflict["record_id"] if conflict["record_type"] != "profile" else ""
    return (conflict["record_type"], rid, conflict["field"], conflict["mine"], conflict["theirs"])


def _without_problems(view: dict) -> dict:
    entries = {
        i: {k: v for k, v in e.items() if k != "problems"} for i, e in view["entries"].items()
    }
    return {**view, "entries": entries}


def _account(http: TestClient, email: str) -> dict[str, str]:
    http.cookies.clear()
    answer = http.post(
        "/api/auth/register",
        json={"email": email, "password": "correct horse battery", "full_name": "Ana López"},
    )
    assert answer.status_code == 201, answer.text
    http.get("/api/health")
    token = http.post(
        "/api/auth/tokens", json={"name": "sim"}, headers={"X-CSRFToken": http.cookies["csrftoken"]}
    ).json()["token"]
    http.cookies.clear()
    return {"Authorization": f"Bearer {token}"}


def _new_id(rng: random.Random) -> str:
    return str(__import__("uuid").UUID(int=rng.getrandbits(128), version=4))


def _value(rng: random.Random, name: str) -> Any:
    if name == "hours":
        return float(rng.randint(1, 28)) / 2
    return f"{name}-{rng.randrange(10**9)}"
