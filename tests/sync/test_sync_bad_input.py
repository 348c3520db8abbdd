"""Bad pushes and pulls get a 4xx that says what is wrong, and nothing is stored."""

from __future__ import annotations

import pytest
from litestar.testing import TestClient

from tests.conftest import new_id
from tests.sync.helpers import mutation, pull, put_args

DEVICE = "3f0c8a5e-8d1b-4c1e-9a57-2f0b6f1d9c11"


def body(**overrides) -> dict:
    return {
        "client_id": DEVICE,
        "schema_version": 1,
        "mutations": [mutation(1, "entry.put", put_args())],
        **overrides,
    }


@pytest.mark.parametrize(
    ("request_body", "status", "says"),
    [
        (body(mutations=[mutation("one", "entry.put", put_args())]), 422, "id"),
        (body(mutations=[mutation(1.5, "entry.put", put_args())]), 422, "id"),
        (body(mutations=[mutation(0, "entry.put", put_args())]), 422, "id"),
        (body(mutations=[{"id": 1, "name": "entry.put", "args": put_args()}]), 422, "ts"),
        (body(mutations=[mutation(1, "entry.put", put_args(), ts="yesterday")]), 422, "ts"),
        (body(mutations=[mutation(1, 7, put_args())]), 422, "name"),
        (body(mutations={"1": "entry.put"}), 422, "mutations"),
        (
            body(mutations=[mutation(n, "entry.put", put_args()) for n in range(1, 1002)]),
            422,
            "mutations",
        ),
        (body(client_id="my-phone"), 422, "client_id"),
        (body(client_id=None), 422, "client_id"),
        (body(schema_version=2), 422, "schema_version"),
        ({"client_id": DEVICE, "mutations": []}, 422, "schema_version"),
        (
            body(mutations=[mutation(1, "entry.put", {"id": new_id(), "notes": "x" * 10_500_000})]),
            413,
            "large",
        ),
    ],
)
def test_bad_pushes(client: TestClient, ana, request_body: dict, status: int, says: str) -> None:
    answer = client.post("/api/sync/push", json=request_body, headers=ana)
    assert answer.status_code == status, answer.text
    error = answer.json()
    assert says in (error["detail"] + str(error["extra"])).lower()
    assert client.get("/api/entries", headers=ana).json() == []
    assert pull(client, ana, DEVICE)["last_mutation_id"] == 0


def test_malformed_json_and_no_credentials(client: TestClient, ana) -> None:
    headers = {**ana, "Content-Type": "application/json"}
    broken = client.post("/api/sync/push", content=b'{"client_id": "', headers=headers)
    assert broken.status_code == 400 and "JSON" in broken.json()["detail"]
    assert client.post("/api/sync/push", json=body()).status_code == 401
    assert (
        client.post("/api/sync/pull", json={"client_id": DEVICE, "cursor": None}).status_code == 401
    )
    assert client.get("/api/sync/rejections").status_code == 401
    assert client.get("/api/conflicts").status_code == 401


@pytest.mark.parametrize(
    ("request_body", "says"),
    [
        ({"client_id": "phone", "cursor": None}, "client_id"),
        ({"client_id": DEVICE, "cursor": 12}, "cursor"),
        ({"client_id": DEVICE, "cursor": None, "limit": 0}, "limit"),
        ({"client_id": DEVICE, "cursor": None, "limit": 100_000}, "limit"),
        ({"cursor": None}, "client_id"),
    ],
)
def test_bad_pulls(client: TestClient, ana, request_body: dict, says: str) -> None:
    answer = client.post("/api/sync/pull", json=request_body, headers=ana)
    assert answer.status_code == 422, answer.text
    assert says in (answer.json()["detail"] + str(answer.json()["extra"])).lower()


@pytest.mark.parametrize("payload", [{"keep": "both"}, {}, {"keep": "mine", "also": 1}])
def test_bad_resolutions(client: TestClient, ana, payload: dict) -> None:
    answer = client.post("/api/conflicts/1/resolve", json=payload, headers=ana)
    assert answer.status_code == 422, answer.text
    assert (
        client.post("/api/conflicts/999/resolve", json={"keep": "mine"}, headers=ana).status_code
        == 404
    )
    assert client.post(
        "/api/conflicts/abc/resolve", json={"keep": "mine"}, headers=ana
    ).status_code in (
        400,
        404,
    )


def test_openapi_describes_sync(client: TestClient) -> None:
    paths = client.get("/schema/openapi.json").json()["paths"]
    for path in ["/api/sync/push", "/api/sync/pull", "/api/sync/rejections", "/api/conflicts"]:
        assert path in paths, path
