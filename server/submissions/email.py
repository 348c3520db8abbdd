"""The email package for chosen entries: planned, built with the PDFs, or sent by SMTP."""

from __future__ import annotations

import asyncio
from email.message import EmailMessage

import msgspec

from server.db.connection import Database
from server.entries.models import Entry
from server.errors import Conflict, Invalid, NotFound, TooLarge
from server.exports.certificates import certificate_pdf
from server.exports.documents import DocumentSource
from server.exports.records import log_order
from server.fields import today as utc_today
from server.fields import utc_now
from server.naming import document_file_names
from server.renewal.service import RenewalView, load_view
from server.settings import Settings
from server.submissions.messages import (
    RENEWALS_EMAIL,
    course_rows,
    mailto,
    package_subject,
    package_text,
)
from server.submissions.models import Channels, SendResult
from server.submissions.package import Attachment, Sender, build_package
from server.submissions.service import submit_entries
from server.submissions.smtp import parse_smtp_url, send_message

# What mail relays carry (Gmail, Outlook: 25 MB), counted as sent: base64 makes
# three bytes four, in lines of 76 characters and a line break.
MAX_EMAIL_BYTES = 25 * 1024 * 1024


def encoded_size(size: int) -> int:
    return -(-size // 3) * 4 * 78 // 76


class PlannedAttachment(msgspec.Struct, kw_only=True):
    entry_id: str
    file_name: str
    pdf_url: str  # the certificate as a PDF, for sharing it from the phone


class EmailPlan(msgspec.Struct, kw_only=True):
    to: str
    subject: str
    body: str
    mailto: str
    attachments: list[PlannedAttachment]


class _Package(msgspec.Struct, kw_only=True):
    sender: Sender
    entries: list[Entry]
    names: list[str]
    view: RenewalView


def _chosen(view: RenewalView, entry_ids: list[str]) -> list[Entry]:
    live = {e.id: e for e in view.entries}
    for entry_id in entry_ids:
        if entry_id not in live:
            raise NotFound(f"No entry with id {entry_id}.")
    return log_order([live[i] for i in dict.fromkeys(entry_ids)])


def _title(entry: Entry) -> str:
    return entry.course_title or "an untitled entry"


async def _package(db: Database, user_id: int, entry_ids: list[str]) -> _Package:
    async with db.reader() as conn:
        view = await load_view(conn, user_id)
    entries = _chosen(view, entry_ids)
    profile = view.profile
    if not profile.iicrc_id:
        raise Invalid(
            "Add your IICRC ID to your profile first: the renewals team files CECs by it.",
            field="iicrc_id",
        )
    missing = [_title(e) for e in entries if not e.document_sha256]
    if missing:
        raise Invalid(
            f"No certificate photo or PDF yet for: {', '.join(missing)}. Add it, or leave"
            " these entries out of the email.",
            entry_ids=[e.id for e in entries if not e.document_sha256],
        )
    names = document_file_names(entries, profile.renewal_rules)
    return _Package(
        sender=Sender(full_name=profile.full_name, iicrc_id=profile.iicrc_id, email=profile.email),
        entries=entries,
        names=[names[e.id] for e in entries],
        view=view,
    )


def _firsts(package: _Package) -> list[tuple[Entry, str]]:
    """Each certificate file once, with the first entry that points at it and its name:
    entries that share a file share its attachment."""
    seen: set[str | None] = set()
    firsts = []
    for entry, name in zip(package.entries, package.names, strict=True):
        if entry.document_sha256 not in seen:
            seen.add(entry.document_sha256)
            firsts.append((entry, name))
    return firsts


async def plan_email(db: Database, user_id: int, entry_ids: list[str]) -> EmailPlan:
    """What the message will say and the PDFs it carries, for sharing from the phone."""
    package = await _package(db, user_id, entry_ids)
    rows = course_rows(package.entries, package.names, package.view.profile.renewal_rules)
    subject = package_subject(package.sender.full_name, package.sender.iicrc_id)
    body = package_text(package.sender.full_name, package.sender.iicrc_id, rows)
    return EmailPlan(
        to=RENEWALS_EMAIL,
        subject=subject,
        body=body,
        mailto=mailto(RENEWALS_EMAIL, subject, body),
        attachments=[
            PlannedAttachment(
                entry_id=e.id, file_name=name, pdf_url=f"/api/export/certificates/{e.id}.pdf"
            )
            for e, name in _firsts(package)
        ],
    )


async def _attachments(
    documents: DocumentSource, user_id: int, package: _Package
) -> list[Attachment]:
    attachments, size = [], 0
    firsts = _firsts(package)
    for entry, name in firsts:
        try:
            data = await certificate_pdf(documents, user_id, entry.document_sha256 or "")
        except NotFound:
            raise Conflict(
                f"The certificate of {_title(entry)} has not reached the server yet:"
                " sync from the phone that took it, then try again.",
                entry_id=entry.id,
            ) from None
        size += encoded_size(len(data))
        if size > MAX_EMAIL_BYTES:
            raise TooLarge(
                f"With {len(firsts)} certificates the email would be over"
                f" {MAX_EMAIL_BYTES // 1048576} MB, more than mail servers carry. Choose fewer"
                " entries and send them in two or more emails.",
                max_bytes=MAX_EMAIL_BYTES,
            )
        attachments.append(Attachment(file_name=name, data=data))
    return attachments


async def email_message(
    db: Database,
    documents: DocumentSource,
    user_id: int,
    entry_ids: list[str],
    from_address: str | None = None,
) -> EmailMessage:
    package = await _package(db, user_id, entry_ids)
    rows = course_rows(package.entries, package.names, package.view.profile.renewal_rules)
    attachments = await _attachments(documents, user_id, package)
    return build_package(package.sender, rows, attachments, utc_now(), from_address)


async def send_email(
    db: Database, documents: DocumentSource, settings: Settings, user_id: int, entry_ids: list[str]
) -> SendResult:
    """Sends through CECLOG_SMTP_URL and, once the relay took it, marks the entries submitted."""
    config = parse_smtp_url(settings.smtp_url)
    message = await email_message(db, documents, user_id, entry_ids, config.from_address)
    await asyncio.to_thread(send_message, config, message)
    entries = await submit_entries(db, user_id, entry_ids, "email", utc_today())
    return SendResult(sent_to=RENEWALS_EMAIL, message_id=message["Message-ID"], entries=entries)


def channels(settings: Settings) -> Channels:
    return Channels(renewals_email=RENEWALS_EMAIL, smtp=bool(settings.smtp_url))
