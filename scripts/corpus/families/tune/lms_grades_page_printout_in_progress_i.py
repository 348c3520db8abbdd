"""A learner's grades page from a course in an LMS, printed from the browser
while the course is still running: browser header and footer lines, the
school's navigation bar, "Grades for" the learner, a course selector, and a
table of assignments with due dates, status, score and out-of, ending in a
running total. Nothing on it records completion or awards credit."""

SOURCE = "instructure/canvas-lms:app/views/gradebooks/grade_summary.html.erb"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "table",
    "screen-print",
    "distractor-date",
    "in-progress",
)

TEMPLATE = """<style>
.bh { position:absolute; top:14px; left:30px; right:30px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#444 }
.bf { position:absolute; bottom:14px; left:30px; right:30px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#444 }
.nav { position:absolute; top:40px; left:30px; right:30px; height:46px; background:${dark}; color:#fff; display:flex; align-items:center;
  padding:0 16px; gap:22px; font: 13px ${sans} }
.nav b { font-size:15px; margin-right:14px }
.nav span { opacity:0.85 }
.crumb { position:absolute; top:100px; left:30px; right:30px; font: 13px ${sans}; color:${accent}; border-bottom:1px solid #ddd; padding-bottom:8px }
.side { position:absolute; top:138px; left:30px; width:130px; font: 12.5px ${sans}; line-height:27px; color:${accent} }
.side .on { color:#111; border-left:3px solid #111; padding-left:6px; font-weight:bold }
.m { position:absolute; top:138px; left:182px; right:30px; font: 13px ${sans}; color:#222 }
h1 { font: 24px ${sans}; margin:0 0 10px; font-weight:normal }
.sel { display:flex; gap:12px; align-items:center; font-size:12px; margin-bottom:14px }
.sel .b { border:1px solid #aaa; border-radius:3px; padding:4px 8px; background:#f5f5f5 }
table { width:100%; border-collapse:collapse; font-size:12px }
th { text-align:left; border-bottom:2px solid #888; padding:6px 4px; font-weight:bold; color:#333 }
td { border-bottom:1px solid #e3e3e3; padding:7px 4px; vertical-align:top }
td small { display:block; color:#777; font-size:10.5px }
td.sc { text-align:right; white-space:nowrap } th.sc { text-align:right }
tr.tot td { font-weight:bold; border-top:2px solid #888; background:#fafafa }
.wt { margin-top:22px; width:300px; font-size:12px }
.wt caption { text-align:left; font-weight:bold; padding-bottom:4px }
.wt td { padding:4px }
.note { margin-top:14px; font-size:11.5px; color:#555; line-height:17px }
</style>
<div class="bh"><span>${printed}</span><span>${tab_title}</span></div>
<div class="nav"><b>${org}</b><span>Dashboard</span><span>Courses</span><span>Calendar</span><span>Inbox</span></div>
<div class="crumb">${course_short} › Grades › ${name}</div>
<div class="side">Home<br>Announcements<br>Modules<br><span class="on">Grades</span><br>Quizzes<br>Discussions</div>
<div class="m">
 <h1>Grades for ${name}</h1>
 <div class="sel">Course <span class="b">${title}</span> Arrange by <span class="b">Due Date</span></div>
 <table>
  <tr><th>Name</th><th>Due</th><th>Status</th><th class="sc">Score</th><th class="sc">Out of</th></tr>
  ${rows_html}
  <tr class="tot"><td>Total</td><td></td><td></td><td class="sc">${total}</td><td class="sc"></td></tr>
 </table>
 <div class="note">${note}</div>
 <table class="wt"><caption>Assignments are weighted by group:</caption>
  <tr><th>Group</th><th class="sc">Weight</th></tr>
  <tr><td>Quizzes</td><td class="sc">${w1}%</td></tr><tr><td>Assignments</td><td class="sc">${w2}%</td></tr>
  <tr><td>Discussions</td><td class="sc">${w3}%</td></tr><tr><td>Exams</td><td class="sc">${w4}%</td></tr>
  <tr class="tot"><td>Total</td><td class="sc">100%</td></tr></table>
</div>
<div class="bf"><span>${url}</span><span>1/1</span></div>
"""

ITEMS = [
    ("Module 1 quiz", "Quizzes"),
    ("Psychrometry worksheet", "Assignments"),
    ("Introductions", "Discussions"),
    ("Module 2 quiz", "Quizzes"),
    ("Moisture mapping exercise", "Assignments"),
    ("Case study: Category 2 loss", "Assignments"),
    ("Module 3 quiz", "Quizzes"),
    ("Final exam", "Exams"),
    ("Course evaluation", "Surveys"),
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    start = d.completed - timedelta(days=r.randrange(20, 200))
    n = d.pick([6, 7, 8, 9])
    done = r.randrange(2, n - 1)
    rows = []
    got = possible = 0
    for i, (item, group) in enumerate(ITEMS[:n]):
        out = d.pick([10, 10, 20, 25, 50]) if group != "Exams" else 100
        due = fmt_date(start + timedelta(days=7 * i + r.randrange(0, 3)), "short_month")
        if i < done:
            score = round(out * r.uniform(0.62, 1.0))
            got, possible = got + score, possible + out
            status, sc = d.pick(["", "", "late"]), str(score)
        else:
            status, sc = d.pick(["", "missing", ""]), "-"
        rows.append(
            f"<tr><td>{html.escape(item)}<small>{group}</small></td><td>{html.escape(due)}</td>"
            f"<td>{status}</td><td class='sc'>{sc}</td><td class='sc'>{out}</td></tr>"
        )
    title = d.title("plain")
    name = d.name("plain")
    org = d.provider()
    short = (
        "".join(w[0] for w in title.split() if w[:1].isalpha())[:5].upper()
        + f"-{r.randrange(100, 400)}"
    )
    slug = "".join(ch for ch in org.lower() if ch.isalnum())[:14]
    return {
        "printed": f"{fmt_date(start + timedelta(days=7 * done - 2), 'us_short')}, {r.randrange(1, 12)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}",
        "tab_title": f"{name}: {short}",
        "org": org,
        "course_short": short,
        "name": name,
        "title": title,
        "rows_html": "\n  ".join(rows),
        "total": f"{100 * got / possible:.2f}%" if possible else "-",
        "note": d.pick(
            [
                "Calculation of totals includes only graded assignments. Ungraded and upcoming work is not counted.",
                "You are viewing the current grading period. Scores may change as work is graded.",
            ]
        ),
        **dict(
            zip(
                ("w1", "w2", "w3", "w4"),
                d.pick([(30, 30, 10, 30), (25, 25, 10, 40), (20, 40, 5, 35)]),
                strict=True,
            )
        ),
        "url": f"https://{slug}.instructure.com/courses/{r.randrange(1000, 9999)}/grades",
    }
