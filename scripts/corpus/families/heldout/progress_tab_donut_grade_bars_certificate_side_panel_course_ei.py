"""An online course's Progress tab printed from the browser (Open edX /
openHPI style): the school's wordmark and the course's tab row, "progress
for" the learner, a completion donut, a bar for each graded assignment
type against the passing line, a table of grading weights, and a side
panel saying the certificate is available, with the day it was earned and
the credit the course carries; the course run's start and end dates sit in
the header as distractors."""

SOURCE = (
    "openHPI/TeachingTeamGuidelines:docs/features/analytics/progress.md (progress page with "
    "certificate downloads at the bottom) and openedx/edx-documentation:en_us/shared/"
    "set_up_course/studio_add_course_information/studio_creating_certificates.rst"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "labelled",
    "table",
    "portrait",
    "web-printout",
    "provider-in-logo",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:40px; right:40px; top:24px; font: 13px ${sans}; color:#23272b }
.url { display:flex; justify-content:space-between; font-size:9.5px; color:#777; margin-bottom:10px }
.hd { display:flex; justify-content:space-between; align-items:center; border-bottom:1px solid #ddd; padding-bottom:10px }
.wm { font: bold 20px ${display}; color:${dark} } .wm span { display:block; font: 11px ${sans}; color:#777; letter-spacing:1px }
.user { font-size:12px; color:#555 }
.ct { margin:14px 0 0; font: bold 20px ${sans}; color:#111 }
.cm { font-size:12px; color:#666; margin-top:3px }
.tabs { display:flex; gap:22px; border-bottom:2px solid #ddd; margin-top:12px; font-size:13px; color:#555 }
.tabs span { padding:6px 0 } .tabs .on { border-bottom:3px solid ${accent}; color:#111; font-weight:bold; margin-bottom:-2px }
.cols { display:flex; gap:22px; margin-top:16px }
.main { flex:1 }
h3 { font: bold 16px ${sans}; margin:0 0 10px }
.box { border:1px solid #e0e0e0; border-radius:6px; padding:14px; margin-bottom:14px }
.dn { display:flex; align-items:center; gap:18px }
.donut { width:110px; height:110px; border-radius:50%; background:conic-gradient(${accent} 0 100%); display:flex; align-items:center; justify-content:center; flex:none }
.donut b { width:78px; height:78px; border-radius:50%; background:#fff; display:flex; align-items:center; justify-content:center; font: bold 20px ${sans} }
.lg div { margin:4px 0; font-size:12.5px } .lg i { display:inline-block; width:10px; height:10px; background:${accent}; margin-right:6px }
.chart { position:relative; height:130px; display:flex; align-items:flex-end; gap:22px; border-bottom:1px solid #999; padding:0 12px }
.chart .bb { width:54px; background:${dark}; position:relative }
.chart .bb span { position:absolute; top:-16px; left:0; right:0; text-align:center; font-size:11px }
.pass { position:absolute; left:0; right:0; border-top:2px dashed ${accent} }
.pass span { position:absolute; right:0; top:-16px; font-size:10.5px; color:${accent} }
.xl { display:flex; gap:22px; padding:4px 12px 0; font-size:10.5px; color:#555 } .xl span { width:54px; text-align:center }
table { width:100%; border-collapse:collapse; font-size:12.5px }
th, td { text-align:left; padding:5px 6px; border-bottom:1px solid #e6e6e6 } th { color:#555; font-size:11.5px }
.side { width:230px; flex:none }
.cert { border:1px solid #e0e0e0; border-top:4px solid ${accent}; border-radius:6px; padding:14px }
.cert h4 { margin:0 0 8px; font-size:15px }
.cert p { font-size:12.5px; line-height:18px; margin-bottom:8px }
.cert .k { color:#666; font-size:11px; text-transform:uppercase; letter-spacing:.5px }
.cert .v { font-weight:bold; font-size:13.5px; margin-bottom:8px }
.btn { display:block; text-align:center; background:${dark}; color:#fff; padding:8px; border-radius:4px; font-weight:bold; font-size:12.5px; margin-top:4px }
.ft { position:absolute; left:40px; right:40px; bottom:22px; font-size:9.5px; color:#888; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="url"><span>${url}</span><span>${printed}</span></div>
 <div class="hd"><div class="wm">${org}<span>${platform}</span></div><div class="user">${username} ▾</div></div>
 <div class="ct">${title}</div>
 <div class="cm">${run} · ${starts_label} ${starts} · ${ends_label} ${ends}</div>
 <div class="tabs"><span>Course</span><span class="on">Progress</span><span>Dates</span><span>Discussion</span></div>
 <div class="cols">
  <div class="main">
   <h3>${progress_for} ${name}</h3>
   <div class="box dn"><div class="donut"><b>100%</b></div>
    <div class="lg"><div><i></i>${units} of ${units} units completed</div><div>${lead_grade}</div><div>${passing}</div></div></div>
   <div class="box"><h3>Grades</h3>
    <div class="chart">${bars_html}<div class="pass" style="bottom:${pass_px}px"><span>Pass ${pass_pct}%</span></div></div>
    <div class="xl">${labels_html}</div></div>
   <div class="box"><h3>Grade summary</h3>
    <table><tr><th>Assignment type</th><th>Weight</th><th>Grade</th><th>Weighted</th></tr>${rows_html}</table></div>
  </div>
  <div class="side"><div class="cert">
   <h4>${cert_head}</h4><p>${cert_text}</p>
   <div class="k">${earned_label}</div><div class="v">${date}</div>
   <div class="k">${credit_label}</div><div class="v">${hours}</div>
   <div class="btn">View certificate</div></div></div>
 </div>
</div>
<div class="ft"><span>${foot}</span><span>1/1</span></div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    style = d.pick(["short_month", "long", "us_numeric"])
    org = d.provider()
    title = d.title(d.pick(["plain", "with_code"]))
    code = d.code or "CE"
    types = d.pick([["Homework", "Labs", "Final Exam"], ["Quizzes", "Exercises", "Exam"]])
    weights = d.pick([[30, 20, 50], [25, 25, 50], [20, 30, 50]])
    grades = [r.randrange(78, 101) for _ in types]
    bars, labels, rows = [], [], []
    for t, w, g in zip(types, weights, grades, strict=True):
        bars.append(f'<div class="bb" style="height:{round(g * 1.2)}px"><span>{g}%</span></div>')
        labels.append(f"<span>{t}</span>")
        rows.append(f"<tr><td>{t}</td><td>{w}%</td><td>{g}%</td><td>{w * g / 100:.1f}%</td></tr>")
    total = sum(w * g / 100 for w, g in zip(weights, grades, strict=True))
    pass_pct = d.pick([70, 75, 80])
    start = d.completed - timedelta(days=r.randrange(20, 60))
    end = d.completed + timedelta(days=r.randrange(10, 90))
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:14]
    return {
        "url": f"https://courses.{slug}.org/learning/course/course-v1:{slug[:6]}+{code}+{start.year}/progress",
        "printed": d.other_date("print", "us_short"),
        "org": org,
        "platform": d.pick(["Online Learning", "Open Courses", "Learning Platform"]),
        "username": f"{d.first.split()[0].lower()}{r.randrange(10, 99)}",
        "title": title,
        "run": f"{code}-{start.year}-{d.pick(['T1', 'T2', 'SP', 'Q3'])}",
        "starts_label": d.pick(["Started", "Course start"]),
        "starts": fmt_date(start, style),
        "ends_label": d.pick(["Ends", "Course end", "Archives"]),
        "ends": fmt_date(end, style),
        "progress_for": d.pick(["Your progress,", "Course progress for", "Progress of"]),
        "name": d.name("plain"),
        "units": r.randrange(9, 24),
        "lead_grade": f"Current grade: {total:.0f}%",
        "passing": d.pick(["You have passed the course", "Passing grade reached"]),
        "bars_html": "".join(bars),
        "labels_html": "".join(labels),
        "pass_px": round(pass_pct * 1.2),
        "pass_pct": pass_pct,
        "rows_html": "".join(rows),
        "cert_head": d.pick(
            ["Your certificate is available", "Certificate earned", "Congratulations!"]
        ),
        "cert_text": d.pick(
            [
                "You have qualified for a certificate of completion in this course.",
                "Your certificate was generated when your grade reached the passing line.",
            ]
        ),
        "earned_label": d.pick(["Earned on", "Completed", "Date passed"]),
        "date": d.date(style),
        "credit_label": d.pick(["Credit", "IICRC CEC hours", "Credit hours"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title"])),
        "foot": d.pick(
            ["Grades are updated as your work is graded.", "Printed from the learner view."]
        ),
    }
