"""A school's training record for one student and one course, printed from
its records system: a square mark at the left with the school's name in bold
capitals beside it and its address and phone under a thin rule, a centred
capitalised heading, then label rows whose colons line up (student,
employer, course, location, lead instructor) with the values underlined. An
italic sentence introduces a bordered table of the class days (number, date,
topics, hours, instructor) with a total row, then more colon rows for the
examination, the completion date and the credit, and two signature lines
(registrar and instructor) with the date of issue, and a footer with the
page number."""

SOURCE = "bobbymax/erp:resources/views/pages/pdf-templates/trainings.blade.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:60px; right:60px; top:50px; font: 14px ${serif}; color:#111 }
.hd { display:flex; align-items:center; gap:52px }
.mk { width:62px; height:62px; border:3px solid ${dark}; color:${dark}; font: bold 22px ${sans}; display:flex; align-items:center; justify-content:center }
.on { font: bold 16px ${sans}; line-height:20px; color:#111; white-space:nowrap }
.oa { font: 11px ${sans}; color:#555; margin-top:8px; padding-top:5px; border-top:1px solid #999 }
h4 { text-align:center; text-transform:uppercase; font: bold 16px ${sans}; letter-spacing:1px; margin:22px 0 0 }
.rows { margin-top:26px }
.rows p { margin:0 0 10px; display:flex } .rows .k { width:170px } .rows .c { width:26px }
.rows .v { text-decoration:underline; font-weight:bold }
.it { font-style:italic; margin-top:18px }
table.t { width:100%; border-collapse:collapse; margin-top:12px; font-size:13px }
.t th, .t td { border:1px solid #777; padding:5px 6px; text-align:left; vertical-align:top }
.t th { background:${light}; font: bold 12px ${sans} }
.t td.n { text-align:right; white-space:nowrap }
.t tr.tot td { font-weight:bold }
.sg { display:flex; justify-content:space-between; margin-top:40px; font-size:13px }
.sg div { width:42%; border-top:1px solid #111; padding-top:4px; line-height:18px }
.iss { margin-top:18px; font-size:12px; color:#333 }
.pf { position:absolute; left:60px; right:60px; bottom:34px; border-top:1px solid #999; padding-top:5px; font: 10px ${sans}; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div class="mk">${mark}</div><div class="on">${org}</div></div>
 <div class="oa">${street}, ${town} · ${phone}</div>
 <h4>${heading}</h4>
 <div class="rows">
  <p><span class="k">${name_label}</span><span class="c">:</span><span class="v">${name}</span></p>
  <p><span class="k">Employer</span><span class="c">:</span><span class="v">${company}</span></p>
  <p><span class="k">${course_label}</span><span class="c">:</span><span class="v">${title}</span></p>
  <p><span class="k">Class location</span><span class="c">:</span><span class="v">${location}</span></p>
  <p><span class="k">Lead instructor</span><span class="c">:</span><span class="v">${lead}</span></p>
 </div>
 <p class="it">${intro}</p>
 <table class="t">
  <tr><th>S/No.</th><th>Date</th><th>Topics</th><th>Hours</th><th>Instructor</th></tr>
  ${rows_html}
  <tr class="tot"><td></td><td colspan="2">${total_label}</td><td class="n">${total}</td><td></td></tr>
 </table>
 <div class="rows">
  <p><span class="k">Examination</span><span class="c">:</span><span class="v">${exam}</span></p>
  <p><span class="k">${date_label}</span><span class="c">:</span><span class="v">${date}</span></p>
  <p><span class="k">${credit_label}</span><span class="c">:</span><span class="v">${hours}</span></p>
 </div>
 <div class="sg"><div>${registrar}<br>Registrar</div><div>${lead}<br>${lead_role}</div></div>
 <div class="iss">${issued_label} ${issued} · ${record_no}</div>
</div>
<div class="pf"><span>${foot}</span><span>Page 1 of 1</span></div>
"""

COMPANIES = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Hometown Carpet Care Inc.",
    "Prime Mitigation Group",
    "Allied Property Restoration",
    "Self-employed",
    "Cornerstone Disaster Recovery",
]
TOPICS = [
    "Standards review, safety and documentation",
    "Inspection, measurement and moisture mapping",
    "Equipment set-up, monitoring and hands-on lab",
    "Review and written examination",
    "Case studies and customer communication",
    "Cleaning methods and chemistry",
]


def _split(total: float, days: int) -> list[float]:
    """Hours per class day, in half hours, adding up to the total."""
    halves = round(total * 2)
    base, extra = divmod(halves, days)
    per = [base + (1 if i < extra else 0) for i in range(days)]
    return [p / 2 for p in per]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_number

    org = d.provider("upper")
    short = d.org_alt or d.org
    mark = "".join(w[0] for w in short.replace("&", " ").split() if w[0].isupper())[:3]
    street, town = d.address()
    credit = d.credit
    days = 1 if credit <= 8 else 2 if credit <= 16 else 3
    style = d.pick(["us_numeric", "dd_mon_yyyy", "short_month", "ordinal_dmy"])
    lead = d.person()
    co_instructor = d.person()
    hours = _split(credit, days)
    topics = d.rng.sample(TOPICS[:3] + TOPICS[4:], days - 1) + [TOPICS[3]] if days > 1 else []
    if days == 1:
        topics = [d.pick(["Lecture, demonstration and quiz", "Full-day class with assessment"])]
    rows = []
    for i in range(days):
        day = d.completed - timedelta(days=days - 1 - i)
        who = lead if i % 2 == 0 or days == 1 else co_instructor
        rows.append(
            f"<tr><td>{i + 1}.</td><td>{fmt_date(day, style)}</td><td>{html.escape(topics[i])}</td>"
            f'<td class="n">{fmt_number(hours[i], d.rng, decimals_ok=False)}</td>'
            f"<td>{html.escape(who)}</td></tr>"
        )
    return {
        "mark": mark,
        "org": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "heading": d.pick(
            ["Student training record", "Record of training", "Course completion record"]
        ),
        "name_label": d.pick(["Name", "Student", "Student name"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "company": d.pick(COMPANIES),
        "course_label": d.pick(["Course", "Title of programme", "Course title"]),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "location": d.pick([f"Classroom, {d.city()}", "On-site at employer", "Live online"]),
        "lead": lead,
        "intro": d.pick(
            [
                "Details of class days attended and instruction received for the course above.",
                "Attendance by class day, as entered by the instructor.",
            ]
        ),
        "rows_html": "\n  ".join(rows),
        "total_label": "Total instruction hours",
        "total": fmt_number(credit, d.rng, decimals_ok=False),
        "exam": d.pick(["Passed", "Passed – written", "Not required"]),
        "date_label": d.pick(["Date completed", "Completion date", "Course completed"]),
        "date": d.date(style),
        "credit_label": d.pick(["Credit awarded", "CECs awarded", "Continuing education"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title"])),
        "registrar": d.person(),
        "lead_role": d.pick(["Lead Instructor", "Instructor", "IICRC Approved Instructor"]),
        "issued_label": d.pick(["Issued", "Date of issue:", "Printed"]),
        "issued": d.other_date("issue", style),
        "record_no": d.number("Record "),
        "foot": d.pick(
            [
                "Not valid without the registrar's signature.",
                "Printed from the student records system. Retain for your files.",
            ]
        ),
    }
