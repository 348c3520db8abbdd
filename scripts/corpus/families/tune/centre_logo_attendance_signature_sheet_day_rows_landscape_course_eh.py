"""A signed attendance verification form for one student of a multi-day
class, sideways on the page, in the manner of an attendance-cum-signature
sheet: a round logo centred at the top with the school's initials, the
printed date at the right, the school's name in wide bold capitals and a
small caption under it, a details table (student, certification ID,
company, course, class dates as a span, location), then the attendance
table: one row per class day with its date, time in, time out, hours that
day, the student's signature and the instructor's initials; a credited
total under it; and at the foot two captioned signature lines over which
the instructor and the school's director have signed."""

SOURCE = (
    "ArpitaCha/other_diploma:resources/views/hsvoc/attendance.blade.php (centred logo, date at "
    "right, two-line centred heading, details table, SL. NO. / particulars / signature table, "
    "two underlined signature captions at the foot)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "table",
    "labelled",
    "landscape",
    "date-range",
    "distractor-person",
    "distractor-date",
    "handwriting",
    "provider-in-logo",
)

TEMPLATE = """<style>
.w { position:absolute; inset:26px 48px 26px; font: 13px ${sans}; color:#111 }
.lg { width:58px; height:58px; margin:0 auto; border-radius:50%; border:2px solid ${dark}; color:${dark}; display:flex; align-items:center; justify-content:center; font: bold 17px ${serif} }
.pd { position:absolute; right:0; top:36px; font-size:12.5px }
.nm { text-align:center; margin-top:6px; font: bold 17px ${sans}; letter-spacing:${ls}px; text-transform:uppercase; font-stretch:expanded }
.cp { text-align:center; font: 10.5px ${sans}; margin-top:2px; color:#222 }
table { border-collapse:collapse; width:100% }
.dt { margin-top:14px } .dt td { padding:3px 6px; font-size:13px } .dt td.k { font-weight:bold; white-space:nowrap; width:1% }
.at { margin-top:12px } .at th, .at td { border:1px solid #222; padding:4px 7px; font-size:12.5px; text-align:left }
.at th { background:#eee; font-size:11.5px } .at td { height:46px }
.at td.s { font: 22px ${hand}; color:#1b2b6b; white-space:nowrap } .at td.c { text-align:center }
.tot { margin-top:8px; text-align:right; font-size:13.5px }
.att { margin-top:14px; font-size:12px; line-height:17px; border:1px solid #999; padding:7px 10px; max-width:70% }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; padding:0 10px }
.ft div { width:290px; text-align:center; font-size:11.5px }
.ft .h { font: 25px ${hand}; color:#1b2b6b; height:32px; white-space:nowrap }
.ft .u { border-top:2px solid #000; padding-top:4px }
</style>
<div class="w">
 <div class="lg">${initials}</div>
 <div class="pd">Date: ${printed_date}</div>
 <div class="nm">${org}</div>
 <div class="cp">${caption}</div>
 <table class="dt">
  <tr><td class="k">Student:</td><td>${name}</td><td class="k">Certification ID:</td><td>${cert_id}</td></tr>
  <tr><td class="k">Course:</td><td>${title}</td><td class="k">Company:</td><td>${company}</td></tr>
  <tr><td class="k">Class dates:</td><td>${span}</td><td class="k">Location:</td><td>${location}</td></tr>
 </table>
 <table class="at">
  <tr><th>SL. NO.</th><th>Class day</th><th>Date</th><th>Time in</th><th>Time out</th><th>Hours</th><th>Signature of student</th><th>Instructor initials</th></tr>
  ${rows_html}${blank_html}
 </table>
 <div class="tot">${total_label} <b>${hours}</b></div>
 <div class="att">${attest}</div>
 <div class="ft">
  <div><div class="h">${instructor}</div><div class="u">${cap1}</div></div>
  <div><div class="h">${director}</div><div class="u">${cap2}</div></div>
 </div>
</div>
"""

COMPANIES = [
    "Clean Slate Restoration",
    "Rapid Response Water Removal",
    "Evergreen Carpet & Tile Care",
    "Precision Fire Restoration LLC",
    "Hometown Disaster Cleanup",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    org = d.provider()
    short = (d.org_alt or org).replace("&", "")
    initials = "".join(w[0] for w in short.split() if w[0].isupper())[:3] or "TS"
    days = d.pick([1, 1, 2])
    span = d.date_range(days)
    name = d.name(d.pick(["plain", "upper", "last_first"]))
    sig = f"{d.first} {d.last}"
    title = d.title(d.pick(["plain", "with_code"]))
    hours = d.hours(d.pick(["cec_hours", "credit_hours", "cecs", "hours_title"]))
    instructor = d.person()
    inits = "".join(p[0] for p in instructor.replace(".", "").split() if p[:1].isalpha())[:3]
    start = d.completed - timedelta(days=days)
    ds = d.pick(["us_numeric", "us_short", "dd_mon_yyyy"])
    n = days + 1
    base = max(0.5, round(d.credit / n * 2) / 2)
    per_day = [base] * (n - 1) + [max(0.5, d.credit - base * (n - 1))]
    rows = []
    for i, per in enumerate(per_day):
        day = start + timedelta(days=i)
        t_in = d.pick(["7:45", "7:55", "8:00", "8:05"])
        t_out = (
            d.pick(["4:30", "4:45", "5:00", "5:10"])
            if per >= 4
            else d.pick(["11:30", "12:00", "1:00"])
        )
        rows.append(
            f"<tr><td class='c'>{i + 1}</td><td>Day {i + 1}</td><td>{fmt_date(day, ds)}</td>"
            f"<td>{t_in}</td><td>{t_out}</td><td class='c'>{per:g}</td>"
            f"<td class='s'>{html.escape(sig)}</td><td class='s'>{html.escape(inits)}</td></tr>"
        )
    return {
        "initials": initials,
        "printed_date": d.other_date("issue", ds),
        "ls": d.pick([1, 2, 3]),
        "org": org,
        "caption": d.pick(
            [
                "ATTENDANCE VERIFICATION AND SIGNATURE SHEET",
                "STUDENT ATTENDANCE VERIFICATION — CLASSROOM COURSE",
                "ATTENDANCE CUM SIGNATURE SHEET",
            ]
        ),
        "name": name,
        "cert_id": d.number(),
        "title": title,
        "company": d.pick(COMPANIES),
        "span": span,
        "location": d.pick([d.venue(), d.city()]),
        "rows_html": "".join(rows),
        "blank_html": "".join(
            f"<tr><td class='c'>{i + 1}</td>" + "<td></td>" * 7 + "</tr>"
            for i in range(n, n + d.pick([2, 3]))
        ),
        "attest": d.pick(
            [
                "I confirm that the student named above was present for the hours shown and completed the class.",
                "Attendance verified by the instructor from the daily sign-in. Hours are credited only for full days attended.",
            ]
        ),
        "total_label": d.pick(["Total credited:", "Total hours credited:", "Credit awarded:"]),
        "hours": hours,
        "instructor": instructor,
        "director": d.person(),
        "cap1": d.pick(["Signature of Instructor with Date", "Instructor signature"]),
        "cap2": d.pick(["Signature of School Director with Seal", "Training Director signature"]),
    }
