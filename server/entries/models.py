"""CEC entries: one certificate, booth registration or attended session each."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

import msgspec
from msgspec import UNSET, UnsetType

from server.fields import ClientId, Hours, Name, Notes, Sha256, ShortText, Title, check_fields

EntryKind = Literal["course", "booth", "session", "other"]
HoursUnit = Literal["hours", "legacy_cec"]
SubmissionStatus = Literal["not_submitted", "submitted", "confirmed", "rejected"]
SubmissionMethod = Literal["email", "portal", "provider", "booth_roster"]

# Fields a user owns, in the order the API lists them. Sync merges per field.
USER_FIELDS = (
    "kind",
    "course_title",
    "provider",
    "holder_name",
    "approval_number",
    "completion_date",
    "hours",
    "hours_unit",
    "event_id",
    "attended_from",
    "attended_until",
    "document_sha256",
    "approval_verified",
    "submission",
    "needs_review",
    "notes",
)


class Submission(msgspec.Struct, kw_only=True):
    status: SubmissionStatus = "not_submitted"
    method: SubmissionMethod | None = None
    submitted_on: date | None = None
    confirmed_on: date | None = None
    reason: Notes | None = None

    def __post_init__(self) -> None:
        check_fields(self)


class EntryIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=False):
    """The body of `PUT /api/entries/{id}`: the whole entry without computed fields."""

    kind: EntryKind = "course"
    id: ClientId | None = None
    course_title: Title | None = None
    provider: Name | None = None
    holder_name: Name | None = None
    approval_number: ShortText | None = None
    completion_date: date | None = None
    hours: Hours | None = None
    hours_unit: HoursUnit = "hours"
    event_id: ClientId | None = None
    attended_from: datetime | None = None
    attended_until: datetime | None = None
    document_sha256: Sha256 | None = None
    approval_verified: bool = False
    submission: Submission = msgspec.field(default_factory=Submission)
    needs_review: bool = False
    notes: Notes = ""

    def __post_init__(self) -> None:
        check_fields(self)


class EntryPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The body of `PATCH /api/entries/{id}`: only the fields to change."""

    kind: EntryKind | UnsetType = UNSET
    course_title: Title | None | UnsetType = UNSET
    provider: Name | None | UnsetType = UNSET
    holder_name: Name | None | UnsetType = UNSET
    approval_number: ShortText | None | UnsetType = UNSET
    completion_date: date | None | UnsetType = UNSET
    hours: Hours | None | UnsetType = UNSET
    hours_unit: HoursUnit | UnsetType = UNSET
    event_id: ClientId | None | UnsetType = UNSET
    attended_from: datetime | None | UnsetType = UNSET
    attended_until: datetime | None | UnsetType = UNSET
    document_sha256: Sha256 | None | UnsetType = UNSET
    approval_verified: bool | UnsetType = UNSET
    submission: Submission | UnsetType = UNSET
    needs_review: bool | UnsetType = UNSET
    notes: Notes | UnsetType = UNSET

    def __post_init__(self) -> None:
        check_fields(self)


class Entry(msgspec.Struct, kw_only=True):
    id: str
    kind: EntryKind
    course_title: str | None = None
    provider: str | None = None
    holder_name: str | None = None
    approval_number: str | None = None
    completion_date: date | None = None
    hours: float | None = None
    hours_unit: HoursUnit = "hours"
    event_id: str | None = None
    attended_from: datetime | None = None
    attended_until: datetime | None = None
    document_sha256: str | None = None
    approval_verified: bool = False
    submission: Submission = msgspec.field(default_factory=Submission)
    needs_review: bool = False
    notes: str = ""
    problems: list[str] = []
    version: int = 1
    created_at: str = ""
    updated_at: str = ""
    deleted: bool = False


def patch_values(patch: EntryPatch) -> dict[str, object]:
    """The fields a patch sets, by name."""
    return {name: value for name in USER_FIELDS if (value := getattr(patch, name)) is not UNSET}
