"""`ceclog export --user EMAIL --out FILE` and `ceclog import --user EMAIL FILE`, as processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from litestar.testing import TestClient

from server.app import create_app
from server.settings import Settings
from tests.conftest import bearer_user
from tests.documents.helpers import photo, post_file, sha
from tests.server_process import this_checkout
from tests.submissions.helpers import add_entry

CECLOG = Path(sys.executable).with_name("ceclog")


def ceclog(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = this_checkout({**os.environ, "CECLOG_DATA_DIR": str(data_dir)})
    return subprocess.run(
        [str(CECLOG), *args], env=env, input=stdin, capture_output=True, text=True, timeout=120
    )


def test_export_then_import_into_another_server(tmp_path: Path) -> None:
    source = tmp_path / "source"
    image = photo(800, 600)
    with TestClient(create_app(Settings(data_dir=source, signup="open", ocr_workers=0))) as client:
        ana = bearer_user(client, "ana@example.com")
        post_file(client, ana, image)
        entry_id = add_entry(client, ana, course_title="OCT", document_sha256=sha(image))

    out = tmp_path / "backups" / "ana.zip"
    done = ceclog(source, "export", "--user", "ana@example.com", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "1 entries, 1 documents" in done.stdout
    assert zipfile.ZipFile(out).read(f"originals/{sha(image)}.jpg") == image
    assert [p.name for p in out.parent.iterdir()] == ["ana.zip"]

    target = tmp_path / "target"
    assert ceclog(target, "migrate").returncode == 0
    added = ceclog(
        target,
        "user",
        "add",
        "ana@example.com",
        "--name",
        "Ana María López",
        "--password-stdin",
        stdin="correct horse battery\n",
    )
    assert added.returncode == 0, added.stderr
    first = ceclog(target, "import", "--user", "ana@example.com", str(out))
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout) == {
        "entries_added": 1,
        "entries_updated": 0,
        "documents_added": 1,
        "skipped": 0,
    }
    second = ceclog(target, "import", "--user", "ana@example.com", str(out))
    assert json.loads(second.stdout)["entries_added"] == 0

    with TestClient(create_app(Settings(data_dir=target, signup="open", ocr_workers=0))) as client:
        client.post(
            "/api/auth/login",
            json={"email": "ana@example.com", "password": "correct horse battery"},
        )
        [entry] = client.get("/api/entries").json()
        assert entry["id"] == entry_id and entry["course_title"] == "OCT"
        assert client.get(f"/api/documents/{sha(image)}/file").content == image


def test_unknown_user_and_bad_file_are_clear(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert ceclog(data_dir, "migrate").returncode == 0
    missing = ceclog(
        data_dir, "export", "--user", "nobody@example.com", "--out", str(tmp_path / "x.zip")
    )
    assert (
        missing.returncode == 1 and "No account with the email nobody@example.com" in missing.stderr
    )
    assert not (tmp_path / "x.zip").exists()
    ceclog(
        data_dir,
        "user",
        "add",
        "ana@example.com",
        "--name",
        "Ana",
        "--password-stdin",
        stdin="correct horse battery\n",
    )
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    refused = ceclog(data_dir, "import", "--user", "ana@example.com", str(junk))
    assert refused.returncode == 1 and "not a ZIP" in refused.stderr
    absent = ceclog(data_dir, "import", "--user", "ana@example.com", str(tmp_path / "absent.zip"))
    assert absent.returncode == 1 and "is not a file" in absent.stderr
