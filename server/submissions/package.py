"""The email package: one message to the renewals team with a PDF per certificate.

Built with the standard library's `email` package; saved as `.eml`
(`message/rfc822`) it opens as a ready draft in desktop mail apps, and the same
bytes go out over SMTP.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid

import msgspec

from server.submissions.messages import (
    RENEWALS_EMAIL,
    CourseRow,
    package_html,
    package_subject,
    package_text,
)


class Attachment(msgspec.Struct, frozen=True):
    file_name: str
    data: bytes


class Sender(msgspec.Struct, frozen=True, kw_only=True):
    full_name: str
    iicrc_id: str
    email: str


def build_package(
    sender: Sender,
    rows: list[CourseRow],
    attachments: list[Attachment],
    now: datetime,
    from_address: str | None = None,
) -> EmailMessage:
    """The message; `from_address` overrides the sender's own when a relay insists on its own."""
    message = EmailMessage(policy=SMTP)
    message["From"] = formataddr((sender.full_name, from_address or sender.email))
    message["To"] = RENEWALS_EMAIL
    if from_address and from_address.lower() != sender.email.lower():
        message["Reply-To"] = formataddr((sender.full_name, sender.email))
    message["Subject"] = package_subject(sender.full_name, sender.iicrc_id)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain="ceclog.local")
    # Tells mail apps that open the .eml to show it as a draft ready to send.
    message["X-Unsent"] = "1"
    message.set_content(package_text(sender.full_name, sender.iicrc_id, rows))
    message.add_alternative(package_html(sender.full_name, sender.iicrc_id, rows), subtype="html")
    for attachment in attachments:
        message.add_attachment(
            attachment.data,
            maintype="application",
            subtype="pdf",
            filename=attachment.file_name,
        )
    return message


def eml_bytes(message: EmailMessage) -> bytes:
    return message.as_bytes(policy=SMTP)
