"""The email package over HTTP: .eml download, the share plan, SMTP send, per-certificate PDFs."""

from __future__ import annotations

import email
from email.policy import default

import pypdfium2 as pdfium
from litestar.testing import TestClient

from server.app import create_app
from server.exports.certificates import MAX_PDF_BYTES
from server.settings import Settings
from tests.documents.helpers import pdf, photo, post_file, sha
from tests.submissions.helpers import add_entry, text_photo
from tests.submissions.smtp_sink import smtp_sink


def _with_certificates(client: TestClient, headers) -> tuple[list[str], bytes, bytes]:
    client.patch("/api/me", json={"iicrc_id": "IICRC-98765"}, headers=headers)
    image, document = photo(1200, 900), pdf()
    for data in (image, document):
        assert post_file(client, headers, data).status_code == 201
    ids = [
        add_entry(
            client,
            headers,
            course_title="WRT CEC",
            completion_date="2026-04-02",
            hours=14,
            document_sha256=sha(image),
        ),
        add_entry(
            client,
            headers,
            course_title="WRT CEC",
            completion_date="2026-04-20",
            hours=14,
            document_sha256=sha(document),
        ),
    ]
    return ids, image, document


def _pages(data: bytes) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(data)
    try:
        return [document[i].get_size() for i in range(len(document))]
    finally:
        document.close()


def test_eml_download_is_addressed_and_carries_named_pdfs(client: TestClient, ana) -> None:
    ids, _, document = _with_certificates(client, ana)
    answer = client.post("/api/submissions/email", json={"entry_ids": ids}, headers=ana)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("message/rfc822")
    assert answer.headers["content-disposition"].endswith('.eml"')
    message = email.message_from_bytes(answer.content, policy=default)
    assert message["To"] == "renewals@iicrcnet.org"
    assert "Ana María López" in message["Subject"] and "IICRC-98765" in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    assert "Ana María López, IICRC ID IICRC-98765" in body
    attachments = list(message.iter_attachments())
    names = [a.get_filename() for a in attachments]
    assert names == ["2026-04-WRT-CEC-14hrs.pdf", "2026-04-WRT-CEC-14hrs-2.pdf"]
    photo_pdf, uploaded_pdf = (a.get_content() for a in attachments)
    assert uploaded_pdf == document  # a PDF goes out exactly as uploaded
    assert photo_pdf.startswith(b"%PDF-") and len(_pages(photo_pdf)) == 1
    assert len(photo_pdf) <= MAX_PDF_BYTES
    # The entries stay as they were until the user says the message went out.
    entry = client.get(f"/api/entries/{ids[0]}", headers=ana).json()
    assert entry["submission"]["status"] == "not_submitted"


def test_the_email_needs_an_iicrc_id_certificates_and_own_entries(
    client: TestClient, ana, ben
) -> None:
    bare = add_entry(client, ana)
    answer = client.post("/api/submissions/email", json={"entry_ids": [bare]}, headers=ana)
    assert answer.status_code == 422 and "IICRC ID" in answer.json()["detail"]
    client.patch("/api/me", json={"iicrc_id": "1"}, headers=ana)
    answer = client.post("/api/submissions/email", json={"entry_ids": [bare]}, headers=ana)
    assert answer.status_code == 422 and "No certificate" in answer.json()["detail"]
    not_here = add_entry(client, ana, document_sha256="c" * 64)
    answer = client.post("/api/submissions/email", json={"entry_ids": [not_here]}, headers=ana)
    assert answer.status_code == 409 and "not reached the server" in answer.json()["detail"]
    theirs = add_entry(client, ben)
    answer = client.post("/api/submissions/email", json={"entry_ids": [theirs]}, headers=ana)
    assert answer.status_code == 404


def test_share_plan_names_the_pdfs(client: TestClient, ana) -> None:
    ids, image, _ = _with_certificates(client, ana)
    plan = client.post("/api/submissions/email/plan", json={"entry_ids": ids}, headers=ana).json()
    assert plan["to"] == "renewals@iicrcnet.org"
    assert [a["file_name"] for a in plan["attachments"]] == [
        "2026-04-WRT-CEC-14hrs.pdf",
        "2026-04-WRT-CEC-14hrs-2.pdf",
    ]
    first = client.get(plan["attachments"][0]["pdf_url"], headers=ana)
    assert first.status_code == 200 and first.headers["content-type"] == "application/pdf"
    assert 'filename="2026-04-WRT-CEC-14hrs.pdf"' in first.headers["content-disposition"]
    # The page prints the size of a letter page (11 inches, 792 points, on its
    # long side), whatever the resolution of the photo it was cut from.
    [(width, height)] = _pages(first.content)
    assert abs(width - 792) < 8 and width > height
    assert client.get("/api/export/certificates/nope.pdf", headers=ana).status_code == 404


def test_send_without_smtp_is_a_clear_503(client: TestClient, ana) -> None:
    ids, _, _ = _with_certificates(client, ana)
    answer = client.post("/api/submissions/email/send", json={"entry_ids": ids}, headers=ana)
    assert answer.status_code == 503 and "CECLOG_SMTP_URL" in answer.json()["detail"]
    entry = client.get(f"/api/entries/{ids[0]}", headers=ana).json()
    assert entry["submission"]["status"] == "not_submitted"


