"""OCR results into entries: only the fields the user left empty.

Two moments meet here: OCR finishing for a document entries already point
at (`fill_entries_for_document`), and an entry arriving that points at a
document whose OCR already finished (`fill_from_document`, called by the
entry writes). Either way each entry takes fields from a given document once:
a field the user clears after a fill stays cleared.

The holder's name is the one field that is personal: the same page may be
read for several users. Where a line prints the user's own profile name, even
with an OCR slip, the entry takes the profile's spelling of it; otherwise the
name OCR picked, if it picked one.

A fill is an ordinary entry change through the entries service, so the
version bumps and every device receives it through sync.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import msgspec

from server.accounts import repo as accounts_repo
from server.db.changes import lock_user
from server.db.connection import Connection
from server.documents import repo
from server.documents.models import OCR_FIELDS, OcrField, OcrLine
from server.entries import repo as entries_repo
from server.entries.models import Entry
from server.fields import iso_now
from server.renewal.names import prints_name

DEFAULT_KIND = "course"
OTHER_KINDS = ("booth", "session", "other")
# OCR names no confidence for the kind itself; the page's fields stand in for
# it: a kind is taken only from a page read this well, with at least two fields.
KIND_MIN_CONFIDENCE = 0.75
# The same limits the API puts on what a user types (server.fields).
_TEXT_LIMITS = {"holder_name": 300, "course_title": 300, "provider": 300, "approval_number": 100}
_MAX_HOURS = 1000.0

_decode_fields = msgspec.json.Decoder(dict[str, OcrField]).decode
_decode_lines = msgspec.json.Decoder(list[OcrLine]).decode


def values_to_fill(
    entry: Entry,
    kind: str | None,
    fields: dict[str, OcrField],
    profile_name_printed: str | None = None,
) -> dict[str, Any]:
    """The changes a fill makes to `entry`: its empty fields, and needs_review if any.

    `profile_name_printed` is the user's profile name when a line of the page
    prints it: it outranks the name OCR picked, which may be a signer's.
    """
    values: dict[str, Any] = {}
    if profile_name_printed and entry.holder_name in (None, ""):
        values["holder_name"] = clean_value("holder_name", profile_name_printed)
    for name in OCR_FIELDS:
        if name in values:
            continue
        field = fields.get(name)
        if field is None or getattr(entry, name) not in (None, ""):
            continue
        value = clean_value(name, field.value)
        if value is not None:
            values[name] = value
    if kind in OTHER_KINDS and entry.kind == DEFAULT_KIND and kind_is_confident(fields):
        values["kind"] = kind
    if values:
        values["needs_review"] = True
    return values


def kind_is_confident(fields: dict[str, OcrField]) -> bool:
    if len(fields) < 2:
        return False
    return sum(f.confidence for f in fields.values()) / len(fields) >= KIND_MIN_CONFIDENCE


def clean_value(name: str, value: str | float) -> Any:
    """A value as the entry holds it, or None when OCR's value would not be valid there."""
    if name == "hours":
        try:
            hours = float(value)
        except (TypeError, ValueError):
            return None
        return hours if 0 <= hours <= _MAX_HOURS else None
    if name == "completion_date":
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            return None
    text = " ".join(str(value).split())
    return text[: _TEXT_LIMITS[name]] or None


async def fill_from_document(tx: Connection, user_id: int, entry_id: str) -> Entry | None:
    """Call after writing an entry: fills it if its document's OCR has finished.

    Returns the filled entry, or None when there was nothing to do.
    """
    source = await repo.fill_source(tx, user_id, entry_id)
    if source is None:
        return None
    return await _fill(
        tx, user_id, entry_id, source["sha256"], source["kind"], source["fields"], source["lines"]
    )


async def fill_entries_for_document(
    tx: Connection, sha256: str, user_id: int | None = None
) -> list[str]:
    """Call when OCR of `sha256` is done (or a user gains it): fills the entries
    pointing at it, of every user who has it or of `user_id`. Returns their ids."""
    job = await repo.find_ocr_job(tx, sha256)
    if job is None or job["status"] != "done":
        return []
    awaiting = await repo.entries_awaiting_fill(tx, sha256, user_id)
    if awaiting:
        # Each owner's data is written under their lock, taken in one order so two
        # documents finishing at once cannot wait on each other; then read again,
        # as someone may have filled an entry meanwhile.
        for owner in sorted({owner for owner, _ in awaiting}):
            await lock_user(tx, owner)
        awaiting = await repo.entries_awaiting_fill(tx, sha256, user_id)
    filled = []
    for owner, entry_id in awaiting:
        filled_entry = await _fill(
            tx, owner, entry_id, sha256, job["kind"], job["fields"], job["lines"]
        )
        if filled_entry is not None:
            filled.append(entry_id)
    return filled


async def _fill(
    tx: Connection,
    user_id: int,
    entry_id: str,
    sha256: str,
    kind: str | None,
    fields: str,
    lines: str,
) -> Entry | None:
    # Imported here: the entries service calls fill_from_document after its writes.
    from server.entries.service import SERVER, patch_entry

    row = await entries_repo.find_entry(tx, entry_id)
    if row is None:
        return None
    entry = entries_repo.entry_from_row(row)
    printed = None
    if entry.holder_name in (None, ""):
        user = await accounts_repo.get_user(tx, user_id)
        texts = [line.text for line in _decode_lines(lines)]
        if user is not None and prints_name(texts, user.full_name):
            printed = user.full_name
    values = values_to_fill(entry, kind, _decode_fields(fields), printed)
    await repo.record_fill(tx, entry_id, sha256, iso_now())
    if not values:
        return None
    # As the server: what OCR read never outranks what a person typed on any device.
    return await patch_entry(tx, user_id, entry_id, values, origin=SERVER)
