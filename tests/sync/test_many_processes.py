"""Two `ceclog serve` processes on one PostgreSQL database (DESIGN §3, Hosted mode).

Every promise of sync holds when the requests of one technician's devices
land on different processes at once: no change is ever skipped by a pull,
no concurrent write is lost, and a retried push is applied once.
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.services import postgres
from tests.sync.helpers import mutation, now_ms
from tests.sync.live_server import LocalServer

WRITERS = 4
PUSHES = 25
PER_PUSH = 4


@pytest.fixture
def database_url(request: pytest.FixtureRequest) -> str:
    if not postgres.wanted() and not (postgres.BIN / "initdb").exists():
        pytest.skip(f"no PostgreSQL binaries in {postgres.BIN}")
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture
def servers(tmp_path: Path, database_url: str) -> Iterator[list[LocalServer]]:
    """Two server processes, each with its own data directory, sharing one database."""
    started = []
    try:
        for name in ("a", "b"):
            server = LocalServer(tmp_path / name, processes=1, CECLOG_DATABASE_URL=database_url)
            server.start()
            started.append(server)
        yield started
    finally:
        for server in started:
            server.stop()


def _push(http: httpx.Client, client_id: str, mutations: list[dict]) -> dict:
    body = {"client_id": client_id, "schema_version": 1, "mutations": mutations}
    answer = http.post("/api/sync/push", json=body)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _at_once(clients: list[httpx.Client], client_id: str, batch: list[dict]) -> list[dict]:
    """The same push sent to every process at the same time; their answers."""
    answers: list[dict] = []
    errors: list[BaseException] = []

    def send(http: httpx.Client) -> None:
        try:
            answers.append(_push(http, client_id, batch))
        except BaseException as exc:  # noqa: BLE001 - raised below
            errors.append(exc)

    threads = [threading.Thread(target=send, args=(http,)) for http in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return answers


def _entries_with_numbers(database_url: str) -> dict[str, int]:
    import psycopg

    with psycopg.connect(database_url) as conn:
        return dict(conn.execute("SELECT id, change_seq FROM entries").fetchall())


def test_a_pull_never_skips_a_change_committed_by_another_process(
    servers: list[LocalServer], database_url: str
) -> None:
    token = servers[0].token("ana@example.com")
    clients = [server.client(token) for server in servers]
    failures: list[BaseException] = []
    writing = threading.Event()
    writing.set()

    def write(n: int) -> None:
        device = str(uuid.uuid4())
        try:
            for push in range(PUSHES):
                batch = [
                    mutation(
                        push * PER_PUSH + k + 1,
                        "entry.put",
                        {"id": str(uuid.uuid4()), "kind": "course", "course_title": f"W{n}"},
                    )
                    for k in range(PER_PUSH)
                ]
                # Each push goes to the other process than the last.
                _push(clients[(n + push) % 2], device, batch)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            failures.append(exc)

    reader = str(uuid.uuid4())
    cursor: str | None = None
    pulls: list[tuple[int, list[str]]] = []  # (cursor's number, entries in that page)

    def pull_once(http: httpx.Client) -> bool:
        nonlocal cursor
        answer = http.post(
            "/api/sync/pull", json={"client_id": reader, "cursor": cursor, "limit": 7}
        )
        assert answer.status_code == 200, answer.text
        page = answer.json()
        assert not page["reset"]
        cursor = page["cursor"]
        pulls.append((int(cursor.rsplit(".", 1)[1]), [e["id"] for e in page["entries"]]))
        return page["more"]

    writers = [threading.Thread(target=write, args=(n,)) for n in range(WRITERS)]
    for thread in writers:
        thread.start()
    turn = 0
    while any(thread.is_alive() for thread in writers):
        pull_once(clients[turn % 2])  # the reader, too, alternates processes
        turn += 1
    for thread in writers:
        thread.join()
    assert not failures, failures
    while pull_once(clients[turn % 2]):
        turn += 1
    pull_once(clients[(turn + 1) % 2])

    numbers = _entries_with_numbers(database_url)
    assert len(numbers) == WRITERS * PUSHES * PER_PUSH
    seen = Counter(entry_id for _, page in pulls for entry_id in page)
    assert set(seen) == set(numbers), "every change reached the reader"
    assert max(seen.values()) == 1, "and each exactly once"
    assert len(pulls) > WRITERS, "the reader pulled while the writers wrote"
    # Nothing at or below a cursor the reader was given may turn up after it.
    delivered: set[str] = set()
    previous = 0
    for number, page in pulls:
        assert number >= previous, "a cursor never goes back"
        previous = number
        delivered.update(page)
        late = {i for i, seq in numbers.items() if seq <= number} - delivered
        assert not late, f"committed at or below {number} but not yet delivered: {late}"
    for http in clients:
        http.close()


def test_two_processes_take_one_users_pushes_at_once_losing_nothing(
    servers: list[LocalServer],
) -> None:
    """Each device's pushes go to both processes at once (a retry racing the original),
    while every device edits its own field of one shared entry."""
    token = servers[0].token("ben@example.com", "Ben Okafor")
    clients = [server.client(token) for server in servers]
    shared = str(uuid.uuid4())
    _push(
        clients[0], str(uuid.uuid4()), [mutation(1, "entry.put", {"id": shared, "kind": "course"})]
    )
    fields = ["course_title", "provider", "holder_name", "approval_number", "notes"]
    failures: list[BaseException] = []
    created: dict[str, list[str]] = {}

    def device(field: str) -> None:
        client_id = str(uuid.uuid4())
        created[field] = []
        try:
            for n in range(10):
                entry_id = str(uuid.uuid4())
                created[field].append(entry_id)
                batch = [
                    mutation(2 * n + 1, "entry.put", {"id": entry_id, "kind": "course"}),
                    mutation(
                        2 * n + 2,
                        "entry.patch",
                        {"id": shared, "base_version": 1, "set": {field: f"{field} {n}"}},
                        ts=now_ms() + n,
                    ),
                ]
                answers = _at_once(clients, client_id, batch)
                assert [a["last_mutation_id"] for a in answers] == [2 * n + 2] * 2, answers
                assert all(a["rejected"] == [] for a in answers), answers
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            failures.append(exc)

    threads = [threading.Thread(target=device, args=(f,)) for f in fields]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures, failures

    page = (
        clients[1]
        .post(
            "/api/sync/pull", json={"client_id": str(uuid.uuid4()), "cursor": None, "limit": 1000}
        )
        .json()
    )
    rows = {row["id"]: row for row in page["entries"]}
    ids = [row["id"] for row in page["entries"]]
    assert len(ids) == len(set(ids)) == 1 + 10 * len(fields), "each put applied exactly once"
    assert all(entry_id in rows for made in created.values() for entry_id in made)
    # No device's edit of the shared entry was lost to another's, on either process.
    assert {f: rows[shared][f] for f in fields} == {f: f"{f} 9" for f in fields}
    assert rows[shared]["version"] == 1 + 10 * len(fields), "each patch applied exactly once"
    for http in clients:
        http.close()
