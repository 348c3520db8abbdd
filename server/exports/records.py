"""One user's records as every export sees them: entries in log order, events, file names."""

from __future__ import annotations

from datetime import date

import aiosqlite
import msgspec

from server.entries.models import Entry
from server.events import repo as events_repo
from server.events.models import Event
from server.naming import entry_file_names
from server.renewal.service import RenewalView, load_view, with_problems


class Records(msgspec.Struct, kw_only=True):
    view: RenewalView
    entries: list[Entry]  # oldest completion first, undated last, with problems
    events: list[Event]
    file_names: dict[str, str]  # entry id -> its certificate's PDF name, for entries with a file


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


def named_documents(entries: list[Entry], view: RenewalView) -> dict[str, str]:
    with_file = [e for e in entries if e.document_sha256]
    names = entry_file_names(with_file, view.profile.renewal_rules)
    return {e.id: name for e, name in zip(with_file, names, strict=True)}


async def load_records(conn: aiosqlite.Connection, user_id: int) -> Records:
    view = await load_view(conn, user_id)
    entries = with_problems(log_order(view.entries), view)
    return Records(
        view=view,
        entries=entries,
        events=await events_repo.live_events(conn, user_id),
        file_names=named_documents(entries, view),
    )
