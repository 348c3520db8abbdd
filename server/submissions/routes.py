"""Thin controllers for submitting entries to the IICRC and following up."""

from __future__ import annotations

from litestar import Response, get, post
from litestar.params import JSONBody

from server.entries.models import Entry
from server.exports.deps import DOCUMENTS, Docs
from server.fields import today
from server.http.deps import DB, AppSettings, UserId
from server.submissions import email, service
from server.submissions.models import (
    Channels,
    ConfirmIn,
    EntryIdsIn,
    FollowUps,
    PortalValues,
    RejectIn,
    SendResult,
    SubmitIn,
)
from server.submissions.package import eml_bytes


@post("/api/entries/submit", status_code=200, tags=["submissions"])
async def submit(data: JSONBody[SubmitIn], db: DB, user_id: UserId) -> list[Entry]:
    """Mark entries sent to the IICRC (email, portal, provider or booth roster); all or none."""
    return await service.submit_entries(db, user_id, data.entry_ids, data.method, data.submitted_on)


@post("/api/entries/confirm", status_code=200, tags=["submissions"])
async def confirm(data: JSONBody[ConfirmIn], db: DB, user_id: UserId) -> list[Entry]:
    """Mark entries as showing in the IICRC profile; all or none."""
    return await service.confirm_entries(db, user_id, data.entry_ids, data.confirmed_on)


@post("/api/entries/reject", status_code=200, tags=["submissions"])
async def reject(data: JSONBody[RejectIn], db: DB, user_id: UserId) -> list[Entry]:
    """Mark submitted entries as rejected by the IICRC, with the reason; all or none."""
    return await service.reject_entries(db, user_id, data.entry_ids, data.reason)


@get("/api/submissions/follow-ups", tags=["submissions"])
async def follow_ups(db: DB, user_id: UserId) -> FollowUps:
    """Submitted, not yet confirmed; the overdue ones with a message to the renewals team."""
    return await service.get_follow_ups(db, user_id)


@get("/api/submissions/portal", tags=["submissions"])
async def portal(db: DB, user_id: UserId) -> list[PortalValues]:
    """What to type into the IICRC profile's "Report CECs" form for each unconfirmed entry."""
    return await service.get_portal_values(db, user_id)


@post("/api/submissions/email", status_code=200, tags=["submissions"], dependencies=DOCUMENTS)
async def email_eml(
    data: JSONBody[EntryIdsIn], db: DB, documents: Docs, user_id: UserId
) -> Response[bytes]:
    """The message to the renewals team as an .eml, each certificate attached as a named PDF."""
    message = await email.email_message(db, documents, user_id, data.entry_ids)
    return Response(
        eml_bytes(message),
        media_type="message/rfc822",
        headers={
            "Content-Disposition": f'attachment; filename="CEC-submission-{today().isoformat()}.eml"',
            "Cache-Control": "no-store",
        },
    )


@post("/api/submissions/email/plan", status_code=200, tags=["submissions"])
async def email_plan(data: JSONBody[EntryIdsIn], db: DB, user_id: UserId) -> email.EmailPlan:
    """Subject, body and the named PDFs of the message, to share them from the phone."""
    return await email.plan_email(db, user_id, data.entry_ids)


@post("/api/submissions/email/send", status_code=200, tags=["submissions"], dependencies=DOCUMENTS)
async def email_send(
    data: JSONBody[EntryIdsIn], db: DB, documents: Docs, settings: AppSettings, user_id: UserId
) -> SendResult:
    """Sends the message through CECLOG_SMTP_URL (503 when not set) and marks the entries submitted."""
    return await email.send_email(db, documents, settings, user_id, data.entry_ids)


@get("/api/submissions/channels", tags=["submissions"])
async def channels(settings: AppSettings) -> Channels:
    """Whether the server sends the email itself, so the app offers only what works."""
    return email.channels(settings)


ROUTES = [submit, confirm, reject, follow_ups, portal, email_eml, email_plan, email_send, channels]
