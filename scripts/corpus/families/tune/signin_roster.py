"""A class sign-in roster, not a certificate: the school's name, the class,
its dates, the instructor and the room in a header block, then a ruled
table of numbered rows where each attendee printed their name, company and
certification number and signed in and out by hand. It names many people
and a course; it records no one person's completion."""

SOURCE = (
    "ArpitaCha/other_diploma:resources/views/hsvoc/attendance.blade.php (attendance sheet) and "
    "https://peps.ohio.gov/IndividualLicensing/ContinuingEd/AttendanceDocumentation.aspx "
    "(log-in sheet contents)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("other", "table", "landscape", "handwriting", "distractor-person", "date-range")

TEMPLATE = """<style>
.w { position:absolute; inset:34px 40px; font: 12px ${sans}; color:#111 }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #000; padding-bottom:6px }
.top .o { font: bold 18px ${display} } .top .h { font: bold 15px ${sans}; letter-spacing:1px }
.meta { display:grid; grid-template-columns: 1.6fr 1fr 1fr; gap:4px 18px; margin:8px 0 10px; font-size:12px }
.meta span { color:#555 }
table { width:100%; border-collapse:collapse } th { background:#e6e6e6; font-size:10.5px; border:1px solid #555; padding:4px }
td { border:1px solid #555; height:27px; padding:0 6px; font: 17px ${hand}; color:#1b2a6b; white-space:nowrap; overflow:hidden }
td.n { font: 11px ${sans}; color:#111; width:26px; text-align:center }
.ft { margin-top:8px; font-size:10px; color:#333; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top"><div class="o">${school}</div><div class="h">${heading}</div></div>
 <div class="meta">
  <div><span>Class:</span> <b>${course}</b></div><div><span>Dates:</span> ${dates}</div><div><span>Room:</span> ${room}</div>
  <div><span>Instructor:</span> ${instructor}</div><div><span>Course ID:</span> ${course_id}</div><div><span>${credit_label}</span> ${credit}</div>
 </div>
 <table><tr><th>#</th><th style="width:25%">Print Name</th><th style="width:22%">Company</th><th style="width:14%">Cert. / Reg. #</th><th>Signature In</th><th>Signature Out</th></tr>
 ${rows_html}</table>
 <div class="ft"><span>${footer}</span><span>Page ${page} of ${pages}</span></div>
</div>
"""


def fill(d):
    from corpus.values import CE_COURSES, IICRC_COURSES, SCHOOLS

    companies = [
        "Rapid Dry Restoration",
        "Blue Line Cleaning",
        "ServiceMaster by Kent",
        "Apex Water & Fire",
        "Self",
        "Hometown Carpet Care",
        "Allied Restoration Svcs",
        "Prime Mitigation LLC",
    ]
    rows = []
    count = d.pick([14, 15, 16])
    for i in range(count):
        who = d.person()
        sig = who.split()[0][0] + ". " + who.split()[-1]
        filled = i < count - d.pick([1, 2, 4])
        if filled:
            cells = [
                who,
                d.pick(companies),
                str(d.rng.randrange(10000, 999999)),
                sig,
                sig if d.chance(0.85) else "",
            ]
        else:
            cells = ["", "", "", "", ""]
        rows.append(
            f'<tr><td class="n">{i + 1}</td>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
        )
    course, _ = d.pick(IICRC_COURSES) if d.chance(0.6) else (d.pick(CE_COURSES), None)
    school, _ = d.pick(SCHOOLS)
    return {
        "hand": d.fonts["hand"],
        "school": school,
        "heading": d.pick(["CLASS SIGN-IN SHEET", "ATTENDANCE ROSTER", "DAILY SIGN-IN"]),
        "course": course,
        "dates": d.date_range(d.pick([1, 2])),
        "room": d.pick(["Training Room A", "Warehouse Classroom", "Suite 200", "Lab 2"]),
        "instructor": d.person(),
        "course_id": d.number(),
        "credit_label": d.pick(["CECs:", "Hours:"]),
        "credit": d.pick(["14", "7", "19", "21", "3.5"]),
        "footer": d.pick(
            [
                "Sign in each morning and out each afternoon. Partial attendance is not credited.",
                "Roster to be returned to the office at the end of the class.",
            ]
        ),
        "page": 1,
        "pages": d.pick([1, 2, 3]),
        "rows_html": "".join(rows),
    }
