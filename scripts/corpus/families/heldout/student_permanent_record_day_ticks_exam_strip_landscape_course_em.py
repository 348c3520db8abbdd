"""A school's permanent record sheet for one student in one class, on a
sideways page: a title bar ruled above and below with the record's name in
letter-spaced capitals, the school's name and class number at the right; a
photo box at the left beside two rows of labelled student fields (name
written surname first or in full, date of birth, address city, employer,
phone); then an attendance register table for the class, one column per
class day headed by its date and a row each for the morning and afternoon
with ticks, plus a "class dates" cell giving the span; an exam and result
block (written score, practical, result) with the CEC hours granted; and
a row of three signature lines (instructor, registrar, director) with
names printed under them. A record number and "retain permanently" run in
small print along the bottom."""

SOURCE = (
    "KarlJowd/django_IT183:TEMPLATES_PART2.md (attendance records: student, classroom, date "
    "from / date to, status) and JainamDedhia/backend:index.php (attendance form: name, date, "
    "present / absent)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "record",
    "table",
    "landscape",
    "labelled",
    "checkboxes",
    "date-range",
    "letter-spaced",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:40px 48px 32px; font: 13px ${sans}; color:#1b1b1b }
.tb { display:flex; justify-content:space-between; align-items:center; border-top:3px double #222; border-bottom:3px double #222; padding:6px 0 }
.tb b { font: bold 21px ${head}; letter-spacing:5px; text-transform:uppercase }
.tb span { text-align:right; font-size:11px; line-height:14px }
.tb span i { font-style:normal; font-weight:bold; font-size:15px }
.st { display:flex; gap:18px; margin-top:20px }
.ph { width:110px; height:140px; border:1px solid #777; display:flex; align-items:center; justify-content:center; color:#999; font-size:10px; text-align:center }
.fs { flex:1; display:grid; grid-template-columns:2fr 1fr 1fr; border-top:1px solid #999; border-left:1px solid #999 }
.fs div { border-right:1px solid #999; border-bottom:1px solid #999; padding:5px 9px 7px; min-height:46px }
.fs small { display:block; font-size:9.5px; color:#666; text-transform:uppercase; letter-spacing:.5px } .fs b { font-size:15.5px }
.fs .w2 { grid-column:span 2 }
h4 { margin:22px 0 7px; font: bold 11.5px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${dark} }
table { border-collapse:collapse; font-size:13.5px }
td, th { border:1px solid #888; padding:7px 16px; text-align:center }
th { background:#efefef; font-size:10.5px } td.l { text-align:left; font-weight:bold; font-size:10.5px }
.row { display:flex; gap:18px; align-items:flex-start }
.rm { flex:1; min-height:70px }
.cd { border:1px solid #888; padding:8px 14px; font-size:15px } .cd small { display:block; font-size:8.5px; color:#666; text-transform:uppercase; letter-spacing:.5px }
.ex { display:flex; margin-top:0 } .ex div { border:1px solid #888; border-left:none; padding:7px 16px; min-width:130px } .ex div:first-child { border-left:1px solid #888 }
.ex small { display:block; font-size:8.5px; color:#666; text-transform:uppercase; letter-spacing:.5px } .ex b { font-size:17px }
.sg { display:flex; gap:40px; margin-top:${sg_top}px }
.sg div { flex:1; border-top:1px solid #222; padding-top:3px; font-size:10.5px; position:relative }
.sg .h { position:absolute; top:-36px; left:6px; font: 26px ${hand}; color:#1f2f6a; white-space:nowrap }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="tb"><b>${rec_title}</b><span><i>${school}</i><br>${class_no}</span></div>
 <div class="st">
  <div class="ph">${photo}</div>
  <div class="fs">
   <div><small>${k_name}</small><b>${name}</b></div><div><small>Date of birth</small><b>${dob}</b></div><div><small>Phone</small><b>${phone}</b></div>
   <div><small>Employer</small><b>${employer}</b></div><div class="w2"><small>City</small><b>${city}</b></div>
   <div class="w2"><small>${k_title}</small><b>${title}</b></div><div><small>Enrolled</small><b>${enrolled}</b></div>
  </div>
 </div>
 <h4>${reg_head}</h4>
 <div class="row">
  <table><tr><th></th>${day_heads_html}</tr><tr><td class="l">AM</td>${am_html}</tr><tr><td class="l">PM</td>${pm_html}</tr></table>
  <div class="cd"><small>${k_dates}</small>${dates}</div>
  <div class="cd rm"><small>Remarks</small>${remarks}</div>
 </div>
 <h4>${res_head}</h4>
 <div class="ex">
  <div><small>Written exam</small><b>${written}</b></div>
  <div><small>Practical</small><b>${practical}</b></div>
  <div><small>Result</small><b>${result}</b></div>
  <div><small>${k_hours}</small><b>${hours}</b></div>
 </div>
 <div class="sg">
  <div><span class="h">${instr}</span>${instr} · Instructor</div>
  <div><span class="h">${reg}</span>${reg} · Registrar</div>
  <div><span class="h">${dire}</span>${dire} · Director</div>
 </div>
 <div class="ft"><span>${rec_no}</span><span>${retain}</span></div>
</div>
"""

EMPLOYERS = [
    "Superior Restoration Services",
    "Ace Water Extraction",
    "Lakeside Carpet & Tile Care",
    "Phoenix Fire Restoration",
    "Midland Mold Solutions",
]


def fill(d):
    from datetime import date, timedelta

    from corpus import formats as F

    r = d.rng
    n_days = 1 if d.credit < 6 else (2 if d.credit <= 14 else 3)
    if n_days > 1:
        dates = d.date_range(n_days - 1)
    else:
        dates = d.date(d.pick(["long", "us_numeric", "short_month"]))
    start = d.completed - timedelta(days=n_days - 1)
    hstyle = d.pick(["us_short", "dd_mon_yyyy", "short_month"])
    tick = d.pick(["✓", "✔", "X", "P"])
    heads, am, pm = [], [], []
    for i in range(n_days):
        day = start + timedelta(days=i)
        heads.append(f"<th>Day {i + 1}<br>{F.fmt_date(day, hstyle)}</th>")
        am.append(f"<td>{tick}</td>")
        pm.append(f"<td>{tick if (d.credit >= 3.5 or n_days > 1) else '—'}</td>")
    dob = date(r.randint(1962, 2001), r.randint(1, 12), r.randint(1, 28))
    person = d.person
    return {
        "head": d.fonts[d.pick(["serif", "sans", "display"])],
        "hand": d.fonts["hand"],
        "rec_title": d.pick(["Student permanent record", "Student record", "Class record"]),
        "school": d.provider(),
        "class_no": d.pick(["Class no. ", "Section ", "Class "]) + str(r.randrange(100, 999)),
        "photo": d.pick(["PHOTO", "Photo on file", ""]),
        "k_name": d.pick(["Student name", "Name (last, first)", "Name"]),
        "name": d.name(d.pick(["last_first", "last_first", "plain", "upper"])),
        "dob": F.fmt_date(dob, "us_numeric"),
        "phone": d.phone(),
        "employer": d.pick(EMPLOYERS),
        "city": d.city(),
        "k_title": d.pick(["Course", "Class", "Course enrolled"]),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "enrolled": d.other_date("registered", "us_numeric"),
        "reg_head": d.pick(["Attendance register", "Attendance"]),
        "day_heads_html": "".join(heads),
        "am_html": "".join(am),
        "pm_html": "".join(pm),
        "k_dates": d.pick(["Class dates", "Class held", "Date(s) of class"]),
        "dates": dates,
        "res_head": d.pick(["Examination & result", "Result"]),
        "written": f"{r.randint(72, 99)}%",
        "practical": d.pick(["Pass", "Satisfactory", "n/a"]),
        "result": d.pick(["PASSED", "Completed", "Pass"]),
        "k_hours": d.pick(["CEC hours granted", "CECs", "Credit hours"]),
        "hours": d.hours_number(),
        "instr": person(),
        "reg": person(),
        "dire": person(),
        "remarks": d.pick(
            [
                "Full attendance. Hands-on lab completed.",
                "Arrived late day 1 (made up at lunch). Lab complete.",
                "Employer-sponsored seat. Lab and workbook complete.",
                "",
            ]
        ),
        "sg_top": d.pick([64, 80, 96]),
        "rec_no": f"Record no. {d.number()} · page 1",
        "retain": d.pick(["Retain permanently", "Permanent record – do not destroy"]),
    }
