"""An instructor-signed sign-off sheet kept for each student of a multi-day
class, laid out as a competency checklist: a title with the course name,
then underlined handwritten header fields (trainee, school, class dates as
a span, instructor), a table of modules with a tick, the minutes each took,
the day it was covered and the instructor's initials in a hand face, an
examination line with a score and the date it was written, a total line
giving the class credit, and a final sign-off sentence with the
instructor's and the school director's signatures and dates. The module
minutes add up to the credit, so the page holds many other numbers."""

SOURCE = (
    "ngk0/BookStack:setup/templates/competency-checklist-template.md (trainee / start date / "
    "supervisor underlined fields, Topic | Completed | Date | Verified By tables, knowledge "
    "assessment score line, final sign-off)"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "date-range",
    "distractor-person",
    "distractor-date",
    "handwriting",
    "checkboxes",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 58px 40px; font: 12.5px ${sans}; color:#141414 }
.top { display:flex; justify-content:space-between; align-items:baseline; border-bottom:2px solid #111; padding-bottom:6px }
.top b { font: bold 20px ${serif} } .top span { font-size:10.5px; color:#444 }
.ct { font: bold 15px ${sans}; margin-top:10px; color:${dark} }
.fl { display:grid; grid-template-columns: 1fr 1fr; column-gap:26px; row-gap:8px; margin-top:12px }
.fl div { display:flex; align-items:flex-end; gap:6px; white-space:nowrap }
.fl .w2 { grid-column: span 2 }
.fl small { font-weight:bold; font-size:11.5px }
.fl i { flex:1; border-bottom:1px solid #222; font: normal 22px ${hand}; color:#1b2a6a; padding:0 4px; line-height:26px; overflow:hidden }
h3 { font: bold 12.5px ${sans}; margin:16px 0 5px; text-transform:uppercase; letter-spacing:.6px }
table { width:100%; border-collapse:collapse; font-size:12px }
th { border:1px solid #555; background:#ececec; padding:4px 6px; text-align:left; font-size:11px }
td { border:1px solid #777; padding:3px 6px; height:27px }
td.c { text-align:center; width:60px } td.h { font: 21px ${hand}; color:#1b2a6a; text-align:center; width:90px }
td.n { width:28px; text-align:center }
.ex, .tot { margin-top:10px; font-size:12.5px } .ex i, .tot i { font: normal 22px ${hand}; color:#1b2a6a; margin:0 8px }
.tot b { font-size:13px }
.rm { margin-top:12px; font-size:11.5px } .rm div { border-bottom:1px solid #999; height:24px }
.so { margin-top:14px; font-size:11.5px; line-height:16px; border:1px solid #999; padding:7px 9px }
.sg { display:flex; gap:28px; margin-top:30px }
.sg > div { flex:1 } .sg .h { font: 24px ${hand}; color:#1b2a6a; height:30px; border-bottom:1px solid #111; white-space:nowrap }
.sg .l { font-size:10px; display:flex; justify-content:space-between; padding-top:2px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top"><b>${heading}</b><span>${doc_no}</span></div>
 <div class="ct">${title}</div>
 <div class="fl">
  <div><small>Trainee:</small><i>${name}</i></div>
  <div><small>Tech ID:</small><i>${tech_id}</i></div>
  <div class="w2"><small>School:</small><i>${org}</i></div>
  <div><small>Class dates:</small><i>${span}</i></div>
  <div><small>Location:</small><i>${city}</i></div>
  <div class="w2"><small>Instructor:</small><i>${instructor}</i></div>
 </div>
 <h3>${modules_head}</h3>
 <table><tr><th>#</th><th>Module / topic</th><th>Done</th><th>Minutes</th><th>Day</th><th>Instructor initials</th></tr>${rows_html}</table>
 <div class="ex">Written examination: score <i>${score}</i> / 100 &nbsp; passing 70 &nbsp; date written <i>${exam_date}</i></div>
 <div class="tot"><b>${total_label}</b><i>${hours}</i></div>
 <div class="rm"><b>Remarks</b><div></div><div></div></div>
 <div class="so">${signoff}</div>
 <div class="sg">
  <div><div class="h">${instructor}</div><div class="l"><span>Instructor signature</span><span>Date ${instr_date}</span></div></div>
  <div><div class="h">${director}</div><div class="l"><span>${director_role}</span><span>Date ${dir_date}</span></div></div>
 </div>
 <div class="ft"><span>${keep}</span><span>${page}</span></div>
</div>
"""

TOPICS = {
    "water": [
        "Principles of drying and psychrometry",
        "Classes and categories of water",
        "Moisture meters and thermal imaging",
        "Equipment set-up and placement",
        "Documentation and drying logs",
        "Safety, PPE and hazard recognition",
        "Antimicrobial application",
        "Hands-on lab: flooded structure",
    ],
    "general": [
        "Introduction and standard of care",
        "Inspection and pre-testing",
        "Chemistry and product selection",
        "Equipment and methods",
        "Safety and health considerations",
        "Customer communication",
        "Hands-on practical",
        "Review and job documentation",
    ],
}


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    name = d.name(d.pick(["plain", "plain", "last_first"]))
    org = d.provider()
    days = d.pick([1, 2, 2])
    span = d.date_range(days)
    title = d.title(d.pick(["plain", "plain", "code_first"]))
    hours = d.hours(d.pick(["hours_title", "cec_hours", "cecs", "hrs"]))
    pool = TOPICS["water"] if d.code in ("WRT", "ASD", "CDS") else TOPICS["general"]
    total = int(round(d.credit * 60))
    units = max(total // 15, 1)
    n = min(d.pick([5, 6, 7]), units)
    topics = r.sample(pool, n)
    # split the class minutes over the modules in 15-minute steps, none empty
    cuts = sorted(r.sample(range(1, units), n - 1))
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, units], strict=True)]
    minutes = [p * 15 for p in parts]
    start = d.completed - timedelta(days=days)
    tick = d.pick(["✓", "✔", "X"])
    instructor = d.person()
    inits = "".join(p[0] for p in instructor.replace(".", "").split() if p[:1].isalpha())[:3]
    rows = []
    for i, (t, m) in enumerate(zip(topics, minutes, strict=True)):
        day = min(days + 1, 1 + i * (days + 1) // n)
        rows.append(
            f"<tr><td class='n'>{i + 1}</td><td>{html.escape(t)}</td><td class='c'>{tick}</td>"
            f"<td class='c'>{m}</td><td class='c'>{day}</td><td class='h'>{html.escape(inits)}</td></tr>"
        )
    ds = d.pick(["us_numeric", "us_short", "iso"])
    return {
        "heading": d.pick(
            ["Student Sign-Off Sheet", "Competency Checklist", "Class Completion Sign-Off"]
        ),
        "doc_no": d.pick(["Form INS-07", "Doc. SO-3 rev. 2", "Instructor file copy"]),
        "title": title,
        "name": name,
        "tech_id": d.number(),
        "org": org,
        "span": span,
        "instructor": instructor,
        "city": d.city(),
        "modules_head": d.pick(["Modules covered", "Topics and practical skills"]),
        "rows_html": "".join(rows),
        "score": str(r.randrange(74, 99)),
        "exam_date": fmt_date(start + timedelta(days=r.randint(0, days)), ds),
        "total_label": d.pick(
            ["Total class credit:", "Credit for the class:", "CEC hours for the class:"]
        ),
        "hours": hours,
        "signoff": d.pick(
            [
                "I verify that the trainee named above attended every module listed, took part in the "
                "practical exercises and completed the class.",
                "Instructor sign-off: the trainee was present for the full class, demonstrated each skill "
                "checked above and completed the course requirements.",
            ]
        ),
        "instr_date": fmt_date(d.completed, ds),
        "director": d.person(),
        "director_role": d.pick(["School director", "Director of education", "Training manager"]),
        "dir_date": d.other_date("issue", ds),
        "keep": d.pick(
            ["Keep with the class roster for five years.", "Instructor file copy · do not mail"]
        ),
        "page": "Page 1 of 1",
    }
