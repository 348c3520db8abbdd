"""Three devices write equal and different values to one entry in random interleavings.

Each device patches fields over the version it last pulled, pushes and pulls
when it pleases; its clock is right (a write's time is when it was made, and a
push or a pull takes at least a millisecond, so a write made after a pull is
later than all it saw: within one millisecond the client-id tie-break could
otherwise order a write before the one it followed). The
server, through its merge rules alone and through push and pull, must hold
what the independent oracle (tests/sync/oracle.py) says after every push, and
make a version only when something visible changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from litestar.testing import TestClient

from server.app import create_app
from server.settings import Settings
from server.sync.merge import Clock, device_origin, merge_fields
from tests.conftest import bearer_user
from tests.sync.helpers import push
from tests.sync.oracle import History, Write

INITIAL = {"hours": 1.0, "course_title": "WRT"}
VALUES = {"hours": [1.0, 1.5, 2.0], "course_title": ["WRT", "ASD", "OCT"]}
START_MS = 1_600_000_000_000

step = st.one_of(
    st.tuples(
        st.just("write"),
        st.integers(0, 2),
        st.sampled_from(sorted(VALUES)),
        st.integers(0, 2),
        st.sampled_from([0, 1, 60_000]),
    ),
    st.tuples(st.sampled_from(["push", "pull"]), st.integers(0, 2)),
)
steps = st.lists(step, min_size=1, max_size=40)
# The desk sets 1.5; the phone, having pulled it, sets 1.5 again later; an offline laptop
# had set 1.0 in between, and its push comes last: the phone's later 1.5 must stay.
SAME_VALUE_LATER = [
    ("write", 0, "hours", 1, 0),
    ("push", 0),
    ("pull", 1),
    ("write", 2, "hours", 0, 60_000),
    ("write", 1, "hours", 1, 60_000),
    ("push", 1),
    ("push", 2),
]


@dataclass
class Device:
    client_id: str
    seen_version: int = 1
    knows: set[int] = field(default_factory=set)
    queue: list[tuple[Write, int]] = field(default_factory=list)  # with the base version


class MergeOnly:
    """The merge rules over one record, stored the way the services store it."""

    def __init__(self) -> None:
        self.values, self.version = dict(INITIAL), 1
        self.clocks = {"*": Clock(START_MS, "setup", 1)}

    def push(self, device: Device, now: int) -> None:
        for write, base in device.queue:
            origin = device_origin(device.client_id, write.ts, base, now)
            merge = merge_fields(
                self.values, self.clocks, {write.field: write.value}, origin, self.version
            )
            self.values.update(merge.changes)
            self.clocks, self.version = merge.clocks, merge.version

    def pull(self) -> tuple[dict[str, Any], int]:
        return dict(self.values), self.version


class OverHttp:
    """The same through POST /api/sync/push and /pull of the real app."""

    def __init__(self, http: TestClient, headers: dict, entry_id: str) -> None:
        self.http, self.headers, self.entry_id = http, headers, entry_id
        self.mutation_ids: dict[str, int] = {}
        body = {"id": entry_id, "kind": "course", **INITIAL}
        self._push(str(uuid.uuid4()), [("entry.put", body, START_MS)])

    def push(self, device: Device, now: int) -> None:
        self._push(
            device.client_id,
            [
                (
                    "entry.patch",
                    {"id": self.entry_id, "set": {w.field: w.value}, "base_version": base},
                    w.ts,
                )
                for w, base in device.queue
            ],
        )

    def _push(self, client_id: str, mutations: list[tuple[str, dict, int]]) -> None:
        sent = []
        for name, args, ts in mutations:
            self.mutation_ids[client_id] = number = self.mutation_ids.get(client_id, 0) + 1
            sent.append({"id": number, "name": name, "args": args, "ts": ts})
        answer = push(self.http, self.headers, client_id, *sent)
        assert answer.status_code == 200 and answer.json()["rejected"] == [], answer.text

    def pull(self) -> tuple[dict[str, Any], int]:
        row = self.http.get(f"/api/entries/{self.entry_id}", headers=self.headers).json()
        return {name: row[name] for name in INITIAL}, row["version"]


def run(server, clients: list[str], plan: list[tuple]) -> None:
    devices = [Device(client) for client in clients]
    history = History(initial=dict(INITIAL))
    now, numbers = START_MS, iter(range(1, 10**6))
    for action, who, *rest in [*plan, *[("push", d) for d in range(3)]]:
        device = devices[who]
        if action == "write":
            name, choice, elapsed = rest
            now += elapsed
            write = Write(
                next(numbers),
                device.client_id,
                name,
                VALUES[name][choice],
                now,
                frozenset(device.knows),
            )
            device.knows.add(write.number)
            device.queue.append((write, device.seen_version))
        elif action == "push":
            now += 1
            server.push(device, now)
            for write, _ in device.queue:
                history.apply(write, now)
            device.queue.clear()
            values, version = server.pull()
            assert values == history.values(), (plan, values, history.values())
            # A version is made only when something visible changed.
            assert version == 1 + history.copies()
        else:
            now += 1
            _, device.seen_version = server.pull()
            device.knows |= history.known_by_a_pull()


def three_clients() -> list[str]:
    # Fresh ids, in a random order, so ties between equal clocks fall either way.
    return [str(uuid.uuid4()) for _ in range(3)]


@settings(max_examples=1000, deadline=None)
@given(plan=steps, clients=st.permutations(["aaaa", "bbbb", "cccc"]))
@example(plan=SAME_VALUE_LATER, clients=["aaaa", "bbbb", "cccc"])
def test_the_merge_rules_keep_the_latest_write_of_each_field(plan, clients) -> None:
    run(MergeOnly(), clients, plan)


@pytest.fixture(scope="module")
def app_client(tmp_path_factory) -> Iterator[tuple[TestClient, dict]]:
    data = tmp_path_factory.mktemp("interleavings") / "data"
    with TestClient(create_app(Settings(data_dir=data, signup="open", ocr_workers=0))) as http:
        yield http, bearer_user(http, "ana@example.com")


@settings(max_examples=60, deadline=None)
@given(plan=steps)
@example(plan=SAME_VALUE_LATER)
def test_push_and_pull_keep_the_latest_write_of_each_field(app_client, plan) -> None:
    http, headers = app_client
    run(OverHttp(http, headers, str(uuid.uuid4())), three_clients(), plan)
