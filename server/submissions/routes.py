"""Thin controllers for submitting entries to the IICRC and following up."""

from __future__ import annotations

from litestar import get, post
from litestar.params import JSONBody

from server.entries.models import Entry
from server.http.deps import DB, UserId
from server.submissions import service
from server.submissions.models import ConfirmIn, FollowUps, PortalValues, RejectIn, SubmitIn


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


ROUTES = [submit, confirm, reject, follow_ups, portal]
