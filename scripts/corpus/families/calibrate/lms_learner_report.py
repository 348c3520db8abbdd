"""A learner report printed from an online school's LMS reporting page rather
than a certificate: the platform's top bar with "Reporting" and the print button,
a breadcrumb, the learner's profile card (name, e-mail, last login), a
course summary of labelled tiles (status Completed, progress 100%, score,
total time spent online, completion date, credit awarded), then a table of
the course's modules with progress, time spent, score and last access for
each, and the assigned instructor in a side note. The time spent and the
module times are hours figures that are not the credit. The online school
is named in the top bar as "<school> Online Campus"."""

SOURCE = (
    "chamilo/docs:teacher-guide/reporting/tracking_learners.md and "
    "learningequality/kolibri-docs:docs/coach/reports_learners.rst (printed learner reports: "
    "progress, score, time spent, last activity)"
)
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
.top { position:absolute; left:0; right:0; top:0; height:50px; background:#f4f5f7; border-bottom:1px solid #d5d8dc; display:flex; align-items:center; justify-content:space-between; padding:0 40px; font: 13px ${sans} }
.top .br { font: bold 16px ${sans}; color:${dark} } .top .br small { font-weight:normal; color:#555; margin-left:4px }
.top .nav span { margin-left:18px; color:#555 } .top .nav b { margin-left:18px; color:${dark}; border-bottom:2px solid ${dark}; padding-bottom:13px }
.w { position:absolute; top:70px; left:40px; right:40px; font: 13px ${sans}; color:#222 }
.bc { font-size:11.5px; color:#666; margin-bottom:12px }
h1 { font: 22px ${sans}; margin:0 0 14px }
.pf { display:flex; gap:16px; align-items:center; border:1px solid #ddd; border-radius:6px; padding:12px 16px }
.av { width:52px; height:52px; border-radius:50%; background:${light}; border:1px solid #ccc; display:flex; align-items:center; justify-content:center; font: bold 18px ${sans}; color:${dark} }
.pf .n { font: bold 18px ${sans} } .pf .m { font-size:12px; color:#666; line-height:18px }
.tiles { display:grid; grid-template-columns:repeat(3, 1fr); gap:10px; margin:16px 0 }
.tile { border:1px solid #ddd; border-radius:6px; padding:9px 12px } .tile small { display:block; font-size:10.5px; color:#777; text-transform:uppercase; letter-spacing:0.4px }
.tile span { font: bold 16px ${sans}; color:#222; white-space:nowrap } .tile.ok span { color:#1f7a3a }
h2 { font: bold 15px ${sans}; margin:18px 0 8px }
.ct { font-size:12.5px; color:#444; margin-bottom:6px }
table { width:100%; border-collapse:collapse; font-size:12px } th { text-align:left; background:${dark}; color:#fff; padding:7px 8px; font-weight:normal }
td { padding:7px 8px; border-bottom:1px solid #e3e3e3 } td.r { text-align:right }
.bar { display:inline-block; width:60px; height:7px; background:#ddd; border-radius:4px; vertical-align:middle; margin-right:6px; overflow:hidden } .bar i { display:block; height:100%; background:#2e9b55 }
.side { margin-top:16px; border-left:3px solid ${accent}; background:#fafafa; padding:8px 12px; font-size:12px; line-height:18px }
.ft { position:absolute; left:40px; right:40px; bottom:26px; font-size:10px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="top"><div class="br">${school}<small>Online Campus</small></div><div class="nav"><span>Courses</span><b>Reporting</b><span>Messages</span><span>Print</span></div></div>
<div class="w">
 <div class="bc">Reporting &rsaquo; Learners &rsaquo; ${short_name}</div>
 <h1>${report_title}</h1>
 <div class="pf"><div class="av">${initials}</div><div><div class="n">${name}</div><div class="m">${email} &middot; Learner ID ${learner_id}<br>Last login: ${last_login}</div></div></div>
 <h2>${title}</h2>
 <div class="ct">${course_code_line}</div>
 <div class="tiles">
  <div class="tile ok"><small>Status</small><span>Completed</span></div>
  <div class="tile"><small>Progress</small><span>100%</span></div>
  <div class="tile"><small>${score_label}</small><span>${score}</span></div>
  <div class="tile"><small>Time spent</small><span>${time_spent}</span></div>
  <div class="tile"><small>${date_label}</small><span>${date}</span></div>
  <div class="tile"><small>${credit_label}</small><span>${hours}</span></div>
 </div>
 <h2>Modules</h2>
 <table><tr><th>Module</th><th style="width:20%">Progress</th><th style="width:14%">Time</th><th style="width:10%">Score</th><th style="width:18%">Last access</th></tr>${rows_html}</table>
 <div class="side">${side_html}</div>
</div>
<div class="ft"><span>${url}</span><span>Printed ${printed}</span></div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    school = d.provider()
    name = d.name("plain")
    short = f"{d.first} {d.last}"
    modules = d.pick([4, 5, 6])
    mins = []
    rows = []
    names = [
        "Introduction and safety",
        "Science and principles",
        "Inspection and assessment",
        "Equipment and procedures",
        "Documentation and customer care",
        "Final assessment",
    ]
    pick = names[: modules - 1] + ["Final assessment"]
    gap = d.pick([0, 1, 1, 2])
    for i, m in enumerate(pick):
        t = d.rng.randint(35, 150)
        mins.append(t)
        day = d.completed - timedelta(days=(modules - 1 - i) * gap)
        sc = f"{d.rng.randint(70, 100)}%" if i == modules - 1 or d.chance(0.5) else "-"
        rows.append(
            f"<tr><td>{i + 1}. {m}</td><td><span class='bar'><i style='width:100%'></i></span>"
            f"100%</td><td>{t // 60}h {t % 60:02d}m</td><td>{sc}</td>"
            f"<td>{fmt_date(day, 'us_numeric')}</td></tr>"
        )
    total = sum(mins)
    instructor = d.person()
    slug = "".join(c for c in school.lower() if c.isalnum())[:16]
    return {
        "school": school,
        "short_name": short,
        "report_title": d.pick(["Learner details", "Learner report", "Course report"]),
        "initials": (d.first[0] + [c for c in d.last if c.isupper()][-1:][0])
        if any(c.isupper() for c in d.last)
        else d.first[0],
        "name": name,
        "email": f"learner{d.rng.randint(100, 999)}@example.com",
        "learner_id": d.number(),
        "last_login": d.other_date("issue", "short_month"),
        "title": d.title("plain"),
        "course_code_line": f"Course code {d.approval()} · Self-paced · Enrolled "
        f"{d.other_date('registered', 'short_month')}",
        "score_label": d.pick(["Final score", "Score"]),
        "score": f"{d.rng.randint(78, 99)}%",
        "time_spent": f"{total // 60}h {total % 60:02d}m",
        "date_label": d.pick(["Completed on", "Completion date"]),
        "date": d.date(d.pick(["short_month", "us_numeric", "iso"])),
        "credit_label": d.pick(["Credit awarded", "CE credit"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hrs"])),
        "rows_html": "".join(rows),
        "side_html": f"Instructor: <b>{instructor}</b><br>"
        "Questions about grading? Message your instructor from the course page.",
        "url": f"https://learn.{slug}.com/report/learner",
        "printed": d.other_date("print", "us_numeric"),
    }
