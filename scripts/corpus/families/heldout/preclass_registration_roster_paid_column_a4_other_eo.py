"""Not a certificate: a school's class roster printed before the class
starts, as the registrar hands it to the instructor. A centred logo block
holding the school's name, a room-number box, a labelled strip with the
course, its code, the class dates, the venue and the instructor; a table of
enrolled students with company, registration date, payment status and
whether the manual was shipped; counts of seats, enrolled and waiting; and
a small footer saying the roster is not a record of attendance or
completion. It names many people, dates and a course; no one has completed
anything."""

SOURCE = (
    "vighnesh48/onlineumserp:application/views/Phd_examination/attended_sheet.php (centred "
    "logo and name, room number box, bordered table of candidates) and b1019854/register:"
    "grails-app/views/classes/sheetHome.gsp (class code heading, student number / name / "
    "timestamp rows)"
)
KIND = "other"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "other",
    "table",
    "portrait",
    "labelled",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:40px 44px 34px; font: 11.5px ${sans}; color:#151515 }
.top { position:relative; text-align:center }
.em { width:54px; height:54px; margin:0 auto 4px; border-radius:50%; border:3px double ${dark}; color:${dark}; font: bold 18px ${display}; display:flex; align-items:center; justify-content:center }
.sn { font: bold 20px ${display}; color:${dark} } .sa { font-size:10.5px; color:#555 }
.rm { position:absolute; right:0; top:10px; border:1.5px solid #222; padding:5px 9px; font-size:11px; text-align:center } .rm b { display:block; font-size:16px }
h1 { font: bold 15px ${sans}; letter-spacing:2px; text-transform:uppercase; text-align:center; margin:10px 0 2px }
.pr { text-align:center; font-size:10.5px; color:#555 }
.cl { display:grid; grid-template-columns: 1fr 1fr; gap:3px 20px; margin:12px 0 10px; border-top:1px solid #999; border-bottom:1px solid #999; padding:7px 0 }
.cl span { color:#555; display:inline-block; width:84px }
table { width:100%; border-collapse:collapse }
th { border:1px solid #333; background:${light}; font: bold 10px ${sans}; text-transform:uppercase; padding:4px; text-align:left }
td { border:1px solid #666; padding:5px 4px; font-size:11.5px; height:32px }
td.c { text-align:center }
.sm { margin-top:10px; display:flex; gap:28px; font-size:11.5px } .sm b { font-size:13px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top">
  <div class="em">${mark}</div><div class="sn">${school}</div><div class="sa">${street} · ${town}</div>
  <div class="rm">Room<b>${room}</b></div>
 </div>
 <h1>${heading}</h1>
 <div class="pr">${printed}</div>
 <div class="cl">
  <div><span>Course</span>${course}</div><div><span>Course code</span>${code}</div>
  <div><span>Class dates</span>${dates}</div><div><span>Class no.</span>${class_no}</div>
  <div><span>Location</span>${venue}</div><div><span>Instructor</span>${instructor}</div>
 </div>
 <table>
  <tr><th>#</th><th>Student</th><th>Company</th><th>Registered</th><th>Payment</th><th>Manual</th><th>Notes</th></tr>
  ${rows_html}
 </table>
 <div class="sm"><div>Seats: <b>${seats}</b></div><div>Enrolled: <b>${enrolled}</b></div><div>Wait list: <b>${waiting}</b></div><div>${coord}</div></div>
 <div class="ft"><span>${foot}</span><span>${page}</span></div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration",
    "Apex Water & Fire",
    "Hometown Carpet Care",
    "Prime Mitigation Group",
    "Allied Property Restoration",
    "Blue Line Cleaning Co.",
    "Cornerstone Disaster Recovery",
    "Self",
]
PAY = ["Paid", "Paid", "Paid — card", "Deposit", "PO pending", "Invoiced", "Comp seat"]
NOTES = ["", "", "", "", "Vegetarian lunch", "Needs exam voucher", "Transfer from prior class"]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    school, short = d.pick(V.SCHOOLS)
    short = short or school
    mark = "".join(w[0] for w in short.replace("&", "").split() if w[0].isupper())[:3]
    course, code = d.pick(V.IICRC_COURSES)
    start = d.completed + timedelta(days=r.randrange(7, 40))
    days = d.pick([2, 3])
    end = start + timedelta(days=days - 1)
    style = d.pick(["us_numeric", "us_short", "short_month"])
    n = r.randrange(11, 18)
    rows = []
    for i in range(n):
        reg = start - timedelta(days=r.randrange(3, 70))
        who = d.person()
        if d.chance(0.35):
            parts = who.split()
            who = f"{parts[-1]}, {' '.join(parts[:-1])}"
        rows.append(
            f'<tr><td class="c">{i + 1}</td><td>{who}</td><td>{d.pick(COMPANIES)}</td>'
            f"<td>{fmt_date(reg, style)}</td><td>{d.pick(PAY)}</td>"
            f'<td class="c">{d.pick(["Y", "Y", "N", "Shipped"])}</td><td>{d.pick(NOTES)}</td></tr>'
        )
    seats = d.pick([16, 18, 20, 24])
    street, town = d.address()
    printed = start - timedelta(days=r.randrange(1, 6))
    return {
        "mark": mark,
        "school": school,
        "street": street,
        "town": town,
        "room": d.pick(["A", "B", "104", "2", "Lab"]),
        "heading": d.pick(["Class roster", "Pre-registration roster", "Enrollment list"]),
        "printed": f"Printed {fmt_date(printed, d.pick(['weekday', 'long']))} at "
        f"{r.randrange(8, 17)}:{r.randrange(0, 60):02d}",
        "course": course,
        "code": code,
        "dates": fmt_range(start, end, r),
        "class_no": f"{code}-{start.year % 100}{r.randrange(100, 999)}",
        "venue": d.venue() if d.chance(0.4) else f"Training center, {d.city()}",
        "instructor": d.person(),
        "rows_html": "".join(rows),
        "seats": seats,
        "enrolled": n,
        "waiting": d.pick([0, 0, 1, 2, 3]),
        "coord": f"Coordinator: {d.person()}",
        "foot": d.pick(
            [
                "This roster lists registrations only. It is not a record of attendance or "
                "course completion.",
                "Confidential — for instructor use. Attendance is taken on the daily sign-in "
                "sheet.",
            ]
        ),
        "page": "Page 1 of 1",
    }
