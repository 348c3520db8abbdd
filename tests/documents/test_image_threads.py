"""Checking uploads never holds up signing in, and decodes only a few files at once."""

from __future__ import annotations

import threading

import pytest
from litestar.testing import TestClient

from server.documents import service
from tests.conftest import register
from tests.documents.helpers import photo, post_file


def test_sign_in_is_answered_while_many_uploads_are_being_checked(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = register(client, "ana@example.com")
    headers = {"X-CSRFToken": client.cookies["csrftoken"]}
    release, lock = threading.Event(), threading.Lock()
    running, most = [0], [0]
    checked = service.check_file

    def slow_check(*args):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        release.wait(60)
        with lock:
            running[0] -= 1
        return checked(*args)

    monkeypatch.setattr(service, "check_file", slow_check)
    answers: list[int] = []
    uploads = [
        threading.Thread(
            target=lambda n=n: answers.append(
                post_file(client, headers, photo(64 + n, 48)).status_code
            )
        )
        for n in range(12)
    ]
    for upload in uploads:
        upload.start()
    signed_in: list[int] = []
    try:
        while most[0] < service.IMAGE_WORKERS:
            release.wait(0.05)
        login = threading.Thread(
            target=lambda: signed_in.append(
                client.post(
                    "/api/auth/login",
                    json={"email": user["email"], "password": "correct horse battery"},
                ).status_code
            )
        )
        login.start()
        login.join(30)
        answered_while_busy = signed_in == [200] and not release.is_set()
    finally:
        release.set()
        for upload in uploads:
            upload.join(60)
    assert answered_while_busy, signed_in
    assert sorted(answers) == [201] * 12
    assert most[0] == service.IMAGE_WORKERS  # never more decoded at once
