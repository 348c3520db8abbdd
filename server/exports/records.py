"""One user's records as every export sees them: entries in log order, events, file names."""

from __future__ import annotations

from datetime import date

import msgspec

from server.db.connection import Connection
from server.entries.models import Entry
from server.events import repo as events_repo
from server.events.models import Event
from server.naming import document_file_names
from server.renewal.service import RenewalView, load_view, with_problems


class Records(msgspec.Struct, kw_only=True):
    view: RenewalView
    entries: list[Entry]  # oldest completion first, undated last, with problems
    events: list[Event]
    # entry id -> its certificate's PDF name, for entries with a file; shared with the
    # entries that point at the same file
    file_names: dict[str, str]


def log_order(entries: list[Entry]) -> list[Entry]:
    """A tracking log reads from the first course to the latest; undated ones wait at the end."""
    return sorted(
        entries,
        key=lambda e: (
            e.completion_date is None,
            e.completion_date or date.min,
            e.created_at,
            e.id,
        ),
    )


async def load_records(conn: Connection, user_id: int) -> Records:
    view = await load_view(conn, user_id)
    entries = with_problems(log_order(view.entries), view)
    return Records(
        view=view,
        entries=entries,
        events=await events_repo.live_events(conn, user_id),
        file_names=document_file_names(entries, view.profile.renewal_rules),
    )
