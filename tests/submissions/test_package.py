"""The email package as bytes: parsed back with Python's email package, sent to a real SMTP sink."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email.policy import default

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF

from server.errors import DomainError
from server.submissions.messages import CourseRow
from server.submissions.package import Attachment, Sender, build_package, eml_bytes
from server.submissions.smtp import parse_smtp_url, send_message
from tests.submissions.smtp_sink import free_port, smtp_sink

SENDER = Sender(full_name="Ana María López", iicrc_id="IICRC-98765", email="ana@example.com")
ROWS = [
    CourseRow(
        completion_date="2026-04-02",
        course="WRT CEC",
        provider="Restoration Academy",
        hours="14",
        file_name="2026-04-WRT-CEC-14hrs.pdf",
    ),
    CourseRow(
        completion_date="2026-04-20",
        course="Odor <Control> & more",
        provider="Ñandú",
        hours="7",
        file_name="2026-04-Odor-Control-more-7hrs.pdf",
    ),
]


def _pdf(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, text)
    return bytes(pdf.output())


def _package(from_address=None):
    attachments = [Attachment(file_name=r.file_name, data=_pdf(r.course)) for r in ROWS]
    return build_package(SENDER, ROWS, attachments, datetime(2026, 5, 1, tzinfo=UTC), from_address)


def _parsed(data: bytes):
    return email.message_from_bytes(data, policy=default)


def test_eml_parses_with_name_id_table_and_pdfs():
    message = _parsed(eml_bytes(_package()))
    assert message["To"] == "renewals@iicrcnet.org"
    assert message["From"].addresses[0].display_name == "Ana María López"
    assert "Ana María López" in message["Subject"] and "IICRC-98765" in message["Subject"]
    text = message.get_body(("plain",)).get_content()
    assert "Ana María López, IICRC ID IICRC-98765" in text
    assert "2026-04-02  WRT CEC" in text and "Total: 21 CEC hours" in text
    html = message.get_body(("html",)).get_content()
    assert "<td>Odor &lt;Control&gt; &amp; more</td>" in html
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [r.file_name for r in ROWS]
    for attachment, row in zip(attachments, ROWS, strict=True):
        assert attachment.get_content_type() == "application/pdf"
        document = pdfium.PdfDocument(attachment.get_content())
        assert len(document) == 1
        assert row.course in document[0].get_textpage().get_text_range()
        document.close()


def test_relay_address_keeps_the_technician_in_reply_to():
    message = _parsed(eml_bytes(_package("relay@shop.example")))
    assert message["From"].addresses[0].addr_spec == "relay@shop.example"
    assert message["Reply-To"].addresses[0].addr_spec == "ana@example.com"


@pytest.mark.parametrize(
    ("url", "scheme", "host", "port", "user", "password", "sender"),
    [
        ("smtp://127.0.0.1:2525", "smtp", "127.0.0.1", 2525, None, None, None),
        ("smtp://mail.local", "smtp", "mail.local", 25, None, None, None),
        ("smtps://u%40x:p%3Aw@mx.example", "smtps", "mx.example", 465, "u@x", "p:w", None),
        (
            "smtp+starttls://u:p@mx.example:587?from=relay%40mx.example",
            "smtp+starttls",
            "mx.example",
            587,
            "u",
            "p",
            "relay@mx.example",
        ),
    ],
)
def test_smtp_urls(url, scheme, host, port, user, password, sender):
    config = parse_smtp_url(url)
    assert (config.scheme, config.host, config.port) == (scheme, host, port)
    assert (config.username, config.password, config.from_address) == (user, password, sender)


@pytest.mark.parametrize("url", [None, "", "http://x", "smtp://", "smtp://h:port"])
def test_bad_smtp_urls_say_how_to_fix(url):
    with pytest.raises(DomainError) as caught:
        parse_smtp_url(url)
    assert caught.value.status_code == 503 and "CECLOG_SMTP_URL" in caught.value.detail


def test_sends_to_a_real_smtp_server():
    with smtp_sink() as (inbox, port):
        send_message(parse_smtp_url(f"smtp://127.0.0.1:{port}"), _package())
    [envelope] = inbox.envelopes
    assert envelope.rcpt_tos == ["renewals@iicrcnet.org"]
    assert envelope.mail_from == "ana@example.com"
    received = _parsed(envelope.content)
    assert "X-Unsent" not in received
    assert [a.get_filename() for a in received.iter_attachments()] == [r.file_name for r in ROWS]


def test_relay_refusal_and_absence_are_clear():
    with smtp_sink() as (inbox, port):
        inbox.refuse = "554 Message rejected: spam"
        with pytest.raises(DomainError) as refused:
            send_message(parse_smtp_url(f"smtp://127.0.0.1:{port}"), _package())
    assert refused.value.status_code == 502 and "554" in refused.value.detail
    with pytest.raises(DomainError) as unreachable:
        send_message(parse_smtp_url(f"smtp://127.0.0.1:{free_port()}"), _package())
    assert (
        unreachable.value.status_code == 502 and "could not be reached" in unreachable.value.detail
    )
