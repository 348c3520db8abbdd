"""Accounts and the IICRC profile."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from server.fields import ClientId, Email, Password, ShortText, check_fields

CertificationKind = Literal["technician", "master", "inspector"]


class RenewalRules(msgspec.Struct, kw_only=True):
    """The IICRC renewal rules, per user. These defaults live here and nowhere else."""

    technician_hours: Annotated[float, Meta(gt=0, le=1000)] = 14.0
    technician_years: Annotated[int, Meta(ge=1, le=10)] = 4
    master_hours: Annotated[float, Meta(gt=0, le=1000)] = 14.0
    master_years: Annotated[int, Meta(ge=1, le=10)] = 2
    follow_up_business_days: Annotated[int, Meta(ge=1, le=60)] = 5
    reinstatement_months: Annotated[int, Meta(ge=1, le=120)] = 24
    legacy_cec_hours: Annotated[float, Meta(gt=0, le=100)] = 7.0


DEFAULT_BOOTH_HOURS = 2.0


class Certification(msgspec.Struct, kw_only=True):
    code: Annotated[str, Meta(min_length=1, max_length=20, examples=["WRT"])]
    kind: CertificationKind = "technician"
    certified_on: date | None = None

    def __post_init__(self) -> None:
        check_fields(self)


class User(msgspec.Struct, kw_only=True):
    id: int
    email: str
    full_name: str
    iicrc_id: str | None = None
    certifications: list[Certification] = []
    cycle_starts_on: date | None = None
    fee_due_on: date | None = None
    profile_email_checked_on: date | None = None
    last_backup_on: date | None = None
    booth_hours: float = DEFAULT_BOOTH_HOURS
    renewal_rules: RenewalRules = msgspec.field(default_factory=RenewalRules)
    current_event_id: str | None = None  # the trade show being attended, on every device
    version: int = 1
    created_at: str = ""
    updated_at: str = ""


class RegisterIn(msgspec.Struct, kw_only=True):
    email: Email
    password: Password
    full_name: Annotated[str, Meta(min_length=1, max_length=300)]

    def __post_init__(self) -> None:
        check_fields(self)


class SignupState(msgspec.Struct, kw_only=True):
    mode: Literal["first", "open", "closed"]
    open: bool  # whether a visitor may register now
    has_owner: bool  # whether any account exists


class LoginIn(msgspec.Struct, kw_only=True):
    email: Annotated[str, Meta(max_length=254)]
    password: Annotated[str, Meta(max_length=1024)]


class ProfilePatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Only the fields to change; absent fields stay as they are."""

    full_name: Annotated[str, Meta(min_length=1, max_length=300)] | UnsetType = UNSET
    iicrc_id: ShortText | None | UnsetType = UNSET
    email: Email | UnsetType = UNSET
    certifications: Annotated[list[Certification], Meta(max_length=50)] | UnsetType = UNSET
    cycle_starts_on: date | None | UnsetType = UNSET
    fee_due_on: date | None | UnsetType = UNSET
    profile_email_checked_on: date | None | UnsetType = UNSET
    last_backup_on: date | None | UnsetType = UNSET
    booth_hours: Annotated[float, Meta(gt=0, le=24)] | UnsetType = UNSET
    renewal_rules: RenewalRules | UnsetType = UNSET
    current_event_id: ClientId | None | UnsetType = UNSET

    def __post_init__(self) -> None:
        check_fields(self)


class PasswordChange(msgspec.Struct, kw_only=True):
    current_password: Annotated[str, Meta(max_length=1024)]
    new_password: Password


class LogoutIn(msgspec.Struct, kw_only=True):
    # True ends every session of the user (API tokens stay).
    everywhere: bool = False


class TokenIn(msgspec.Struct, kw_only=True):
    name: Annotated[str, Meta(min_length=1, max_length=100)]

    def __post_init__(self) -> None:
        check_fields(self)


class TokenOut(msgspec.Struct, kw_only=True):
    id: int
    name: str
    token: str


class Principal(msgspec.Struct, frozen=True):
    """Who is asking, and how they proved it."""

    user_id: int
    via: Literal["session", "token"]
    # The session's end moved on with this request: the cookie is sent again.
    renewed: bool = False
