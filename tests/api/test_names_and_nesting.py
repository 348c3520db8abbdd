"""Names and IDs refuse control characters; JSON nested too deep is a 400, never a 500."""

from __future__ import annotations

import pytest
from litestar.testing import TestClient

from server.fields import control_character
from tests.conftest import new_id
from tests.sync.helpers import mutation, push


@pytest.mark.parametrize("text", ["a\x00b", "line\r\nbreak", "esc\x1b[31m"])
@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("PATCH", "/api/me", lambda t: {"full_name": t}),
        ("PATCH", "/api/me", lambda t: {"iicrc_id": t}),
        ("PATCH", "/api/me", lambda t: {"certifications": [{"code": t}]}),
        ("PUT", "/api/entries/{id}", lambda t: {"kind": "course", "course_title": t}),
        ("PUT", "/api/entries/{id}", lambda t: {"kind": "course", "provider": t}),
        ("PUT", "/api/entries/{id}", lambda t: {"kind": "course", "holder_name": t}),
        ("PUT", "/api/entries/{id}", lambda t: {"kind": "course", "approval_number": t}),
        ("PUT", "/api/events/{id}", lambda t: {"name": t}),
        ("PUT", "/api/events/{id}", lambda t: {"name": "Expo", "location": t}),
        ("POST", "/api/auth/tokens", lambda t: {"name": t}),
    ],
)
def test_control_characters_in_names_are_refused(client: TestClient, ana, method, path, body, text):
    url = path.format(id=new_id())
    before = [client.get(p, headers=ana).json() for p in ("/api/me", "/api/auth/tokens")]
    answer = client.request(method, url, json=body(text), headers=ana)
    assert answer.status_code == 422, answer.text
    assert "control character" in answer.json()["detail"]
    # Nothing was stored.
    assert [client.get(p, headers=ana).json() for p in ("/api/me", "/api/auth/tokens")] == before
    if method == "PUT":
        assert client.get(url, headers=ana).status_code == 404


def test_notes_keep_line_breaks_and_tabs_but_no_other_control_characters(client, ana) -> None:
    entry = f"/api/entries/{new_id()}"
    kept = client.put(entry, json={"kind": "course", "notes": "one\r\ntwo\tthree"}, headers=ana)
    assert kept.status_code == 201 and kept.json()["notes"] == "one\r\ntwo\tthree"
    refused = client.patch(entry, json={"notes": "nul\x00"}, headers=ana)
    assert refused.status_code == 422 and "notes" in refused.json()["detail"]


def test_a_device_is_told_why_its_name_was_refused(client: TestClient, ana) -> None:
    args = {"id": new_id(), "kind": "course", "course_title": "WRT\n"}
    answer = push(client, ana, new_id(), mutation(1, "entry.put", args)).json()
    assert "control character" in answer["rejected"][0]["reason"]


@pytest.mark.parametrize(
    ("name", "value", "refused"),
    [
        ("course_title", "Water Damage Restoration Technician", False),
        ("course_title", "Técnico en Restauración · 14 h", False),
        ("course_title", "A\u00a0B", False),  # a no-break space is text
        ("course_title", "A\u0085B", True),  # a C1 control
        ("full_name", "tab\there", True),
        ("full_name", "del\x7f", True),
        ("name", "next\u2028line", True),
        ("notes", "a\nb\rc\td", False),
        ("notes", "a\x0bb", True),
    ],
)
def test_control_character_rule(name: str, value: str, refused: bool) -> None:
    assert (control_character(name, value) is not None) is refused


@pytest.mark.parametrize("depth", [999, 100_000])
@pytest.mark.parametrize(
    ("method", "path"),
    [("PUT", "/api/entries/{id}"), ("PATCH", "/api/me"), ("POST", "/api/sync/push")],
)
def test_json_nested_too_deep_is_400(client: TestClient, ana, method, path, depth) -> None:
    deep = "[" * depth + "]" * depth
    body = f'{{"kind": "course", "notes": {deep}}}'
    answer = client.request(
        method,
        path.format(id=new_id()),
        content=body,
        headers={**ana, "Content-Type": "application/json"},
    )
    assert answer.status_code == 400, answer.text
    assert answer.json()["detail"] == "The JSON is nested too deeply."
