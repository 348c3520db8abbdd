"""One participant's attendance sheet for a class of two or three days, as
training centres keep it: the school's name and address (one line) over
a rule, a labelled block (participant, course, course dates, location,
instructor, hours credited), then a grid with one row per class day (its
date in the first column) and a morning and an afternoon cell the
participant initials by hand, the instructor's initials in the last
column. Under it the instructor's certification with a signature and the
date it was signed, and a footer with the date the sheet was printed
(labelled, or a bare timestamp beside the page number)."""

SOURCE = (
    "French-style individual 'feuille d'émargement' templates published with training "
    "management apps (a row per training date, one signature cell per morning and afternoon "
    "period, the trainer's signature; e.g. AttendanceSheetTemplate components with "
    "SignedCell {date, period: 'morning' | 'afternoon'}), with the CE attendance-record "
    "wording US licensing boards ask sponsors to keep"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "record",
    "labelled",
    "portrait",
    "date-range",
    "distractor-date",
    "distractor-person",
    "handwriting",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:48px 58px 40px; font: 13px ${sans}; color:#1a1a1a }
.hd { border-bottom:2.5px solid ${dark}; padding-bottom:8px }
.hd .o { font: bold 20px ${sans}; color:${dark} } .hd .a { font-size:11px; color:#444; margin-top:4px }
h1 { font: bold 17px ${sans}; text-transform:uppercase; letter-spacing:1.5px; margin:22px 0 4px }
.sub { font-size:11.5px; color:#555; margin-bottom:16px }
.info { display:grid; grid-template-columns:1fr 1fr; border:1px solid #777 }
.info div { padding:6px 9px; border-bottom:1px solid #bbb; border-right:1px solid #bbb; min-height:40px }
.info div.wide { grid-column:1 / span 2; border-right:none }
.info small { display:block; font-size:9.5px; text-transform:uppercase; letter-spacing:0.8px; color:#666; margin-bottom:2px }
.info b { font-size:14px }
table { width:100%; border-collapse:collapse; margin-top:22px; font-size:12.5px }
th { background:${light}; border:1px solid #555; padding:6px 5px; font-size:11px; text-align:center }
th small { display:block; font-weight:normal; color:#555; font-size:10px }
td { border:1px solid #555; height:50px; padding:4px 8px; text-align:center; vertical-align:middle }
td.n { width:52px; color:#444 } td.d { text-align:left; font-weight:bold; white-space:nowrap }
td .h { font: 24px ${hand}; color:#1b2f7a } td .h2 { font: 20px ${hand}; color:#333 }
.note { font-size:10.5px; color:#555; margin-top:6px }
.cert { margin-top:26px; font-size:12.5px; line-height:18px }
.sig { display:flex; gap:46px; margin-top:46px; font-size:11px; color:#333 }
.sig div { flex:1; border-top:1px solid #222; padding-top:3px; position:relative }
.sig .h { position:absolute; left:8px; top:-34px; font: 28px ${hand}; color:#1b2f7a; white-space:nowrap }
.sig .t { position:absolute; left:6px; top:-22px; font: 14px ${sans}; color:#111; white-space:nowrap }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font-size:9.5px; color:#666; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="w">
 <div class="hd"><div class="o">${org}</div><div class="a">${street} · ${town} · ${phone}</div></div>
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <div class="info">
  <div class="wide"><small>${name_label}</small><b>${name}</b></div>
  <div class="wide"><small>${course_label}</small><b>${title}</b></div>
  <div><small>${dates_label}</small><b>${dates}</b></div>
  <div><small>Location</small><b>${location}</b></div>
  <div><small>Instructor</small><b>${instructor}</b></div>
  <div><small>${hours_label}</small><b>${hours}</b></div>
 </div>
 <table>
  <tr><th>Day</th><th>${date_col}</th><th>${am}<small>${am_time}</small></th><th>${pm}<small>${pm_time}</small></th><th>${init_col}</th></tr>
  ${rows_html}
 </table>
 <div class="note">${note}</div>
 <div class="cert">${cert}</div>
 <div class="sig"><div><span class="h">${instructor}</span>${sig_label}</div><div><span class="t">${signed}</span>${signed_label}</div></div>
 <div class="ft"><span>${footer_left}</span><span>${footer_right}</span></div>
</div>
"""

LOCATIONS = [
    "Training Center, Room 2",
    "Classroom B and drying lab",
    "Main training facility",
    "Hands-on lab, Bay 4",
    "Branch office classroom",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    days = 3 if d.credit >= 19 else 2
    first = d.completed - timedelta(days=days - 1)
    day_style = d.pick(["weekday", "us_numeric", "short_month", "long", "dd_mon_yyyy"])
    name = d.name(d.pick(["plain", "plain", "last_first", "upper"]))
    initials = f"{d.first[0]}.{d.last[0]}."
    me = d.person()
    me_initials = "".join(p[0] for p in me.split() if p[0].isalpha())
    half = d.credit < 5
    rows = []
    for i in range(days):
        day = fmt_date(first + timedelta(days=i), day_style)
        am = f'<span class="h">{initials}</span>'
        pm = f'<span class="h">{initials}</span>' if not half else "—"
        rows.append(
            f'<tr><td class="n">{i + 1}</td><td class="d">{day}</td><td>{am}</td><td>{pm}</td>'
            f'<td><span class="h2">{me_initials}</span></td></tr>'
        )
    street, town = d.address()
    sign_style = d.pick(["us_numeric", "long", "short_month"])
    printed = d.other_date("print", d.pick(["us_numeric", "iso", "us_short"]))
    clock = f"{r.randrange(7, 18)}:{r.randrange(0, 60):02d}"
    footer = d.pick(["labelled", "bare", "bare"])
    if footer == "labelled":
        left = f"{d.pick(['Printed', 'Printed on', 'Generated', 'Report run'])}: {printed}"
    else:
        left = f"{printed} {clock}"
    return {
        "org": d.provider(),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "heading": d.pick(
            [
                "Individual Attendance Sheet",
                "Participant Sign-In Record",
                "Daily Attendance Record",
                "Attendance Sheet",
            ]
        ),
        "sub": d.pick(
            [
                "The participant initials each half-day on arrival. Keep with the course file.",
                "One sheet per participant. Initial each session you attend.",
                "Record of attendance for continuing education credit.",
            ]
        ),
        "name_label": d.pick(["Participant", "Student name", "Attendee"]),
        "name": name,
        "course_label": d.pick(["Course", "Course title", "Training"]),
        "title": d.title(d.pick(["plain", "plain", "code_first", "with_code"])),
        "dates_label": d.pick(["Course dates", "Dates of training", "Class dates"]),
        "dates": d.date_range(days - 1),
        "location": d.pick(LOCATIONS),
        "instructor": me,
        "hours_label": d.pick(["Hours credited", "CEC hours", "Credit hours"]),
        "hours": d.hours(d.pick(["hours_title", "cec_hours", "cecs", "hrs"])),
        "date_col": d.pick(["Date", "Class day", "Date of session"]),
        "am": d.pick(["Morning", "A.M. session"]),
        "am_time": d.pick(["8:00 – 12:00", "8:30 – 12:00", "7:30 – 11:30"]),
        "pm": d.pick(["Afternoon", "P.M. session"]),
        "pm_time": d.pick(["1:00 – 5:00", "12:30 – 4:30", "1:00 – 4:30"]),
        "init_col": d.pick(["Instructor initials", "Verified by"]),
        "rows_html": "".join(rows),
        "note": d.pick(
            [
                "A dash marks a period with no session scheduled.",
                "Late arrival or early departure is noted in the cell.",
                "Credit is given only for periods initialled by the participant.",
            ]
        ),
        "cert": d.pick(
            [
                "I certify that the participant named above attended the periods initialled "
                "and completed the course on its last day.",
                "The instructor confirms the attendance recorded on this sheet against the "
                "class roster; hours are credited for full attendance only.",
            ]
        ),
        "sig_label": d.pick(["Instructor signature", "Signature of instructor"]),
        "signed": d.other_date("issue", sign_style),
        "signed_label": d.pick(["Date", "Date signed", "Signed on"]),
        "footer_left": left,
        "footer_right": d.pick(["Page 1 of 1", f"Form AT-{r.randrange(10, 40)} · Page 1 of 1"]),
    }