def test_send_through_a_real_smtp_server_marks_submitted(tmp_path) -> None:
    with smtp_sink() as (inbox, port):
        settings = Settings(
            data_dir=tmp_path / "data",
            signup="open",
            ocr_workers=0,
            smtp_url=f"smtp://127.0.0.1:{port}?from=ceclog%40shop.example",
        )
        with TestClient(create_app(settings)) as client:
            from tests.conftest import bearer_user

            ana = bearer_user(client, "ana@example.com")
            ids, _, _ = _with_certificates(client, ana)
            answer = client.post(
                "/api/submissions/email/send", json={"entry_ids": ids}, headers=ana
            )
            assert answer.status_code == 200, answer.text
            result = answer.json()
            assert result["sent_to"] == "renewals@iicrcnet.org"
            assert {e["submission"]["method"] for e in result["entries"]} == {"email"}
            assert {e["submission"]["status"] for e in result["entries"]} == {"submitted"}
            inbox.refuse = "550 No such user"
            refused = client.post(
                "/api/submissions/email/send", json={"entry_ids": ids[:1]}, headers=ana
            )
            assert refused.status_code == 502 and "550" in refused.json()["detail"]
    [envelope] = inbox.envelopes
    assert envelope.rcpt_tos == ["renewals@iicrcnet.org"]
    assert envelope.mail_from == "ceclog@shop.example"
    message = email.message_from_bytes(envelope.content, policy=default)
    assert message["Reply-To"].addresses[0].addr_spec == "ana@example.com"
    assert len(list(message.iter_attachments())) == 2


def test_a_photographed_certificate_becomes_a_searchable_pdf(client: TestClient, ana) -> None:
    image = text_photo(["Certificate of Completion", "Water Damage Restoration", "14 CEC hours"])
    post_file(client, ana, image)
    entry_id = add_entry(client, ana, document_sha256=sha(image))
    answer = client.get(f"/api/export/certificates/{entry_id}.pdf", headers=ana)
    assert answer.status_code == 200
    document = pdfium.PdfDocument(answer.content)
    try:
        assert len(document) == 1
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    assert "Certificate of Completion" in text and "Restoration" in text


def test_without_tesseract_the_photo_still_goes_out_as_a_pdf(
    client: TestClient, ana, monkeypatch, tmp_path
) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    image = photo(1000, 800)
    post_file(client, ana, image)
    entry_id = add_entry(client, ana, document_sha256=sha(image))
    answer = client.get(f"/api/export/certificates/{entry_id}.pdf", headers=ana)
    assert answer.status_code == 200
    assert len(_pages(answer.content)) == 1 and len(answer.content) <= MAX_PDF_BYTES


def test_channels_say_whether_the_server_sends(client: TestClient, ana, tmp_path) -> None:
    assert client.get("/api/submissions/channels", headers=ana).json() == {
        "renewals_email": "renewals@iicrcnet.org",
        "smtp": False,
    }
    settings = Settings(
        data_dir=tmp_path / "d", signup="open", ocr_workers=0, smtp_url="smtp://127.0.0.1:25"
    )
    with TestClient(create_app(settings)) as other:
        from tests.conftest import bearer_user

        assert other.get(
            "/api/submissions/channels", headers=bearer_user(other, "a@example.com")
        ).json()["smtp"]


def test_entries_that_share_a_file_share_its_attachment(client: TestClient, ana) -> None:
    client.patch("/api/me", json={"iicrc_id": "IICRC-98765"}, headers=ana)
    slip = photo(1200, 900)
    assert post_file(client, ana, slip).status_code == 201
    ids = [
        add_entry(
            client,
            ana,
            course_title="Expo sessions",
            completion_date=f"2026-04-{day:02d}",
            hours=1,
            document_sha256=sha(slip),
        )
        for day in range(1, 21)
    ]
    answer = client.post("/api/submissions/email", json={"entry_ids": ids}, headers=ana)
    assert answer.status_code == 200, answer.text
    message = email.message_from_bytes(answer.content, policy=default)
    assert [a.get_filename() for a in message.iter_attachments()] == [
        "2026-04-Expo-sessions-1hrs.pdf"
    ]
    body = message.get_body(("plain",)).get_content()
    assert body.count("2026-04-Expo-sessions-1hrs.pdf") == 20  # each entry names its file
    plan = client.post("/api/submissions/email/plan", json={"entry_ids": ids}, headers=ana)
    assert [a["file_name"] for a in plan.json()["attachments"]] == [
        "2026-04-Expo-sessions-1hrs.pdf"
    ]


def test_an_email_larger_than_relays_carry_is_refused_with_413(
    client: TestClient, ana, monkeypatch
) -> None:
    from server.submissions import email as package

    ids, image, _ = _with_certificates(client, ana)
    # The two certificates come to about 0.2 MB; pretend relays carry 0.1 MB.
    monkeypatch.setattr(package, "MAX_EMAIL_BYTES", 100_000)
    answer = client.post("/api/submissions/email", json={"entry_ids": ids}, headers=ana)
    assert answer.status_code == 413, answer.text
    assert "more than mail servers carry" in answer.json()["detail"]
    assert "fewer" in answer.json()["detail"]
    single = client.post("/api/submissions/email", json={"entry_ids": ids[1:]}, headers=ana)
    assert single.status_code == 200
