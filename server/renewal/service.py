"""Totals, problems and the checklist for one user, from the pure rules."""

from __future__ import annotations

from datetime import date, datetime

import msgspec

from server.accounts import repo as accounts_repo
from server.accounts.models import User
from server.db.connection import Connection, Database
from server.entries import repo as entries_repo
from server.entries.models import Entry
from server.errors import NotAuthenticated
from server.fields import today as utc_today
from server.renewal.checklist import checklist
from server.renewal.cycle import (
    Cycle,
    certification_cycles,
    days_left,
    reinstatement_due,
    strictest_cycle,
)
from server.renewal.hours import Totals, cycle_totals, in_cycle
from server.renewal.models import Attention, CycleSummary, Summary
from server.renewal.problems import duplicate_ids, entry_problems
from server.renewal.reminders import Reminder, reminders


class RenewalView(msgspec.Struct, kw_only=True):
    """Everything the rules need about one user on one day."""

    profile: User
    today: date
    cycles: list[Cycle]
    cycle: Cycle
    entries: list[Entry]
    duplicates: set[str]

    @property
    def cycle_assumed(self) -> bool:
        """No certification dates and no cycle start in the profile: the cycle is a guess."""
        dated = any(c.certified_on for c in self.profile.certifications)
        return not dated and self.profile.cycle_starts_on is None

    def problems(self, entry: Entry) -> list[str]:
        if entry.deleted:
            return []
        return entry_problems(
            entry,
            full_name=self.profile.full_name,
            cycle=self.cycle,
            today=self.today,
            rules=self.profile.renewal_rules,
            duplicates=self.duplicates,
        )


async def load_view(conn: Connection, user_id: int, today: date | None = None) -> RenewalView:
    profile = await accounts_repo.get_user(conn, user_id)
    if profile is None:
        raise NotAuthenticated("This account no longer exists.")
    today = today or utc_today()
    entries = await entries_repo.live_entries(conn, user_id)
    cycles = certification_cycles(
        profile.certifications,
        profile.cycle_starts_on,
        profile.renewal_rules,
        today,
        fallback_start=assumed_cycle_start(profile, entries),
    )
    return RenewalView(
        profile=profile,
        today=today,
        cycles=cycles,
        cycle=strictest_cycle(cycles),
        entries=entries,
        duplicates=duplicate_ids(entries),
    )


def assumed_cycle_start(profile: User, entries: list[Entry]) -> date:
    """Until the profile says when the cycle starts, assume it starts with the oldest record."""
    signed_up = datetime.fromisoformat(profile.created_at.replace("Z", "+00:00")).date()
    dates = [
        e.completion_date for e in entries if e.completion_date and e.completion_date <= signed_up
    ]
    return min([signed_up, *dates])


def with_problems(entries: list[Entry], view: RenewalView) -> list[Entry]:
    return [msgspec.structs.replace(e, problems=view.problems(e)) for e in entries]


async def annotate_entry(db: Database, user_id: int, entry: Entry) -> Entry:
    async with db.reader() as conn:
        view = await load_view(conn, user_id)
    return with_problems([entry], view)[0]


async def annotate_entries(db: Database, user_id: int, *, current_cycle_only: bool) -> list[Entry]:
    async with db.reader() as conn:
        view = await load_view(conn, user_id)
    entries = view.entries
    if current_cycle_only:
        # Undated entries stay: a certificate just snapped belongs to the cycle in progress.
        entries = [
            e
            for e in entries
            if e.completion_date is None or in_cycle(e.completion_date, view.cycle)
        ]
    return with_problems(entries, view)


def problem_map(view: RenewalView) -> dict[str, list[str]]:
    return {e.id: view.problems(e) for e in view.entries}


def cycle_summary(
    view: RenewalView, cycle: Cycle, problems: dict[str, list[str]] | None = None
) -> CycleSummary:
    rules = view.profile.renewal_rules
    totals = view_totals(view, cycle, problems)
    return CycleSummary(
        starts_on=cycle.starts_on,
        ends_on=cycle.ends_on,
        required_hours=totals.required_hours,
        earned_hours=totals.earned_hours,
        documented_hours=totals.documented_hours,
        needs_review_hours=totals.needs_review_hours,
        submitted_hours=totals.submitted_hours,
        confirmed_hours=totals.confirmed_hours,
        remaining_hours=totals.remaining_hours,
        days_left=days_left(cycle, view.today),
        code=cycle.code,
        kind=cycle.kind,
        reinstatement=reinstatement_due(cycle, view.today, rules),
        assumed=view.cycle_assumed,
    )


def view_totals(
    view: RenewalView, cycle: Cycle, problems: dict[str, list[str]] | None = None
) -> Totals:
    problems = problem_map(view) if problems is None else problems
    return cycle_totals(view.entries, cycle, view.profile.renewal_rules, problems)


def needs_attention(entry: Entry, view: RenewalView) -> bool:
    """Entries of this cycle, undated ones, and any recorded during it (a mistyped year)."""
    if entry.completion_date is None or in_cycle(entry.completion_date, view.cycle):
        return True
    return entry.created_at[:10] >= view.cycle.starts_on.isoformat()


def build_summary(view: RenewalView) -> Summary:
    problems = problem_map(view)
    in_this_cycle = [
        e
        for e in view.entries
        if e.completion_date is None or in_cycle(e.completion_date, view.cycle)
    ]
    profile = view.profile
    return Summary(
        cycle=cycle_summary(view, view.cycle, problems),
        certifications=[cycle_summary(view, c, problems) for c in view.cycles],
        fee_due_on=profile.fee_due_on,
        attention=[
            Attention(entry_id=e.id, problem=p)
            for e in view.entries
            if needs_attention(e, view)
            for p in problems[e.id]
        ],
        checklist=checklist(
            in_this_cycle,
            problems=problems,
            cycle=view.cycle,
            today=view.today,
            profile_email_checked_on=profile.profile_email_checked_on,
            last_backup_on=profile.last_backup_on,
            has_profile=bool(profile.full_name and profile.iicrc_id),
        ),
        reminders=view_reminders(view, problems),
    )


def view_reminders(
    view: RenewalView, problems: dict[str, list[str]] | None = None
) -> list[Reminder]:
    profile = view.profile
    return reminders(
        problems=problem_map(view) if problems is None else problems,
        cycles=view.cycles,
        entries=view.entries,
        rules=profile.renewal_rules,
        fee_due_on=profile.fee_due_on,
        last_backup_on=profile.last_backup_on,
        profile_email_checked_on=profile.profile_email_checked_on,
        today=view.today,
    )


async def get_summary(db: Database, user_id: int) -> Summary:
    async with db.reader() as conn:
        view = await load_view(conn, user_id)
    return build_summary(view)
