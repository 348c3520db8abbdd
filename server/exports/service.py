"""The CSV log and the transcript, for one user."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Literal

from server.db.connection import Database
from server.exports.log_csv import log_csv
from server.exports.records import load_records
from server.exports.transcript import TranscriptInput, transcript_pdf
from server.renewal.cycle import Cycle, add_months
from server.renewal.service import cycle_summary

CycleChoice = Literal["current", "previous"]


def previous_cycle(cycle: Cycle) -> Cycle:
    starts_on = add_months(cycle.starts_on, -12 * cycle.years)
    return Cycle(
        code=cycle.code,
        kind=cycle.kind,
        starts_on=starts_on,
        ends_on=cycle.starts_on - timedelta(days=1),
        required_hours=cycle.required_hours,
        years=cycle.years,
    )


async def export_log_csv(db: Database, user_id: int) -> bytes:
    async with db.reader() as conn:
        records = await load_records(conn, user_id)
    return log_csv(records)


async def export_transcript(db: Database, user_id: int, which: CycleChoice) -> bytes:
    async with db.reader() as conn:
        records = await load_records(conn, user_id)
    view = records.view
    cycle = view.cycle if which == "current" else previous_cycle(view.cycle)
    data = TranscriptInput(
        full_name=view.profile.full_name,
        iicrc_id=view.profile.iicrc_id,
        certifications=[c.code for c in view.profile.certifications],
        cycle=cycle,
        totals=cycle_summary(view, cycle),
        entries=records.entries,
        rules=view.profile.renewal_rules,
        generated_on=view.today,
    )
    # Layout is CPU work; keep the event loop free for other requests.
    return await asyncio.to_thread(transcript_pdf, data)
