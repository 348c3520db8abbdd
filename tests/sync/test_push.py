"""Push: one transaction per batch, retries harmless, gaps refused, bad mutations recorded."""

from __future__ import annotations

from litestar.testing import TestClient

from tests.conftest import new_id
from tests.sync.helpers import mutation, pull, push, put_args, server_entry


def test_push_applies_in_order_and_a_retry_changes_nothing(client: TestClient, ana) -> None:
    device, entry_id = new_id(), new_id()
    batch = [
        mutation(1, "entry.put", put_args(entry_id, hours=7.0)),
        mutation(2, "entry.patch", {"id": entry_id, "set": {"provider": "IICRC"}}),
    ]
    first = push(client, ana, device, *batch)
    assert first.status_code == 200, first.text
    assert first.json() == {"last_mutation_id": 2, "rejected": []}
    stored = client.get(f"/api/entries/{entry_id}", headers=ana).json()
    assert (stored["hours"], stored["provider"], stored["version"]) == (7.0, "IICRC", 2)
    # The answer was lost and the device sends the same batch again, twice.
    for _ in range(2):
        again = push(client, ana, device, *batch)
        assert again.json() == {"last_mutation_id": 2, "rejected": []}
    assert client.get(f"/api/entries/{entry_id}", headers=ana).json() == stored
    assert [e["id"] for e in client.get("/api/entries", headers=ana).json()] == [entry_id]


def test_mutations_are_applied_in_id_order_whatever_the_batch_order(client: TestClient, ana):
    device, entry_id = new_id(), new_id()
    answer = push(
        client,
        ana,
        device,
        mutation(2, "entry.patch", {"id": entry_id, "set": {"notes": "second"}}),
        mutation(1, "entry.put", put_args(entry_id, notes="first")),
    )
    assert answer.json() == {"last_mutation_id": 2, "rejected": []}
    assert client.get(f"/api/entries/{entry_id}", headers=ana).json()["notes"] == "second"


def test_a_gap_answers_409_and_applies_nothing_of_the_batch(client: TestClient, ana) -> None:
    device, first, later = new_id(), new_id(), new_id()
    push(client, ana, device, mutation(1, "entry.put", put_args(first)))
    gap = push(
        client,
        ana,
        device,
        mutation(2, "entry.put", put_args(later)),
        mutation(4, "entry.delete", {"id": first}),
    )
    assert gap.status_code == 409, gap.text
    assert gap.json()["extra"] == {"last_mutation_id": 1}
    assert "after 1" in gap.json()["detail"]
    # All or nothing: mutation 2 was valid but the batch did not apply.
    assert client.get(f"/api/entries/{later}", headers=ana).status_code == 404
    assert client.get(f"/api/entries/{first}", headers=ana).status_code == 200
    assert pull(client, ana, device)["last_mutation_id"] == 1


def test_a_new_device_starting_past_1_gets_409_with_0(client: TestClient, ana) -> None:
    answer = push(client, ana, new_id(), mutation(5, "entry.put", put_args()))
    assert answer.status_code == 409 and answer.json()["extra"]["last_mutation_id"] == 0
    assert client.get("/api/entries", headers=ana).json() == []


