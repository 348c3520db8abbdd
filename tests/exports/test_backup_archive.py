"""Opening backup ZIPs: ours open, malicious or foreign ones are refused with a clear reason."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest

from server.errors import Invalid
from server.exports.backup_format import MAX_MEMBERS
from server.exports.backup_read import open_backup

MAX_DOC = 25 * 1024 * 1024
PHOTO = b"\xff\xd8\xff\xe0" + b"photo bytes " * 100
SHA = hashlib.sha256(PHOTO).hexdigest()


def data_json(**overrides) -> bytes:
    data = {
        "format": "ceclog-backup",
        "schema_version": 1,
        "created_at": "2026-05-01T00:00:00.000000Z",
        "profile": {"full_name": "Ana María López"},
        "entries": [{"id": "3f0c8a5e-8d1b-4c1e-9a57-2f0b6f1d9c11", "kind": "course"}],
        "documents": [
            {
                "sha256": SHA,
                "media_type": "image/jpeg",
                "size": len(PHOTO),
                "original": f"originals/{SHA}.jpg",
            }
        ],
    }
    return json.dumps({**data, **overrides}).encode()


def make_zip(
    members: list[tuple[str | zipfile.ZipInfo, bytes]], compress=zipfile.ZIP_DEFLATED
) -> io.BytesIO:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=compress) as archive:
        for name, content in members:
            archive.writestr(name, content)
    out.seek(0)
    return out


def good_members() -> list[tuple[str, bytes]]:
    return [
        ("data.json", data_json()),
        ("log.csv", b"\xef\xbb\xbfCompletion date\r\n"),
        (f"originals/{SHA}.jpg", PHOTO),
        ("certificates/2026-04-WRT-CEC-14hrs.pdf", b"%PDF-1.4 ..."),
    ]


def refused(file) -> str:
    with pytest.raises(Invalid) as caught:
        open_backup(file, MAX_DOC)
    assert caught.value.status_code == 422
    return caught.value.detail


def test_a_good_backup_opens():
    backup = open_backup(make_zip(good_members()), MAX_DOC)
    assert backup.data.profile.full_name == "Ana María López"
    assert backup.original(SHA) == PHOTO
    assert backup.media_types == {SHA: "image/jpeg"}
    backup.archive.close()


@pytest.mark.parametrize(
    "name",
    [
        "/etc/passwd",
        "../evil.txt",
        "originals/../../evil.txt",
        "certificates/../data.json",
        "C:/Windows/evil.dll",
        "certificates\\..\\evil.pdf",
        "./data.json",
    ],
)
def test_unsafe_paths_are_refused(name):
    detail = refused(make_zip([*good_members(), (name, b"x")]))
    assert "unsafe path" in detail


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("evil.sh", b"rm -rf /"),
        ("originals/notahash.jpg", b"x"),
        ("certificates/report.exe", b"MZ"),
        ("__MACOSX/._data.json", b""),
    ],
)
def test_files_that_are_not_ours_are_refused(name, content):
    detail = refused(make_zip([*good_members(), (name, content)]))
    assert "not a ceclog backup" in detail and name in detail


def test_a_symlink_is_refused():
    link = zipfile.ZipInfo("certificates/link.pdf")
    link.external_attr = 0o120777 << 16
    assert "link" in refused(make_zip([*good_members(), (link, b"/etc/passwd")]))


def test_a_zip_bomb_is_refused():
    bomb = b"\0" * (60 * 1024 * 1024)
    detail = refused(make_zip([*good_members(), ("certificates/bomb.pdf", bomb)]))
    assert "zip bomb" in detail or "over the limit" in detail
    small_limit = make_zip([*good_members(), ("certificates/big.pdf", b"\0" * (3 * 1024 * 1024))])
    with pytest.raises(Invalid, match="zip bomb"):
        open_backup(small_limit, MAX_DOC)


def test_a_lying_size_is_refused():
    raw = bytearray(make_zip(good_members(), compress=zipfile.ZIP_STORED).getvalue())
    # Shrink the original's size in the central directory: zipfile delivers no more than
    # the declared size, and the checksum then tells the member is not what it claims.
    directory = raw.find(b"PK\x01\x02")
    header = raw.find(f"originals/{SHA}.jpg".encode(), directory) - 46
    assert raw[header : header + 4] == b"PK\x01\x02"
    raw[header + 24 : header + 28] = (len(PHOTO) - 10).to_bytes(4, "little")
    assert "damaged" in refused(io.BytesIO(bytes(raw)))


def test_a_huge_count_of_files_is_refused():
    members = [*good_members(), *((f"certificates/c{n}.pdf", b"") for n in range(MAX_MEMBERS))]
    detail = refused(make_zip(members, compress=zipfile.ZIP_STORED))
    assert f"at most {MAX_MEMBERS}" in detail


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"not json", "not JSON"),
        (json.dumps({"format": "other", "schema_version": 1}).encode(), "format"),
        (data_json(schema_version=None), "schema_version"),
        (data_json(schema_version=99), "newer ceclog"),
        (data_json(entries=[{"id": 5}]), "damaged"),
    ],
)
def test_data_json_must_be_ours(content, reason):
    members = [("data.json", content), *good_members()[1:]]
    assert reason in refused(make_zip(members))


def test_no_data_json_or_not_a_zip():
    assert "no data.json" in refused(make_zip(good_members()[1:]))
    assert "not a ZIP" in refused(io.BytesIO(b"PK\x03\x04 but not really a zip"))
    assert "not a ZIP" in refused(io.BytesIO(b"%PDF-1.7"))


def test_a_damaged_original_is_refused():
    members = [m for m in good_members() if not m[0].startswith("originals/")]
    assert "lacks" in refused(make_zip(members))
    members.append((f"originals/{SHA}.jpg", PHOTO + b"tampered"))
    assert "SHA-256 differs" in refused(make_zip(members))


def test_duplicate_names_are_refused():
    members = [*good_members(), ("log.csv", b"again")]
    with pytest.warns(UserWarning):
        archive = make_zip(members)
    assert "twice" in refused(archive)
