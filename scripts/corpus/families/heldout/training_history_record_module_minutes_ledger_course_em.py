"""A school's training history record for one student and one course,
printed from its records system, portrait. A narrow grey header strip holds
the record type on the left and the print date and page on the right; under
it the school's name and address, then two columns of labelled fields about
the student (name, student ID, employer, home city) and about the enrolment
(course, course code, delivered by, instructor, completion date, status).
A ledger table lists the course's modules with their number, the module
title, the delivery mode, the minutes of each and the date it was signed
off; a total row gives the minutes, and a result strip under the table gives
the credit hours awarded for the course and the final-exam score. A short
statement and the records officer's name close the page, with a
record-control number in small print at the foot."""

SOURCE = (
    "PactoSigna/Sample.QMS.ISO13485:docs/templates/TMPL-002-training-log.md (employee "
    "information fields over dated training rows with method and trainer) and "
    "IfNoise/GACP-ERP:docs/reports/TrainingReport_Template.md (training records: course, exam, "
    "completion date, score, status)"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:36px 44px 34px; font: 12px ${sans}; color:#1d1d1d }
.strip { background:#e6e6e6; display:flex; justify-content:space-between; padding:5px 10px; font: bold 11px ${sans}; letter-spacing:1.2px; text-transform:uppercase; color:#333 }
.strip span { font-weight:normal; letter-spacing:0; text-transform:none }
.org { margin:14px 0 12px; display:flex; justify-content:space-between; align-items:flex-end; border-bottom:1px solid #999; padding-bottom:8px }
.org b { font: bold 18px ${head}; color:${dark} } .org span { font-size:10.5px; color:#555; text-align:right; line-height:14px }
.cols { display:flex; gap:26px }
.cols > div { flex:1 } .cols > div + div { flex:1.45 }
.cols h3 { margin:0 0 6px; font: bold 10.5px ${sans}; text-transform:uppercase; letter-spacing:1px; color:${dark}; border-bottom:2px solid ${dark}; padding-bottom:2px }
.f { display:flex; padding:3px 0 } .f i { font-style:normal; width:96px; color:#555; font-size:11px; padding-top:1px } .f b { flex:1; font-weight:600 }
table { width:100%; border-collapse:collapse; margin-top:18px; font-size:11.5px }
th { text-align:left; font-size:10px; text-transform:uppercase; letter-spacing:.5px; border-top:1.5px solid #222; border-bottom:1px solid #222; padding:5px 6px }
td { padding:5px 6px; border-bottom:1px solid #ddd } td.n, th.n { text-align:right }
tr.tot td { border-top:1.5px solid #222; border-bottom:1.5px solid #222; font-weight:bold }
.res { margin-top:12px; display:flex; gap:0; border:1px solid #999 }
.res div { flex:1; padding:7px 10px; border-right:1px solid #999 } .res div:last-child { border-right:none }
.res small { display:block; font-size:9.5px; text-transform:uppercase; letter-spacing:.6px; color:#666 } .res b { font-size:15px }
.st { margin-top:16px; font-size:11.5px; line-height:16px; color:#333 }
.ro { margin-top:20px; font-size:11.5px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="strip">${record_head}<span>${printed_label} ${printed} · Page 1 of 1</span></div>
 <div class="org"><b>${school}</b><span>${street}<br>${town} · ${phone}</span></div>
 <div class="cols">
  <div><h3>${h_student}</h3>
   <div class="f"><i>Name</i><b>${name}</b></div>
   <div class="f"><i>Student ID</i><b>${student_id}</b></div>
   <div class="f"><i>Employer</i><b>${employer}</b></div>
   <div class="f"><i>City</i><b>${city}</b></div>
  </div>
  <div><h3>${h_course}</h3>
   <div class="f"><i>${k_title}</i><b>${title}</b></div>
   <div class="f"><i>Delivered by</i><b>${provider}</b></div>
   <div class="f"><i>Instructor</i><b>${instructor}</b></div>
   <div class="f"><i>${k_date}</i><b>${date}</b></div>
   <div class="f"><i>Status</i><b>${status}</b></div>
  </div>
 </div>
 <table>
  <tr><th>#</th><th>Module</th><th>Mode</th><th class="n">Minutes</th><th>Signed off</th></tr>
  ${rows_html}
  <tr class="tot"><td></td><td>${total_label}</td><td></td><td class="n">${total_min}</td><td></td></tr>
 </table>
 <div class="res">
  <div><small>${k_hours}</small><b>${hours}</b></div>
  <div><small>Final exam</small><b>${score}</b></div>
  <div><small>Attempts</small><b>${attempts}</b></div>
 </div>
 <div class="st">${statement}</div>
 <div class="ro">${officer}<br>${officer_role}</div>
 <div class="ft"><span>${control}</span><span>${confidential}</span></div>
</div>
"""

MODULES = [
    "Principles of water migration",
    "Classes and categories of water",
    "Moisture detection and mapping",
    "Psychrometry basics",
    "Equipment placement",
    "Antimicrobials and safety",
    "Documentation and monitoring",
    "Containment set-up",
    "Structural materials",
    "Customer communication",
    "Odor sources and removal",
    "Hands-on lab",
    "Review and exam preparation",
    "Contents handling",
]
EMPLOYERS = [
    "Rapid Response Restoration",
    "Kingsbury Cleaning Co.",
    "Dry Creek Disaster Services",
    "Peak Performance Restoration",
    "self-employed",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F

    e = html.escape
    r = d.rng
    street, town = d.address()
    units = int(round(d.credit * 4))  # quarter hours
    n = min(d.pick([4, 5, 6, 7]), units)
    cuts = sorted(r.sample(range(1, units), n - 1)) if n > 1 else []
    sizes = [b - a for a, b in zip([0, *cuts], [*cuts, units], strict=True)]
    mods = r.sample(MODULES, n)
    style = d.pick(["us_numeric", "us_short", "iso", "dd_mon_yyyy"])
    mode = d.pick(["Classroom", "Online", "Lab"])
    days_back = sorted((r.randint(0, 3) for _ in range(n)), reverse=True)
    rows = []
    for i, (m, q, back) in enumerate(zip(mods, sizes, days_back, strict=True), 1):
        md = mode if d.chance(0.7) else d.pick(["Classroom", "Online", "Lab"])
        rows.append(
            f'<tr><td>{i}</td><td>{e(m)}</td><td>{md}</td><td class="n">{q * 15}</td>'
            f"<td>{e(F.fmt_date(d.completed - timedelta(days=back), style))}</td></tr>"
        )
    return {
        "head": d.fonts[d.pick(["serif", "display", "sans"])],
        "record_head": d.pick(
            ["Training history record", "Student training record", "Course record"]
        ),
        "printed_label": d.pick(["Printed", "Run date"]),
        "printed": d.other_date("print", "us_numeric"),
        "school": d.provider(),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "h_student": d.pick(["Student", "Learner"]),
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "student_id": d.pick(["S", "ST-", ""]) + str(r.randrange(100000, 999999)),
        "employer": d.pick(EMPLOYERS),
        "city": d.city(),
        "h_course": d.pick(["Enrolment", "Course"]),
        "k_title": d.pick(["Course", "Title"]),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "provider": d.provider(),
        "instructor": d.person(),
        "k_date": d.pick(["Completed", "Completion date", "Date completed"]),
        "date": d.date(d.pick(["long", "us_numeric", "short_month", "iso"])),
        "status": d.pick(["Complete", "Completed – passed", "Closed / complete"]),
        "rows_html": "".join(rows),
        "total_label": d.pick(["Total minutes", "Total instruction"]),
        "total_min": str(units * 15),
        "k_hours": d.pick(["CEC hours awarded", "Credit hours", "IICRC CECs"]),
        "hours": d.hours_number(),
        "score": f"{r.randint(74, 99)}%",
        "attempts": d.pick(["1", "1", "2"]),
        "statement": d.pick(
            [
                "This record is a true copy of the student's training history for the course "
                "shown, as held in the school's records system on the date printed.",
                "Unofficial copy printed for the student. Minutes are instruction time "
                "logged per module; credit hours are awarded for the course as a whole.",
            ]
        ),
        "officer": d.person(),
        "officer_role": d.pick(["Records Officer", "Registrar", "Student Records"]),
        "control": f"Record control no. {d.number()}",
        "confidential": d.pick(["Confidential student record", "Retain for 5 years", ""]),
    }