def test_bad_mutations_are_rejected_with_reasons_and_never_jam_the_queue(
    client: TestClient, ana, ben
) -> None:
    bens = new_id()
    client.put(f"/api/entries/{bens}", json={"kind": "course", "notes": "Ben's"}, headers=ben)
    device, mine = new_id(), new_id()
    batch = [
        mutation(1, "entry.put", put_args(mine)),
        mutation(2, "entry.patch", {"id": mine, "set": {"hours": "seven"}}),
        mutation(3, "entry.explode", {"id": mine}),
        mutation(4, "entry.patch", {"id": bens, "set": {"notes": "mine now"}}),
        mutation(5, "entry.put", put_args(bens, notes="mine now")),
        mutation(6, "entry.patch", {"id": mine, "set": {"hours": 3.5}}),
        mutation(7, "entry.put", put_args("not-a-uuid")),
        mutation(8, "event.put", {"id": new_id(), "name": "Show", "ends_on": "2026-02-30"}),
        mutation(9, "profile.patch", {"set": {"booth_hours": -1}}),
        mutation(
            10,
            "entry.patch",
            {
                "id": mine,
                "set": {
                    "attended_from": "2026-03-10T10:00:00Z",
                    "attended_until": "2026-03-10T09:00:00Z",
                },
            },
        ),
    ]
    answer = push(client, ana, device, *batch)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["last_mutation_id"] == 10
    reasons = {r["id"]: r["reason"] for r in body["rejected"]}
    assert sorted(reasons) == [2, 3, 4, 5, 7, 8, 9, 10]
    assert "hours" in reasons[2] and "entry.explode" in reasons[3]
    assert f"No entry with id {bens}" in reasons[4] and f"No entry with id {bens}" in reasons[5]
    assert "UUID" in reasons[7] or "id" in reasons[7]
    assert "ends_on" in reasons[8] and "booth_hours" in reasons[9]
    assert "attended_until" in reasons[10]
    # What was valid is applied; nothing of what was refused, not even in part.
    stored = client.get(f"/api/entries/{mine}", headers=ana).json()
    assert (stored["hours"], stored["attended_from"], stored["version"]) == (3.5, None, 2)
    assert client.get(f"/api/entries/{bens}", headers=ben).json()["notes"] == "Ben's"
    assert client.get("/api/events", headers=ana).json() == []
    assert client.get("/api/me", headers=ana).json()["booth_hours"] == 2.0
    # The user can see what was refused and why.
    listed = client.get("/api/sync/rejections", headers=ana).json()
    assert [r["mutation_id"] for r in listed] == [10, 9, 8, 7, 5, 4, 3, 2]
    assert listed[-1] == {
        "client_id": device,
        "mutation_id": 2,
        "name": "entry.patch",
        "record_id": mine,
        "reason": reasons[2],
        "created_at": listed[-1]["created_at"],
    }
    assert client.get("/api/sync/rejections", headers=ben).json() == []
    # A retry of the batch answers the same, refusals included.
    assert push(client, ana, device, *batch).json() == body


def test_another_accounts_client_id_is_refused(client: TestClient, ana, ben) -> None:
    device = new_id()
    push(client, ana, device, mutation(1, "entry.put", put_args()))
    theirs = push(client, ben, device, mutation(2, "entry.put", put_args()))
    assert theirs.status_code == 403 and "another account" in theirs.json()["detail"]
    answer = client.post("/api/sync/pull", json={"client_id": device, "cursor": None}, headers=ben)
    assert answer.status_code == 403
    assert client.get("/api/entries", headers=ben).json() == []
    assert pull(client, ana, device)["last_mutation_id"] == 1


def test_a_push_through_the_session_cookie_needs_the_csrf_header(client: TestClient) -> None:
    from tests.conftest import csrf, register

    register(client)
    body = {
        "client_id": new_id(),
        "schema_version": 1,
        "mutations": [mutation(1, "entry.put", put_args())],
    }
    assert client.post("/api/sync/push", json=body).status_code == 403
    assert client.post("/api/sync/push", json=body, headers=csrf(client)).status_code == 200


def test_push_changes_show_through_rest_with_the_same_version(client: TestClient, ana) -> None:
    device, entry_id = new_id(), new_id()
    push(client, ana, device, mutation(1, "entry.put", put_args(entry_id)))
    push(client, ana, device, mutation(2, "entry.delete", {"id": entry_id}))
    assert client.get(f"/api/entries/{entry_id}", headers=ana).status_code == 404
    assert server_entry(client, ana, entry_id)["deleted"] is True
    push(client, ana, device, mutation(3, "entry.restore", {"id": entry_id}))
    restored = client.get(f"/api/entries/{entry_id}", headers=ana).json()
    assert restored["version"] == 3 and restored["course_title"] == "WRT"


def test_a_mutation_refused_after_it_began_writing_leaves_no_trace(
    client: TestClient, ana, monkeypatch
) -> None:
    from server.entries import service as entries
    from server.errors import Invalid

    device, first, broken, last = new_id(), new_id(), new_id(), new_id()
    fill = entries._fill

    async def fill_that_refuses(tx, user_id, entry, origin, had):
        if entry.id == broken:  # the entry is written by now
            raise Invalid("This certificate cannot be read.")
        return await fill(tx, user_id, entry, origin, had)

    monkeypatch.setattr(entries, "_fill", fill_that_refuses)
    answer = push(
        client,
        ana,
        device,
        mutation(1, "entry.put", put_args(first)),
        mutation(2, "entry.put", put_args(broken)),
        mutation(3, "entry.put", put_args(last)),
    )
    assert answer.json() == {
        "last_mutation_id": 3,
        "rejected": [{"id": 2, "reason": "This certificate cannot be read."}],
    }
    stored = {e["id"]: e["version"] for e in client.get("/api/entries", headers=ana).json()}
    assert stored == {first: 1, last: 1}
