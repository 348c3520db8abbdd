"""A continuing-education transcript from a school's registrar, portrait, laid
out like a school transcript: a centred header with a round logo, the
school's name, one line of address, phone and web, and the document title;
a "Student information" section of bold labels (name, student ID, date of
birth, address); a "Continuing education record" section with a term
heading and a ruled table of one course (code, title, dates as a span,
contact hours, CEUs at one per ten hours, grade), totals under it, a grade
key; and at the foot an embossed seal on the left, the registrar's
signature and the date issued on the right, and a line of small print."""

from urllib.parse import quote

SOURCE = "mwikah/schooltemplatesmain:resources/views/transcriptchatgpt.blade.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "address",
    "date-range",
    "distractor-date",
    "distractor-person",
    "seal",
    "tiny-footer",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${page_bg} }
.box { position:absolute; inset:${inset}px; background:#fff; border:1px solid #d4d4d4; box-shadow:0 0 8px rgba(0,0,0,.08) }
.w { position:absolute; inset:${pad}px; font: 14px ${face}; color:#222 }
.hd { text-align:center }
.lg { width:70px; height:70px; margin:0 auto; border-radius:50%; background:${dark}; color:#fff; font: bold 22px ${head};
  display:flex; align-items:center; justify-content:center; border:3px solid ${light}; box-shadow:0 0 0 2px ${dark} }
.hd h1 { font: bold 23px ${head}; margin:10px 0 4px }
.hd .ad { font-size:12.5px; color:#555 }
.hd h2 { font: bold 17px ${head}; margin:12px 0 0; text-transform:${h2case}; letter-spacing:.5px; color:${dark} }
.sec h3 { font: bold 16px ${head}; border-bottom:2px solid #555; padding-bottom:4px; margin:24px 0 8px }
.sec p { margin:5px 0; font-size:14px }
.term { font: bold 14px ${head}; margin:10px 0 6px; color:#333 }
table { width:100%; border-collapse:collapse; font-size:13px }
th, td { border:1px solid #d0d0d0; padding:8px 8px; text-align:left; vertical-align:top }
th { background:#f2f2f2; font-size:12px }
td.n, th.n { text-align:right; white-space:nowrap }
.tot { margin-top:10px; font-size:13.5px } .tot span { margin-right:28px }
.key { font-size:11px; color:#666; margin-top:6px }
.end { text-align:center; font-size:12px; letter-spacing:2px; color:#444; margin-top:26px }
.ft { position:absolute; left:0; right:0; bottom:34px; display:flex; justify-content:space-between; align-items:flex-end }
.seal { width:118px; height:118px }
.sig { text-align:right; font-size:13.5px; line-height:20px }
.sig .h { font: 26px ${hand}; color:#1d2b6b; height:32px; white-space:nowrap }
.sig .ln { display:inline-block; border-top:1px solid #333; width:250px; padding-top:2px; font-style:italic }
.fine { position:absolute; left:0; right:0; bottom:0; font-size:9.5px; color:#666; text-align:center; line-height:13px }
</style>
<div class="bg"></div><div class="box"></div>
<div class="w">
 <div class="hd">
  <div class="lg">${initials}</div>
  <h1>${org}</h1>
  <div class="ad">${street}, ${town} | Phone: ${phone} | ${web}</div>
  <h2>${doc_title}</h2>
 </div>
 <div class="sec">
  <h3>Student Information</h3>
  <p><b>Name:</b> ${name}</p>
  <p><b>${id_label}:</b> ${student_id}</p>
  <p><b>Date of Birth:</b> ${dob}</p>
  <p><b>${employer_label}:</b> ${employer}</p>
 </div>
 <div class="sec">
  <h3>${record_head}</h3>
  <div class="term">${term}</div>
  <table>
   <tr><th style="width:13%">Course Code</th><th>Course Title</th><th style="width:22%">Dates</th>
    <th class="n" style="width:11%">${hours_head}</th><th class="n" style="width:8%">CEUs</th><th style="width:8%">Grade</th></tr>
   <tr><td>${course_code}</td><td>${title}</td><td>${dates}</td><td class="n">${hours}</td><td class="n">${ceus}</td><td>${grade}</td></tr>
  </table>
  <div class="tot"><span><b>Total CEUs Earned:</b> ${ceus}</span><span><b>${total_hours_label}:</b> ${hours_again}</span></div>
  <div class="key">${key}</div>
 </div>
 <div class="sec">
  <h3>Notes</h3>
  <p>${note}</p>
  <div class="end">${end}</div>
 </div>
 <div class="ft">
  <div class="seal">${seal_html}</div>
  <div class="sig"><div class="h">${registrar}</div><span class="ln">Registrar's Signature</span><br>${registrar}<br>Date Issued: ${issued}</div>
 </div>
 <div class="fine">${fine}</div>
</div>
"""
EMPLOYERS = [
    "ServiceMaster Restore of Tacoma",
    "Dry-Rite Restoration LLC",
    "Bluewater Carpet & Upholstery Care",
    "Phoenix Fire & Water Recovery",
    "Allied Indoor Air Services",
    "Self-employed",
]


def _seal(d, initials: str) -> str:
    ring = d.pick(["OFFICE OF THE REGISTRAR", "CONTINUING EDUCATION", "OFFICIAL SEAL"])
    ring = f"{ring} • {initials} • "
    size = min(13.0, (272 / len(ring) - 1) / 0.62)
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="118" height="118">'
        '<defs><path id="sr" d="M60,60 m-44,0 a44,44 0 1,1 88,0 a44,44 0 1,1 -88,0"/></defs>'
        '<g fill="none" stroke="#8a8a8a" stroke-opacity="0.55">'
        '<circle cx="60" cy="60" r="57" stroke-width="2.5"/><circle cx="60" cy="60" r="53" stroke-width="1"/>'
        '<circle cx="60" cy="60" r="33" stroke-width="1.2"/></g>'
        f'<text font-family="serif" font-size="{size:.1f}" letter-spacing="1" fill="#8a8a8a" fill-opacity="0.6">'
        f'<textPath href="#sr">{ring}</textPath></text>'
        '<text x="60" y="66" text-anchor="middle" font-family="serif" font-size="17" font-weight="bold" '
        f'fill="#8a8a8a" fill-opacity="0.6">{initials}</text></svg>'
    )
    # the embossed seal is artwork on the page, not typeset text
    return f'<img src="data:image/svg+xml;utf8,{quote(svg)}" width="118" height="118" alt="">'


def fill(d):
    r = d.rng
    org = d.provider()
    street, town = d.address()
    words = [w for w in org.replace(",", "").replace("&", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words[:3])
    year = d.completed.year
    season = ["Winter", "Spring", "Summer", "Fall"][(d.completed.month % 12) // 3]
    ceus = (
        f"{d.credit / 10:.2f}".rstrip("0").rstrip(".") if d.credit % 10 else f"{d.credit / 10:.1f}"
    )
    dob_year = r.randrange(1962, 2001)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    dob = d.pick(
        [
            f"{r.randrange(1, 13):02d}/{r.randrange(1, 29):02d}/{dob_year}",
            f"{d.pick(months)} {r.randrange(1, 29)}, {dob_year}",
        ]
    )
    hours = d.hours_number()
    if d.chance(0.5):
        note = (
            f"This course was approved for continuing education credit under approval no. "
            f"{d.approval()}. Attendance was verified by sign-in and sign-out."
        )
    else:
        note = d.pick(
            [
                "Attendance was verified by sign-in and sign-out. Partial attendance is not credited.",
                "CEUs are awarded for full attendance and a passing result on the course assessment.",
            ]
        )
    return {
        "page_bg": d.pick(["#f4f4f4", "#ffffff", "#efefef"]),
        "inset": d.pick([18, 24]),
        "pad": d.pick([54, 60]),
        "face": d.fonts[d.pick(["sans", "serif"])],
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "hand": d.fonts["hand"].replace(", cursive", ", 'Z003', 'Dancing Script', cursive"),
        "h2case": d.pick(["none", "uppercase"]),
        "initials": initials,
        "org": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "doc_title": d.pick(
            [
                "Official Continuing Education Transcript",
                "Continuing Education Unit (CEU) Transcript",
                "Transcript of Continuing Education",
            ]
        ),
        "name": d.name(d.pick(["plain", "plain", "last_first", "upper"])),
        "id_label": d.pick(["Student ID", "Learner ID", "Record No."]),
        "student_id": d.pick(
            [f"{r.randrange(100000, 999999)}", f"CE{year % 100:02d}-{r.randrange(1000, 9999)}"]
        ),
        "dob": dob,
        "employer_label": d.pick(["Employer", "Company"]),
        "employer": d.pick(EMPLOYERS),
        "record_head": d.pick(
            ["Continuing Education Record", "Course Record", "Academic Information"]
        ),
        "term": f"{season} Term {year}" if d.chance(0.6) else f"Non-credit courses — {year}",
        "course_code": f"{d.code or 'CE'}-{r.randrange(100, 299)}",
        "title": d.title("plain"),
        "dates": d.date_range(d.pick([1, 2, 2, 3])),
        "hours_head": d.pick(["Contact Hours", "Clock Hours", "Hours"]),
        "hours": hours,
        "hours_again": hours,
        "ceus": ceus,
        "grade": d.pick(["S", "P", "CR"]),
        "total_hours_label": d.pick(["Total Contact Hours", "Total Clock Hours"]),
        "key": "Grades: S = Satisfactory, P = Pass, CR = Credit, U = Unsatisfactory, W = Withdrawn. "
        "One CEU equals ten contact hours of participation in an organized continuing education "
        "experience under qualified instruction.",
        "note": note,
        "end": d.pick(
            ["*** END OF TRANSCRIPT ***", "— End of record —", "*** NO ENTRIES BELOW THIS LINE ***"]
        ),
        "seal_html": _seal(d, initials),
        "registrar": d.person(),
        "issued": d.other_date("print", d.pick(["long", "us_numeric", "short_month"])),
        "fine": d.pick(
            [
                "This transcript is official only when it bears the registrar's signature and the embossed "
                "seal. Released at the student's request.",
                "Continuing education units are non-credit and do not apply toward a degree. Issued to the "
                "student; not valid if altered.",
            ]
        ),
    }
