"""What a ceclog backup ZIP holds, and the limits a restore holds it to.

    data.json                         profile, events, entries, documents (schema_version)
    log.csv                           the tracking log, as GET /api/export/log.csv gives it
    certificates/<file name>.pdf      each document's certificate as a PDF, named by the
                                      convention after the first entry that points at it
    originals/<sha256>.<ext>          each photo exactly as it was uploaded

Each file is stored once, however many entries point at it: an uploaded PDF is
its own certificate, so its `original` is its certificates/ member. Restore
reads data.json and the originals; the certificates of photos and the log are
for people opening the ZIP by hand.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

import msgspec

from server.accounts.models import DEFAULT_BOOTH_HOURS, Certification, RenewalRules
from server.entries.models import Entry
from server.events.models import Event
from server.fields import check_fields

FORMAT = "ceclog-backup"
SCHEMA_VERSION = 1

DATA_JSON = "data.json"
LOG_CSV = "log.csv"
CERTIFICATES_DIR = "certificates/"
ORIGINALS_DIR = "originals/"

# Extensions of the accepted upload types, by media type.
EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "image/heic": "heic",
    "image/heif": "heif",
    "application/pdf": "pdf",
}

# Limits a restore checks before it reads a byte of content.
MAX_MEMBERS = 10_000
MAX_DATA_JSON_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
# Photos and PDFs barely compress; a member inflating more than this is a bomb.
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 1024 * 1024  # small members may compress well (empty pages, JSON)
# The upload itself: a backup of a few thousand certificates fits.
MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024

ORIGINAL_NAME = re.compile(r"^originals/([0-9a-f]{64})\.(jpg|png|webp|heic|heif|pdf)$")
CERTIFICATE_NAME = re.compile(r"^certificates/[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.pdf$")


class BackupProfile(msgspec.Struct, kw_only=True):
    full_name: str
    email: str | None = None
    iicrc_id: str | None = None
    certifications: list[Certification] = []
    cycle_starts_on: date | None = None
    fee_due_on: date | None = None
    profile_email_checked_on: date | None = None
    last_backup_on: date | None = None
    booth_hours: float = DEFAULT_BOOTH_HOURS
    renewal_rules: RenewalRules = msgspec.field(default_factory=RenewalRules)

    def __post_init__(self) -> None:
        check_fields(self)


class BackupDocument(msgspec.Struct, kw_only=True):
    sha256: str
    media_type: str
    size: int
    original: str  # the member holding the bytes
    certificates: list[str] = []  # the named PDF of it (older backups: one per entry)


class BackupData(msgspec.Struct, kw_only=True):
    format: Literal["ceclog-backup"]
    schema_version: int
    created_at: str
    profile: BackupProfile
    events: list[Event] = []
    entries: list[Entry] = []
    documents: list[BackupDocument] = []


PDF_MEDIA_TYPE = "application/pdf"


def original_name(sha256: str, media_type: str) -> str:
    return f"{ORIGINALS_DIR}{sha256}.{EXTENSIONS.get(media_type, 'bin')}"
