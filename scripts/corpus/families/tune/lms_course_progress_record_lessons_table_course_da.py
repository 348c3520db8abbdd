"""A learner record printed from an online school's LMS (the "course
report" page): a header with the platform's generated-on line, a
learner/course summary block in two columns of labels, then a table of
every lesson and quiz in the course with status, completion date, time
spent and score; the last row is the final exam, and a totals line gives
the credited CEC hours and the course completion date."""

SOURCE = "chamilo/chamilo-lms:main/template/default/course_progress/pdf_general_thematic.tpl"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("record", "table", "labelled", "portrait", "provider-in-logo", "mono")

TEMPLATE = """<style>
.w { position:absolute; left:56px; right:56px; top:44px; font: 12.5px ${sans}; color:#222 }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${dark}; padding-bottom:10px }
.brand { display:flex; align-items:center; gap:10px }
.brand i { flex:none; width:36px; height:36px; background:${dark}; clip-path:polygon(50% 0,100% 50%,50% 100%,0 50%) }
.brand b { font: bold 19px ${display}; color:${dark} }
.gen { font-size:11px; color:#666; text-align:right; line-height:15px }
h1 { font: bold 22px ${sans}; margin:20px 0 12px; color:#111 }
.sum { display:grid; grid-template-columns: 130px 1fr 110px 1fr; gap:6px 10px; background:${light}; border:1px solid #ddd; padding:12px 14px }
.sum .k { color:#666; font-size:11.5px; text-transform:uppercase; letter-spacing:0.5px; padding-top:1px }
.sum .v { font-weight:bold }
table { width:100%; border-collapse:collapse; margin-top:20px }
th { text-align:left; font-size:11px; text-transform:uppercase; letter-spacing:0.5px; color:#fff; background:${dark}; padding:6px 6px }
td { padding:5px 6px; border-bottom:1px solid #ddd; vertical-align:top }
tr:nth-child(even) td { background:#fafafa }
td.n { font-family:${mono}; font-size:12px; white-space:nowrap }
.ok { color:#2d6a4f; font-weight:bold }
.tot { margin-top:16px; display:flex; justify-content:flex-end; gap:36px; font-size:14px }
.tot b { font-size:16px }
.ft { position:absolute; left:56px; right:56px; bottom:34px; font-size:10px; color:#777; border-top:1px solid #ccc; padding-top:6px; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top"><div class="brand"><i></i><b>${org}</b></div>
  <div class="gen">${platform}<br>${generated_label} ${generated}</div></div>
 <h1>${heading}</h1>
 <div class="sum">
  <div class="k">Learner</div><div class="v">${name}</div>
  <div class="k">User ID</div><div class="v">${user_id}</div>
  <div class="k">Course</div><div class="v">${title}</div>
  <div class="k">Enrolled</div><div class="v">${enrolled}</div>
  <div class="k">Status</div><div class="v">${status}</div>
  <div class="k">${done_label}</div><div class="v">${date}</div>
 </div>
 <table><tr><th>#</th><th>${item_head}</th><th>Status</th><th>Completed</th><th>Time</th><th>Score</th></tr>
 ${rows_html}</table>
 <div class="tot"><span>${spent_label} <b>${spent}</b></span><span>${credit_label} <b>${hours}</b></span></div>
</div>
<div class="ft"><span>${foot}</span><span>Page 1 of 1</span></div>
"""

LESSONS = [
    "Introduction and course orientation",
    "Standards and terminology",
    "Safety and personal protective equipment",
    "Inspection and pre-restoration evaluation",
    "Moisture measurement and documentation",
    "Psychrometry basics",
    "Equipment selection and placement",
    "Containment and engineering controls",
    "Cleaning and antimicrobial procedures",
    "Monitoring, drying goals and completion",
    "Customer communication and records",
    "Case study review",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    n = d.pick([6, 7, 8, 9])
    lessons = LESSONS[:2] + r.sample(LESSONS[2:], n - 2)
    span = d.pick([4, 6, 10, 14])
    start = d.completed - timedelta(days=span)
    style = d.pick(["us_numeric", "iso", "short_month"])
    rows, total_min = [], 0
    for i, lesson in enumerate(lessons + ["Final exam"]):
        day = start + timedelta(days=round(span * i / (n + 1)))
        if i == n:
            day = d.completed
        minutes = max(8, round(d.credit * 60 / (n + 1) * r.uniform(0.6, 1.4)))
        total_min += minutes
        score = "—" if "exam" not in lesson and i % 3 else f"{r.randrange(78, 101)}%"
        if i == n:
            score = f"{r.randrange(80, 100)}%"
        rows.append(
            f'<tr><td class="n">{i + 1}</td><td>{html.escape(lesson)}</td>'
            f'<td class="ok">{d.pick(["Completed", "Passed"]) if i == n else "Completed"}</td>'
            f'<td class="n">{fmt_date(day, style)}</td><td class="n">{minutes // 60}:{minutes % 60:02d}</td>'
            f'<td class="n">{score}</td></tr>'
        )
    h, m = divmod(total_min, 60)
    return {
        "org": d.provider(),
        "platform": d.pick(["Learner Progress Report", "Course report", "Training record export"]),
        "generated_label": d.pick(["Generated", "Printed", "Report date"]),
        "generated": d.other_date("print", style),
        "heading": d.pick(["Course Completion Record", "Learner Course Record", "Training Record"]),
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "user_id": f"{r.randrange(1000, 99999)}",
        "title": d.title(d.pick(["plain", "with_code"])),
        "enrolled": fmt_date(start, style),
        "status": d.pick(["Completed", "Complete — certificate issued", "Passed"]),
        "done_label": d.pick(["Completed on", "Completion date", "Completed"]),
        "date": d.date(style),
        "item_head": d.pick(["Lesson / activity", "Module", "Learning object"]),
        "rows_html": "".join(rows),
        "spent_label": d.pick(["Total time in course:", "Time spent:"]),
        "spent": f"{h} h {m:02d} min",
        "credit_label": d.pick(["CEC hours credited:", "Credit hours awarded:", "IICRC CECs:"]),
        "hours": d.hours_number(),
        "foot": d.pick(
            [
                "Credit hours are set by the course approval, not by time spent.",
                "This report reflects activity recorded by the learning system.",
            ]
        ),
    }
