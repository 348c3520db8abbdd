"""A learner's "course progress" page printed from an online school's LMS:
the browser's print header, the school's portal bar with a breadcrumb
(My courses / course / Progress), the course title with the school under it,
and two blocks whose order varies: a summary (learner, status, progress bar at
100 %, time spent, enrolled on, completed on, CEC credit, sometimes the
approval number) as a row of tiles or a labelled strip, and a lessons table
(lesson, type, status, time spent, completed on) in small text with zebra
rows, every lesson complete with its own earlier date and its minutes. The
lesson minutes and the total time spent are not the credit. A footer line
with the page address closes the printout. Portrait."""

SOURCE = (
    "learningequality/kolibri-docs:docs/coach/reports_lessons.rst (lesson report: each resource "
    "with its progress, completed status and time spent, printable) and "
    "lewiscarr79/courseprogress:README.md (course progress report: learner, percentage bar, "
    "course start and end dates)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "record",
    "labelled",
    "portrait",
    "web-printout",
    "distractor-date",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.ph, .pf { position:absolute; left:26px; right:26px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#555 }
.ph { top:12px } .pf { bottom:12px }
.w { position:absolute; left:48px; right:48px; top:40px; bottom:40px; font: 12px ${sans}; color:#222; display:flex; flex-direction:column }
.bar { display:flex; align-items:center; gap:10px; background:${barbg}; color:${barfg}; padding:8px 12px; border-radius:4px }
.bar .mk { width:28px; height:28px; border-radius:50%; background:${accent}; color:#fff; font: bold 11px ${sans}; display:flex; align-items:center; justify-content:center }
.bar b { font-size:14px } .bar span { margin-left:auto; font-size:11px; opacity:.85 }
.crumb { font-size:10.5px; color:#777; margin:10px 0 4px }
h1 { font: bold 21px ${face}; margin:0; color:#111 } .by { font-size:12px; color:#555; margin:3px 0 14px }
.sum { order:${sum_order}; margin-bottom:16px; margin-top:${sum_top}px }
.tiles { display:flex; gap:8px } .tile { flex:1; border:1px solid #d5d8de; border-radius:6px; padding:8px 9px; background:#fafbfc }
.tile small { display:block; font-size:9.5px; text-transform:uppercase; letter-spacing:.5px; color:#6b7280; margin-bottom:3px }
.tile b { font-size:13px }
.prog { height:8px; background:#e5e7eb; border-radius:4px; margin:10px 0 4px } .prog i { display:block; height:100%; width:100%; background:#2e9d5b; border-radius:4px }
.pl { font-size:10.5px; color:#555 }
.sec { font: bold 12px ${sans}; text-transform:uppercase; letter-spacing:.8px; color:${dark}; margin:4px 0 6px; border-bottom:2px solid ${dark}; padding-bottom:3px }
.les { order:${les_order} }
table { width:100%; border-collapse:collapse; font-size:${tbl_px}px }
th { text-align:left; background:${thbg}; color:${thfg}; padding:5px 6px; font-weight:bold }
td { padding:5px 6px; border-bottom:1px solid #e3e3e3; vertical-align:top } tr:nth-child(odd) td { background:${zebra} }
td.n { white-space:nowrap; text-align:right } td.d { white-space:nowrap }
.ok { color:#1f7a3f; font-weight:bold; white-space:nowrap }
.note { order:3; font-size:10px; color:#666; margin-top:12px; line-height:14px }
</style>
<div class="ph"><span>${printed}</span><span>${page_title}</span></div>
<div class="w">
 <div style="order:0">
  <div class="bar"><div class="mk">${mark}</div><b>${portal}</b><span>${who_short}</span></div>
  <div class="crumb">My courses &rsaquo; ${crumb} &rsaquo; Progress</div>
  <h1>${title}</h1><div class="by">${by_label} ${org}</div>
 </div>
 <div class="sum">
  <div class="sec">${sum_head}</div>
  <div class="tiles">
   <div class="tile"><small>Learner</small><b>${name}</b></div>
   <div class="tile"><small>Status</small><b style="color:#1f7a3f">${status}</b></div>
   <div class="tile"><small>${date_label}</small><b>${date}</b></div>
   <div class="tile"><small>${credit_label}</small><b>${hours}</b></div>
  </div>
  <div class="prog"><i></i></div>
  <div class="pl">100% complete · ${lesson_count} of ${lesson_count} lessons · ${spent_label} ${spent} · Enrolled ${enrolled}${approval}</div>
 </div>
 <div class="les">
  <div class="sec">${les_head}</div>
  <table>
   <tr><th style="width:6%">#</th><th>${lesson_h}</th><th style="width:13%">Type</th><th style="width:13%">Status</th><th style="width:12%;text-align:right">${time_h}</th><th style="width:17%">${done_h}</th></tr>
   ${rows_html}
  </table>
 </div>
 <div class="note">${note}</div>
</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""

LESSONS = [
    "Welcome and course orientation",
    "Principles of psychrometry",
    "Categories and classes of water",
    "Safety and personal protective equipment",
    "Inspection and moisture mapping",
    "Equipment selection and placement",
    "Documentation and job files",
    "Monitoring the drying process",
    "Customer communication",
    "Microbial growth and prevention",
    "Antimicrobial application",
    "Case study review",
    "Module quiz",
    "Final assessment",
]
TYPES = ["Video", "Reading", "Interactive", "Quiz", "SCORM"]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    org = d.provider()
    short = "".join(w[0] for w in org.replace("&", "").split() if w[:1].isupper())[:4] or "LMS"
    portal = d.pick([f"{short} Online Campus", f"{short} Learn", "Learning Portal", f"{short} LMS"])
    date_style = d.pick(["short_month", "us_numeric", "long", "dd_mon_yyyy", "iso"])
    count = d.pick([5, 6, 7, 8])
    picked = sorted(r.sample(LESSONS[:-2], count - 1), key=LESSONS.index) + [d.pick(LESSONS[-2:])]
    gaps = sorted(r.sample(range(1, 30), count - 1), reverse=True) + [0]
    minutes = [r.choice([8, 12, 15, 18, 22, 25, 30, 35, 40, 45, 55]) for _ in picked]
    as_clock = d.chance(0.5)
    date = d.date(date_style)
    word = d.pick(["Completed", "Complete", "Done"])
    rows = []
    for i, (lesson, gap, mins) in enumerate(zip(picked, gaps, minutes, strict=True), 1):
        day = fmt_date(d.completed - timedelta(days=gap), date_style) if gap else date
        kind = (
            "Quiz"
            if "quiz" in lesson.lower() or "assessment" in lesson.lower()
            else d.pick(TYPES[:3])
        )
        spent = (
            f"{mins // 60}:{mins % 60:02d}:{r.randrange(0, 60):02d}" if as_clock else f"{mins} min"
        )
        rows.append(
            f"<tr><td>{i}</td><td>{e(lesson)}</td><td>{kind}</td>"
            f'<td><span class="ok">&#10003; {word}</span></td>'
            f'<td class="n">{spent}</td><td class="d">{e(day)}</td></tr>'
        )
    total = sum(minutes) + r.randint(5, 40)
    enrolled = fmt_date(d.completed - timedelta(days=gaps[0] + r.randint(1, 20)), date_style)
    approval = f" · IICRC approval {d.approval()}" if d.chance(0.35) else ""
    summary_first = d.chance(0.5)
    dark_head = d.chance(0.5)
    name = d.name(d.pick(["plain", "plain", "upper"]))
    bar = d.pick([(d.colors["dark"], "#fff"), ("#f3f4f6", "#222")])
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "printed": f"{d.other_date('print', 'us_short')}, {r.randint(1, 12)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}",
        "page_title": f"Progress | {portal}",
        "barbg": bar[0],
        "barfg": bar[1],
        "mark": short,
        "portal": portal,
        "who_short": f"Signed in as {d.first}",
        "crumb": d.course if len(d.course) < 34 else d.course[:32] + "…",
        "title": d.title(d.pick(["plain", "with_code", "plain"])),
        "by_label": d.pick(["Offered by", "Provider:", "by"]),
        "org": org,
        "sum_order": "1" if summary_first else "2",
        "les_order": "2" if summary_first else "1",
        "sum_top": "0" if summary_first else "16",
        "sum_head": d.pick(["Course summary", "Your progress", "Completion summary"]),
        "name": name,
        "status": d.pick(["Completed", "Complete", "Passed"]),
        "date_label": d.pick(["Completed on", "Date completed", "Completion date"]),
        "date": date,
        "credit_label": d.pick(["CEC credit", "Credit earned", "CE hours"]),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "cecs", "hrs"])),
        "lesson_count": str(count),
        "spent_label": d.pick(["Time spent", "Total time in course"]),
        "spent": f"{total // 60}h {total % 60:02d}m",
        "enrolled": enrolled,
        "approval": approval,
        "les_head": d.pick(["Lessons", "Course content", "Activity completion"]),
        "tbl_px": d.pick(["10.5", "11", "11.5"]),
        "thbg": d.colors["dark"] if dark_head else "#eceff3",
        "thfg": "#fff" if dark_head else "#222",
        "zebra": d.pick(["#f7f8fa", "#ffffff", d.colors["light"]]),
        "lesson_h": d.pick(["Lesson", "Activity", "Item"]),
        "time_h": d.pick(["Time spent", "Time", "Duration"]),
        "done_h": d.pick(["Completed on", "Completed", "Date completed"]),
        "rows_html": "".join(rows),
        "note": d.pick(
            [
                "Time spent is measured while a lesson is open and may differ from the credit "
                "approved for the course.",
                "Progress is updated when each lesson is marked complete. Download your "
                "certificate from the course home page.",
            ]
        ),
        "url": f"https://learn.{short.lower()}training.com/course/{r.randrange(100, 999)}/progress",
    }
