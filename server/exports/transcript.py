"""The "CEC transcript": one cycle's totals and its courses on a printable PDF.

Made with fpdf2: pure Python, maintained, embeds TrueType fonts (so "María"
prints as María) and lays out tables that flow onto further pages.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import msgspec
from fpdf import FPDF

from server.accounts.models import RenewalRules
from server.entries.models import Entry
from server.renewal.cycle import Cycle
from server.renewal.hours import Totals, credited_hours, in_cycle, proof_states
from server.renewal.words import proof_text
from server.submissions.messages import hours_text

# fpdf2 subsets embedded fonts with fontTools, which logs every glyph at INFO.
logging.getLogger("fontTools").setLevel(logging.WARNING)

# Debian's fonts-dejavu-core; without it the PDF falls back to Helvetica (Latin-1 only).
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
STATUS_WORDS = {
    "not_submitted": "Not submitted",
    "submitted": "Submitted",
    "confirmed": "Confirmed",
    "rejected": "Rejected",
}


class TranscriptInput(msgspec.Struct, kw_only=True):
    full_name: str
    iicrc_id: str | None
    certifications: list[str]
    cycle: Cycle
    totals: Totals
    entries: list[Entry]
    rules: RenewalRules
    generated_on: date


class _Pdf(FPDF):
    def __init__(self, generated_on: date) -> None:
        super().__init__(format="Letter")
        self.generated_on = generated_on
        self.family = _load_font(self)
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(16, 16, 16)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.family, size=8)
        self.set_text_color(100)
        self.cell(
            0,
            5,
            self.clean(
                f"ceclog CEC transcript, {self.generated_on.isoformat()}"
                f" · page {self.page_no()} of {{nb}}"
            ),
            align="C",
        )

    def clean(self, text: str) -> str:
        if self.family == "DejaVu":
            return text
        return text.replace("·", "-").encode("latin-1", "replace").decode("latin-1")


def _load_font(pdf: FPDF) -> str:
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            pdf.add_font("DejaVu", "", str(regular))
            pdf.add_font("DejaVu", "B", str(bold))
            return "DejaVu"
    return "Helvetica"


def cycle_entries(entries: list[Entry], cycle: Cycle) -> list[Entry]:
    dated = [e for e in entries if not e.deleted and in_cycle(e.completion_date, cycle)]
    return sorted(dated, key=lambda e: (e.completion_date, e.course_title or ""))


def _summary_lines(data: TranscriptInput) -> list[tuple[str, str]]:
    t = data.totals
    lines = [
        ("Name", data.full_name),
        ("IICRC ID", data.iicrc_id or "not set"),
    ]
    if data.certifications:
        lines.append(("Certifications", ", ".join(data.certifications)))
    lines += [
        (
            "Renewal cycle",
            f"{data.cycle.starts_on.isoformat()} to {data.cycle.ends_on.isoformat()}",
        ),
        ("Required", f"{hours_text(t.required_hours)} CEC hours"),
        ("Documented", f"{hours_text(t.documented_hours)} CEC hours (these count)"),
        ("Waiting for review", f"{hours_text(t.needs_review_hours)} CEC hours"),
        ("Missing proof", f"{hours_text(t.missing_proof_hours)} CEC hours"),
        ("Submitted", f"{hours_text(t.submitted_hours)} CEC hours"),
        ("Confirmed by the IICRC", f"{hours_text(t.confirmed_hours)} CEC hours"),
        ("Still needed", f"{hours_text(t.remaining_hours)} CEC hours"),
    ]
    return lines


def transcript_pdf(data: TranscriptInput) -> bytes:
    pdf = _Pdf(data.generated_on)
    pdf.set_title("CEC transcript")
    pdf.set_author(data.full_name)
    pdf.set_creator("ceclog")
    pdf.add_page()
    pdf.set_font(pdf.family, "B", 18)
    pdf.cell(0, 10, "CEC transcript", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, size=10)
    for label, value in _summary_lines(data):
        pdf.set_font(pdf.family, "B", 10)
        pdf.cell(52, 6, pdf.clean(label))
        pdf.set_font(pdf.family, size=10)
        pdf.multi_cell(0, 6, pdf.clean(value), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    _course_table(pdf, data)
    return bytes(pdf.output())


# (width in mm, alignment) of the course table's columns: date, course, provider, hours, status.
COLUMNS = ((22, "L"), (54, "L"), (38, "L"), (14, "R"), (56, "L"))
HEADINGS = ("Date", "Course", "Provider", "Hours", "Status")
LINE_MM = 5


def _course_table(pdf: _Pdf, data: TranscriptInput) -> None:
    entries = cycle_entries(data.entries, data.cycle)
    proof = proof_states(data.entries, {e.id: e.problems for e in data.entries})
    pdf.set_font(pdf.family, "B", 12)
    pdf.cell(0, 8, f"Courses in this cycle ({len(entries)})", new_x="LMARGIN", new_y="NEXT")
    if not entries:
        pdf.set_font(pdf.family, size=10)
        pdf.cell(0, 6, "No courses recorded in this cycle yet.", new_x="LMARGIN", new_y="NEXT")
        return
    _headings(pdf)
    pdf.set_font(pdf.family, size=9)
    for e in entries:
        credited = credited_hours(e.hours, e.hours_unit, data.rules)
        cells = (
            e.completion_date.isoformat() if e.completion_date else "",
            pdf.clean(e.course_title or "(untitled)"),
            pdf.clean(e.provider or ""),
            hours_text(credited) if e.hours is not None else "",
            pdf.clean(f"{_status(e)}. {_proof(e, proof[e.id])}"),
        )
        _row(pdf, _cell_lines(pdf, cells))


def _cell_lines(pdf: _Pdf, cells: tuple[str, ...]) -> list[list[str]]:
    """Each cell's text as the lines that fit its column.

    Most fit on one line; measuring first and wrapping only those that do not
    keeps a long transcript's time to a few milliseconds a row (a general
    table lays out every cell twice).
    """
    lines = []
    for (width, _), text in zip(COLUMNS, cells, strict=True):
        if _width(pdf, text) <= width - 2 * pdf.c_margin:
            lines.append([text])
        else:
            lines.append(pdf.multi_cell(width, LINE_MM, text, dry_run=True, output="LINES"))
    return lines


def _width(pdf: _Pdf, text: str) -> float:
    """The text's width in the current font, from the font's own metrics
    (get_string_width copies the whole graphics state each time it is asked)."""
    return pdf.current_font.get_text_width(text, pdf.font_size_pt, None)[1] / pdf.k


def _row(pdf: _Pdf, lines: list[list[str]], fill: bool = False) -> None:
    height = LINE_MM * max(len(cell) for cell in lines)
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()
        _headings(pdf)
        pdf.set_font(pdf.family, size=9)
    x, y = pdf.l_margin, pdf.get_y()
    # Placed text, not cells: a cell's layout machinery costs a millisecond each.
    baseline = LINE_MM / 2 + 0.3 * pdf.font_size
    for (width, align), cell in zip(COLUMNS, lines, strict=True):
        if fill:
            pdf.rect(x, y, width, height, style="F")
        for n, text in enumerate(cell):
            left = x + pdf.c_margin
            if align == "R":
                left = x + width - pdf.c_margin - _width(pdf, text)
            pdf.text(left, y + n * LINE_MM + baseline, text)
        x += width
    pdf.line(pdf.l_margin, y + height, x, y + height)
    pdf.set_xy(pdf.l_margin, y + height)


def _headings(pdf: _Pdf) -> None:
    """The table's headings, at its start and again at the top of each page."""
    pdf.set_font(pdf.family, "B", 9)
    pdf.set_fill_color(230)
    _row(pdf, [[h] for h in HEADINGS], fill=True)


def _proof(entry: Entry, state) -> str:
    return proof_text(state, entry.problems, rejected=entry.submission.status == "rejected")


def _status(entry: Entry) -> str:
    s = entry.submission
    words = STATUS_WORDS[s.status]
    if s.status == "confirmed" and s.confirmed_on:
        return f"{words} {s.confirmed_on.isoformat()}"
    if s.status == "submitted" and s.submitted_on:
        method = (s.method or "").replace("_", " ")
        return f"{words} {s.submitted_on.isoformat()}" + (f" ({method})" if method else "")
    return words
