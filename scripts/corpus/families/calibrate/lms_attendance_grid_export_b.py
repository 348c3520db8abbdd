"""A learning platform's attendance sheet exported to PDF before a class is
over: the organisation's name block, a centred title, a bold-labelled block
(teacher, session, course, date), a short note, then a grid of learners by
class meeting with ticks for the meetings already held and blanks for the
rest, and three signature lines. It names a course, dates and many people
but certifies no one."""

SOURCE = "chamilo/chamilo-lms:main/template/default/export/table_pdf.tpl"
KIND = "other"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "other",
    "table",
    "landscape",
    "labelled",
    "distractor-person",
    "provider-in-logo",
    "date-range",
    "roster",
)

TEMPLATE = """<style>
.w { position:absolute; inset:36px 44px; font: 12px ${sans}; color:#111 }
.org { display:flex; align-items:center; gap:10px; padding-bottom:6px; border-bottom:1px solid #999 }
.org .mk { width:34px; height:34px; background:${accent}; color:#fff; font: bold 13px ${sans}; display:flex; align-items:center; justify-content:center }
.org b { font-size:14px } .org span { margin-left:auto; font-size:10.5px; color:#555 }
h2 { text-align:center; font: bold 19px ${sans}; margin:12px 0 8px }
table.info { width:100%; margin-bottom:6px } .info td { padding:1px 0; font-size:12px }
.desc { font-size:11px; color:#333; margin:4px 0 8px }
table.g { width:100%; border-collapse:collapse; font-size:11px }
.g th { background:#e9e9e9; border:1px solid #888; padding:3px 4px; font-size:10px; font-weight:bold }
.g td { border:1px solid #999; padding:2px 4px; height:${rowh}px }
.g td.c { text-align:center; font-family:'DejaVu Sans', sans-serif; width:${colw}px }
.g td.n { width:26px; text-align:right; color:#555 }
table.sg { width:100%; margin-top:${sgap}px; text-align:center; font-size:11.5px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font-size:9.5px; color:#666 }
</style>
<div class="w">
 <div class="org"><div class="mk">${mark}</div><b>${school}</b><span>${street} · ${town}</span></div>
 <h2>${heading}</h2>
 <table class="info">
  <tr><td><strong>Teacher:</strong> ${teachers}</td></tr>
  <tr><td><strong>Session:</strong> ${session}</td></tr>
  <tr><td><strong>Course:</strong> ${course}</td></tr>
  <tr><td><strong>Date:</strong> ${export_date}</td></tr>
 </table>
 <div class="desc">${desc}</div>
 <table class="g">
  <tr><th>#</th><th style="text-align:left">${last_label}</th><th style="text-align:left">${first_label}</th>${heads_html}</tr>
  ${rows_html}
 </table>
 <table class="sg"><tr><td>_____________________________<br>${sig1}</td><td>_____________________________<br>Teacher</td>
  <td>_____________________________<br>Date</td></tr></table>
 <div class="ft"><span>${url}</span><span>${printed}</span><span>Page 1 / 1</span></div>
</div>
"""


PARTICLES = {
    "van",
    "Van",
    "der",
    "den",
    "de",
    "De",
    "da",
    "Da",
    "del",
    "la",
    "La",
    "le",
    "Le",
    "St.",
    "von",
    "di",
    "du",
}


def _split(name):
    """(given names, surname) as a roster sorts them, keeping particles with the surname."""
    parts = name.split()
    i = len(parts) - 1
    while i > 1 and parts[i - 1] in PARTICLES:
        i -= 1
    return " ".join(parts[:i]), " ".join(parts[i:])


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    school, short = d.pick(V.SCHOOLS)
    short = short or school
    mark = "".join(w[0] for w in short.replace("&", "").split() if w[0].isupper())[:3]
    street, town = d.address()
    course, code = d.pick(V.IICRC_COURSES) if d.chance(0.7) else (d.pick(V.CE_COURSES), None)
    start = d.completed + timedelta(days=r.randrange(-20, 40))
    meetings = d.pick([2, 3, 3, 4, 5])
    dates = [start + timedelta(days=i) for i in range(meetings)]
    held = r.randrange(0, meetings)  # meetings already taken when exported
    times = d.pick(["08:00", "08:30", "09:00"])
    heads = "".join(
        f"<th>{fmt_date(day, d.pick(['us_short', 'dd_mon_yyyy']) if i == 0 else 'us_short')}"
        f"<br>{times}</th>"
        for i, day in enumerate(dates)
    )
    n = d.pick([8, 10, 12, 14, 16])
    people = sorted((_split(d.person()) for _ in range(n)), key=lambda p: p[1])
    rows = []
    for i, parts in enumerate(people):
        cells = []
        for j in range(meetings):
            if j < held:
                cells.append("\u2713" if r.random() < 0.9 else "\u2717")
            else:
                cells.append("")
        cells_html = "".join(f'<td class="c">{c}</td>' for c in cells)
        rows.append(
            f'<tr><td class="n">{i + 1}</td><td>{parts[1]}</td><td>{parts[0]}</td>{cells_html}</tr>'
        )
    teachers = ", ".join(d.person() for _ in range(d.pick([1, 1, 2])))
    city = town.split(",")[0]
    session = f"{code + ' ' if code else ''}{city} {fmt_date(dates[0], 'short_month')[:3]} {dates[0].year}"
    return {
        "mark": mark or "CE",
        "school": school,
        "street": street,
        "town": town,
        "heading": d.pick(["Attendance sheet", "Attendances", "Attendance register"]),
        "teachers": teachers,
        "session": session + d.pick(["", " – Group A", " (classroom)"]),
        "course": f"{course} ({code})" if code and d.chance(0.5) else course,
        "export_date": fmt_date(start - timedelta(days=r.randrange(0, 3)), d.pick(["long", "iso"])),
        "desc": d.pick(
            [
                "Tick each learner present at the start of every meeting. Learners who miss a "
                "meeting must make it up before the exam.",
                "Print and keep with the class file. Absences are entered on the platform the same day.",
                "",
            ]
        ),
        "last_label": d.pick(["Last name", "Surname"]),
        "first_label": d.pick(["First name", "Given name"]),
        "heads_html": heads,
        "rows_html": "\n".join(rows),
        "rowh": 22 if n <= 12 else 18,
        "colw": 86,
        "sgap": 36 if n <= 12 else 22,
        "sig1": d.pick(["HR manager", "Training coordinator", "Site supervisor"]),
        "url": "https://"
        + d.pick(["campus.", "learn."])
        + "".join(ch for ch in short.lower() if ch.isalnum())[:18]
        + ".com/main/attendance/",
        "printed": "Printed " + fmt_date(start, "us_numeric"),
    }
