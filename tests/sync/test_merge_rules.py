"""The per-field merge rules as tables of cases (server/sync/merge.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from server.sync.merge import (
    FILL_CLIENT_ID,
    MAX_CLOCK_LEAD_MS,
    SERVER,
    SERVER_CLIENT_ID,
    Clock,
    Origin,
    clamp_ts,
    clock_of,
    concurrent_delete,
    created_clocks,
    device_origin,
    merge_fields,
    rest_origin,
)

A, B = "aaaaaaaa-0000-4000-8000-000000000000", "bbbbbbbb-0000-4000-8000-000000000000"
# The title was last set by B at t=2000, making version 3; the record is at version 3.
CLOCKS = {"*": Clock(1000, A, 1), "title": Clock(2000, B, 3)}


def device(client: str, ts: int, base: int) -> Origin:
    return Origin(client_id=client, ts=ts, base_version=base, tombstones=True)


@pytest.mark.parametrize(
    ("origin", "wins", "conflict"),
    [
        # A saw version 3: its edit follows B's whatever its clock says.
        (device(A, 1500, 3), True, None),
        # A had not seen B's change: concurrent; the later clock wins.
        (device(A, 2500, 2), True, ("B's", "A's")),
        (device(A, 1500, 2), False, ("A's", "B's")),
        # Same time: the larger client id breaks the tie (A < B, so A loses).
        (device(A, 2000, 2), False, ("A's", "B's")),
        # B's own later edit follows its earlier one, even with base 0.
        (device(B, 100, 0), True, None),
        # The REST door writes over the row as it is now.
        (rest_origin(ts=50), True, None),
    ],
)
def test_one_field(origin: Origin, wins: bool, conflict: tuple | None) -> None:
    merge = merge_fields({"title": "B's"}, CLOCKS, {"title": "A's"}, origin, version=3)
    assert (merge.changes == {"title": "A's"}) is wins
    assert merge.version == (4 if wins else 3)
    if wins:
        assert merge.clocks["title"].client == origin.client_id
        assert merge.clocks["title"].version == 4
        assert merge.clocks["title"].ts == origin.ts
    else:
        assert merge.clocks == CLOCKS
    assert [(v.lost, v.kept) for v in merge.lost] == ([conflict] if conflict else [])


@pytest.mark.parametrize(
    ("origin", "takes_the_clock"),
    [
        # Later than B's concurrent change, or over what it saw: the field's latest write.
        (device(A, 9999, 0), True),
        (device(A, 1500, 3), True),
        (rest_origin(ts=50), True),
        # Earlier than B's change it had not seen: B's time stays the field's.
        (device(A, 1500, 2), False),
        # A fill repeating a value is nobody's choice.
        (SERVER, False),
    ],
)
def test_the_same_value_is_no_change_and_no_conflict(origin: Origin, takes_the_clock) -> None:
    merge = merge_fields({"title": "B's"}, CLOCKS, {"title": "B's"}, origin, version=3)
    assert merge.changes == {} and merge.lost == [] and merge.version == 3
    assert merge.refreshed is takes_the_clock
    if takes_the_clock:
        # The next version is the first a device can have seen this write in.
        assert merge.clocks["title"] == Clock(origin.ts, origin.client_id, 4)
    else:
        assert merge.clocks == CLOCKS


def test_a_field_unchanged_since_creation_has_nothing_to_miss() -> None:
    # Nobody edited notes after A created the record: B's first edit is not concurrent.
    merge = merge_fields({"notes": ""}, CLOCKS, {"notes": "n"}, device(B, 1, 0), version=3)
    assert merge.changes == {"notes": "n"} and merge.lost == []
    assert clock_of(CLOCKS, "notes") == Clock(1000, A, 0)
    assert clock_of({}, "notes") == Clock(0, "", 0)


def test_fields_merge_independently() -> None:
    current = {"title": "B's", "hours": 7.0}
    merge = merge_fields(current, CLOCKS, {"title": "A's", "hours": 14.0}, device(A, 1, 2), 3)
    # The title lost to B's later concurrent edit; hours had no rival change.
    assert merge.changes == {"hours": 14.0}
    assert [(v.field, v.lost) for v in merge.lost] == [("title", "A's")]


@pytest.mark.parametrize(
    ("value", "wins"),
    [("Typed by a person", True), (None, False), ("", False)],
)
def test_a_server_fill_yields_to_a_person_but_is_not_emptied(value, wins: bool) -> None:
    clocks = {"title": Clock(0, FILL_CLIENT_ID, 4)}
    merge = merge_fields({"title": "Read by OCR"}, clocks, {"title": value}, device(A, 5, 1), 4)
    assert bool(merge.changes) is wins
    assert merge.lost == []  # a fill that loses is no person's loss


def test_the_server_fill_keeps_the_weakest_clock() -> None:
    merge = merge_fields({"title": None}, CLOCKS, {"title": "OCR"}, SERVER, version=3)
    assert merge.changes == {"title": "OCR"}
    assert merge.clocks["title"] == Clock(0, FILL_CLIENT_ID, 4)


def test_an_edit_that_reaches_a_concurrent_delete_is_kept_as_a_conflict() -> None:
    clocks = {"deleted": Clock(3000, B, 5)}
    lost = concurrent_delete(True, clocks, device(A, 4000, 4), version=6)
    assert lost is not None and (lost.field, lost.lost, lost.kept) == ("deleted", False, True)
    # The device had seen the delete, or deleted it itself, or it is not deleted.
    assert concurrent_delete(True, clocks, device(A, 4000, 5), 6) is None
    assert concurrent_delete(True, clocks, device(B, 4000, 0), 6) is None
    assert concurrent_delete(False, clocks, device(A, 4000, 4), 6) is None


@pytest.mark.parametrize(
    ("ts", "now", "clamped"),
    [
        (1_000, 5_000, 1_000),
        (5_000 + MAX_CLOCK_LEAD_MS, 5_000, 5_000 + MAX_CLOCK_LEAD_MS),
        (10**15, 5_000, 5_000 + MAX_CLOCK_LEAD_MS),
        (-7, 5_000, 0),
    ],
)
def test_device_clocks_are_clamped_to_five_minutes_ahead(ts: int, now: int, clamped: int) -> None:
    assert clamp_ts(ts, now) == clamped
    assert device_origin(A, ts, 0, now).ts == clamped


def test_origins() -> None:
    assert rest_origin(ts=7) == Origin(client_id=SERVER_CLIENT_ID, ts=7)
    assert SERVER.is_fill and SERVER.tombstones and SERVER.base_version is None
    assert device_origin(A, 1, -3, 10).base_version == 0
    assert created_clocks(device(A, 9, 0)) == {"*": Clock(9, A, 1)}


@pytest.mark.parametrize("a_first", [True, False])
def test_two_concurrent_edits_end_the_same_whichever_arrives_first(a_first: bool) -> None:
    edits = [(device(A, 5000, 1), "A's"), (device(B, 4000, 1), "B's")]
    current, clocks, version, lost = {"title": "old"}, {"*": Clock(1, A, 1)}, 1, []
    for origin, value in edits if a_first else reversed(edits):
        merge = merge_fields(current, clocks, {"title": value}, origin, version)
        current = {**current, **merge.changes}
        clocks, version = merge.clocks, merge.version
        lost += [v.lost for v in merge.lost]
    assert current == {"title": "A's"} and lost == ["B's"]


clients = st.sampled_from([A, B, "cccccccc-0000-4000-8000-000000000000"])
times = st.integers(min_value=0, max_value=10**13)


@given(first=st.tuples(clients, times), second=st.tuples(clients, times))
def test_concurrent_edits_agree_in_either_order(first, second) -> None:
    """Two devices that both saw version 1 edit one field: the outcome ignores arrival order."""
    if first[0] == second[0]:
        return  # one device's edits are ordered by its queue, not concurrent

    def run(edits) -> tuple[str, list]:
        current, clocks, version, lost = {"title": "old"}, {"*": Clock(1, "x", 1)}, 1, []
        for (client, ts), value in edits:
            merge = merge_fields(current, clocks, {"title": value}, device(client, ts, 1), version)
            current = {**current, **merge.changes}
            clocks, version = merge.clocks, merge.version
            lost += [v.lost for v in merge.lost]
        return current["title"], sorted(lost)

    edits = [(first, "one"), (second, "two")]
    assert run(edits) == run(list(reversed(edits)))
    # The later (ts, client_id) wins; the other value is kept as the conflict's loser.
    winner, loser = ("one", "two") if first[::-1] > second[::-1] else ("two", "one")
    assert run(edits) == (winner, [loser])


@given(client=clients, ts=times, stored_ts=times)
def test_an_edit_over_what_it_saw_always_wins(client: str, ts: int, stored_ts: int) -> None:
    clocks = {"title": Clock(stored_ts, B, 5)}
    merge = merge_fields({"title": "old"}, clocks, {"title": "new"}, device(client, ts, 5), 5)
    assert merge.changes == {"title": "new"} and merge.lost == []
