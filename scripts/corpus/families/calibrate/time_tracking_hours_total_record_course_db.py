"""A record of training hours laid out like a thesis template's time-tracking
table: the school and the title at the top, labelled lines for the
participant, course, instructor and location, a ruled table of dates,
modules and hours ending in a total row, the completion date, and two
signature rules (participant and instructor)."""

SOURCE = "eagely/rdptemplate:README.md"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:64px 80px 60px; font:14px 'Latin Modern Roman', ${serif}; color:#111 }
.sc { text-align:center; font-size:15px; font-variant:small-caps; letter-spacing:1px }
h1 { text-align:center; font-size:25px; margin:10px 0 4px; font-weight:bold }
.sub { text-align:center; font-size:13px; font-style:italic; margin-bottom:26px }
.f { display:grid; grid-template-columns:150px 1fr; row-gap:7px; font-size:14.5px }
.f span { font-weight:bold }
table { width:100%; border-collapse:collapse; margin-top:26px; font-size:13.5px }
th { border-top:1.5px solid #000; border-bottom:0.8px solid #000; padding:5px 6px; text-align:left }
td { padding:4px 6px } td.h, th.h { text-align:right; width:80px } td.d { width:120px }
tr.tot td { border-top:0.8px solid #000; border-bottom:1.5px solid #000; font-weight:bold }
.cp { margin-top:20px; font-size:14.5px } .cp b { font-weight:bold }
.sg { position:absolute; left:0; right:0; bottom:30px; display:flex; justify-content:space-between }
.sg div { width:40%; border-top:0.8px solid #000; padding-top:4px; font-size:12.5px }
.pg { position:absolute; left:0; right:0; bottom:0; text-align:center; font-size:11px }
</style>
<div class="w">
 <div class="sc">${org}</div>
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <div class="f"><span>${p_label}</span><div>${name}</div><span>Course</span><div>${title}</div>
  <span>Instructor</span><div>${instructor}</div><span>Location</span><div>${location}</div></div>
 <table><tr><th>Date</th><th>Module</th><th class="h">Hours</th></tr>${rows_html}
  <tr class="tot"><td></td><td>${total_label}</td><td class="h">${total}</td></tr></table>
 <div class="cp">${done_label} <b>${date}</b></div>
 <div class="sg"><div>${name_sig}<br>Participant</div><div>${instructor}<br>Instructor</div></div>
 <div class="pg">1</div>
</div>
"""
MODULES = [
    "Principles and terminology",
    "Health and safety on the job site",
    "Inspection and documentation",
    "Psychrometry and drying theory",
    "Equipment set-up and monitoring",
    "Hands-on lab: extraction",
    "Hands-on lab: moisture mapping",
    "Containment and engineering controls",
    "Contents and structural materials",
    "Standards review and case studies",
    "Review and written examination",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_number

    total = d.credit
    blocks, left = [], total
    while left > 0:
        b = min(left, d.pick([1, 1.5, 2, 2, 2.5, 3, 3.5]))
        blocks.append(b)
        left = round(left - b, 2)
    days, day, used = [], 0, 0.0
    for b in blocks:
        if used + b > 7.5:
            day, used = day + 1, 0.0
        days.append(day)
        used += b
    last = days[-1]
    mods = d.rng.sample(MODULES[:-1], min(len(blocks) - 1, len(MODULES) - 1)) + [MODULES[-1]]
    mods = (mods * 3)[: len(blocks)]
    mods[-1] = MODULES[-1]
    style = d.pick(["us_numeric", "iso", "short_month"])
    rows = []
    prev = None
    for b, dy, m in zip(blocks, days, mods, strict=True):
        when = fmt_date(d.completed - timedelta(days=last - dy), style)
        rows.append(
            f"<tr><td class='d'>{when if when != prev else ''}</td><td>{m}</td>"
            f"<td class='h'>{fmt_number(b, d.rng, False)}</td></tr>"
        )
        prev = when
    name = d.name(d.pick(["plain", "last_first"]))
    return {
        "org": d.provider(),
        "heading": d.pick(
            ["Record of Training Hours", "Training Hours Record", "Attendance Record"]
        ),
        "sub": d.pick(
            [
                "Hours are recorded per module by the instructor and totalled below.",
                "Contact hours as logged at each session",
            ]
        ),
        "p_label": d.pick(["Participant", "Student", "Technician"]),
        "name": name,
        "title": d.title(d.pick(["plain", "with_code"])),
        "instructor": d.person(),
        "location": f"{d.venue()}" if d.chance(0.3) else d.city(),
        "rows_html": "".join(rows),
        "total_label": d.pick(["Total", "Total hours", "Total CEC hours"]),
        "total": d.hours_number(),
        "done_label": d.pick(["Course completed on", "Date of completion:", "Completed:"]),
        "date": d.date(d.pick(["long", "us_numeric", "iso"])),
        "name_sig": d.plain_name,
    }
