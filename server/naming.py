"""The file-name convention of the IICRC guide, in this one place.

`[Year]-[Month]-[Course]-[Hours].pdf`, e.g. `2026-04-WRT-CEC-14hrs.pdf`. Every
file a user gets from ceclog (email attachments, backups, the CSV's file-name
column) is named here, so the name in the log is the name on the disk.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from server.accounts.models import RenewalRules
from server.entries.models import Entry
from server.renewal.hours import credited_hours

# Long enough for a real course title, short enough for every file system and mail client.
MAX_COURSE_CHARS = 60
UNDATED = "undated"
UNTITLED = "Certificate"

_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def _ascii(text: str) -> str:
    # "Técnico" becomes "Tecnico": plain ASCII survives every mail client and zip tool.
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def course_part(title: str | None) -> str:
    """The course title with everything unsafe in a file name turned into single dashes."""
    words = _UNSAFE.sub("-", _ascii(title or "")).strip("-")
    if len(words) > MAX_COURSE_CHARS:
        words = words[:MAX_COURSE_CHARS].rsplit("-", 1)[0] or words[:MAX_COURSE_CHARS]
    return words.strip("-") or UNTITLED


def hours_part(hours: float | None) -> str | None:
    if hours is None:
        return None
    text = f"{round(hours, 2):.2f}".rstrip("0").rstrip(".")
    return f"{text}hrs"


def certificate_file_name(
    completion_date: date | None, course_title: str | None, hours: float | None, ext: str = "pdf"
) -> str:
    """`2026-04-WRT-CEC-14hrs.pdf`; missing parts read `undated`, `Certificate`, or are left out."""
    month = completion_date.strftime("%Y-%m") if completion_date else UNDATED
    parts = [month, course_part(course_title), hours_part(hours)]
    stem = "-".join(p for p in parts if p)
    clean_ext = _UNSAFE.sub("", _ascii(ext)).lower() or "bin"
    return f"{stem}.{clean_ext}"


def unique_names(names: Iterable[str]) -> list[str]:
    """The same names in order, a repeat getting `-2`, `-3` before its extension.

    Compared without case, since Windows and macOS file systems would merge them.
    """
    taken: set[str] = set()
    # Where the search for a free number goes on, per name: a thousand repeats of
    # one name cost a thousand steps, not half a million.
    tried: dict[str, int] = {}
    result = []
    for name in names:
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        candidate, n = name, tried.get(name.casefold(), 1)
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{stem}-{n}.{ext}" if dot else f"{stem}-{n}"
        tried[name.casefold()] = n
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


def entry_file_name(entry: Entry, rules: RenewalRules, ext: str = "pdf") -> str:
    """An entry's file name; hours as the IICRC counts them (legacy CECs converted)."""
    hours = None if entry.hours is None else credited_hours(entry.hours, entry.hours_unit, rules)
    return certificate_file_name(entry.completion_date, entry.course_title, hours, ext)


def entry_file_names(entries: list[Entry], rules: RenewalRules, ext: str = "pdf") -> list[str]:
    """File names for a set of entries, unique within the set."""
    return unique_names(entry_file_name(e, rules, ext) for e in entries)


def document_file_names(entries: list[Entry], rules: RenewalRules) -> dict[str, str]:
    """Entry id -> the PDF name of its certificate, for the entries that have one.

    Entries that share a file share its name: that of the first of them in the
    given order. Different files get different names.
    """
    first: dict[str, Entry] = {}
    for entry in entries:
        if entry.document_sha256 and entry.document_sha256 not in first:
            first[entry.document_sha256] = entry
    names = dict(zip(first, entry_file_names(list(first.values()), rules), strict=True))
    return {e.id: names[e.document_sha256] for e in entries if e.document_sha256}
