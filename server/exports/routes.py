"""Thin controllers for /api/export and /api/import."""

from __future__ import annotations

from typing import Annotated

from litestar import Response, get
from litestar.params import QueryParameter

from server.exports import service
from server.fields import today
from server.http.deps import DB, UserId


def attachment(data: bytes, media_type: str, file_name: str) -> Response[bytes]:
    return Response(
        data,
        media_type=media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{file_name}"',
            "Cache-Control": "no-store",
        },
    )


@get("/api/export/log.csv", tags=["exports"], media_type="text/csv")
async def export_log(db: DB, user_id: UserId) -> Response[bytes]:
    """The tracking log: UTF-8 with BOM, ISO dates, one row per entry."""
    data = await service.export_log_csv(db, user_id)
    return attachment(data, "text/csv; charset=utf-8", f"ceclog-log-{today().isoformat()}.csv")


@get("/api/export/transcript.pdf", tags=["exports"], media_type="application/pdf")
async def export_transcript(
    db: DB,
    user_id: UserId,
    cycle: Annotated[
        service.CycleChoice, QueryParameter(description="'current' or 'previous' renewal cycle")
    ] = "current",
) -> Response[bytes]:
    """A printable CEC transcript of one renewal cycle: totals and the table of courses."""
    data = await service.export_transcript(db, user_id, cycle)
    return attachment(data, "application/pdf", f"ceclog-transcript-{cycle}.pdf")


ROUTES = [export_log, export_transcript]
