"""The real server killed with SIGKILL in the middle of pushes, restarted on the same data."""

from __future__ import annotations

import random
import sqlite3
import threading
import uuid
from pathlib import Path

from server.sync.client import Replica, SyncClient, TransportError, http_transport
from tests.services import postgres
from tests.sync.live_server import LocalServer

ROUNDS = 4
DEVICES = 3
# Per device and round: enough that a push is still under way when the kill lands
# (PostgreSQL takes about 1.3 ms a mutation, SQLite far less).
QUEUED = 500 if postgres.wanted() else 1500


def integrity(path: Path) -> str:
    """SQLite's own check of the file; PostgreSQL keeps no file here to check."""
    if postgres.wanted():
        return "ok"
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def queue_work(replica: Replica, rng: random.Random, count: int, notes: dict[str, str]) -> None:
    """Queues new certificates and edits to them; `notes` records each one's last note."""
    shown = replica.view()["entries"]
    mine = [i for i in notes if i in shown]
    for n in range(count):
        if mine and rng.random() < 0.3:
            entry_id = rng.choice(mine)
            notes[entry_id] = f"edit {n} on {replica.client_id}"
            replica.patch_entry(entry_id, {"notes": notes[entry_id]})
        else:
            entry_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            replica.put_entry({"id": entry_id, "hours": 2.0})
            notes[entry_id] = ""
            mine.append(entry_id)


def push_until_cut_off(client: SyncClient) -> None:
    try:
        client.push()
    except TransportError:
        pass  # the server died under it


def test_sigkill_mid_push_loses_nothing_acknowledged(tmp_path: Path) -> None:
    rng = random.Random(20240607)
    server = LocalServer(tmp_path / "data")
    server.start()
    try:
        token = server.token("crash@example.com")
        http = server.client(token, timeout=5)
        devices = [SyncClient(Replica(), http_transport(http), batch=25) for _ in range(DEVICES)]
        highest_seen = {d.replica.client_id: 0 for d in devices}
        kills_mid_push = 0
        notes: dict[str, str] = {}
        for _ in range(ROUNDS):
            for device in devices:
                queue_work(device.replica, rng, QUEUED, notes)
            threads = [threading.Thread(target=push_until_cut_off, args=(d,)) for d in devices]
            for thread in threads:
                thread.start()
            threading.Event().wait(rng.uniform(0.05, 0.25))
            server.kill()
            for thread in threads:
                thread.join()
            kills_mid_push += any(d.replica.push_body() is not None for d in devices)
            assert integrity(server.data_dir / "ceclog.db") == "ok"
            server.start()
            # What the server acknowledged before it died is all there, on every page.
            observer = Replica()
            SyncClient(observer, http_transport(http)).pull(limit=5000)
            for device in devices:
                replica = device.replica
                status, answer = http_transport(http)("/api/sync/pull", replica.pull_body())
                last = answer["last_mutation_id"]
                assert last >= replica.pushed
                assert last >= highest_seen[replica.client_id]  # never goes back
                highest_seen[replica.client_id] = last
                for mutation in replica.pending:
                    if mutation["id"] <= replica.pushed and mutation["name"] == "entry.put":
                        assert mutation["args"]["id"] in observer.entries
        assert kills_mid_push >= ROUNDS - 1, "the kills should land while pushes are under way"
        # The devices retry until done: everything arrives once and every device agrees.
        for _ in range(2):
            for device in devices:
                device.sync()
        observer = Replica()
        SyncClient(observer, http_transport(http)).pull()
        made = sum(d.replica.next_id - 1 for d in devices)
        assert made == DEVICES * ROUNDS * QUEUED
        for device in devices:
            assert device.replica.pending == []
            assert device.replica.confirmed == device.replica.next_id - 1
            assert set(device.replica.entries) == set(observer.entries)
            for entry_id, row in observer.entries.items():
                assert device.replica.entries[entry_id]["version"] == row["version"]
        # Every certificate made is there exactly once, with the last edit made to it.
        assert {i: e["notes"] for i, e in observer.entries.items()} == notes
        assert all(not d.replica.rejected for d in devices)
        http.close()
    finally:
        server.stop()
    assert integrity(server.data_dir / "ceclog.db") == "ok"
