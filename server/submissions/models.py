"""Requests and answers of the submission endpoints."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import msgspec
from msgspec import Meta

from server.entries.models import Entry, SubmissionMethod
from server.fields import ClientId, Notes, check_fields

EntryIds = Annotated[
    list[ClientId],
    Meta(min_length=1, max_length=1000, description="The entries to act on, all or none"),
]


class SubmitIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    entry_ids: EntryIds
    method: SubmissionMethod
    submitted_on: date | None = None  # today when left out


class ConfirmIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    entry_ids: EntryIds
    confirmed_on: date | None = None  # today when left out


class RejectIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    entry_ids: EntryIds
    reason: Annotated[Notes, Meta(min_length=1)]

    def __post_init__(self) -> None:
        check_fields(self)


class EntryIdsIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    entry_ids: EntryIds


class FollowUp(msgspec.Struct, kw_only=True):
    entry: Entry
    business_days: int  # since it was submitted
    due: bool  # past the wait the guide allows: time to write to the renewals team
    advice: str


class Message(msgspec.Struct, kw_only=True):
    to: str
    subject: str
    body: str
    mailto: str  # opens the phone's or desktop's mail app with all of the above


class FollowUps(msgspec.Struct, kw_only=True):
    renewals_email: str
    follow_up_business_days: int
    items: list[FollowUp]
    message: Message | None  # for the due items; None while nothing is due


class PortalValues(msgspec.Struct, kw_only=True):
    """What to type into the IICRC profile's "Report CECs" form, field by field."""

    entry_id: str
    course_name: str
    provider: str
    date: str  # as US forms take it: MM/DD/YYYY
    date_iso: str
    hours: str
    missing: list[str]  # fields the entry lacks, so the form cannot be completed yet


class SendResult(msgspec.Struct, kw_only=True):
    sent_to: str
    message_id: str
    entries: list[Entry]


class Channels(msgspec.Struct, kw_only=True):
    """How this server can get an email to the IICRC."""

    renewals_email: str
    smtp: bool  # the server sends it itself (CECLOG_SMTP_URL is set)
