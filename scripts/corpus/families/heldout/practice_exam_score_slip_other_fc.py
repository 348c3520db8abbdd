"""Not a record: a printed score slip from a school's practice-exam
kiosk. A student's name, the course the practice test prepares for, the
school, the attempt date, a score bar by topic, and a boxed note that a
practice attempt carries no credit and is not the certification exam. The
course's CEC figure is printed only as the course's listed value."""

SOURCE = (
    "eatbuildplay/saber-quiz:components/quiz/templates/quiz-end.php (quiz end page: exam score "
    "results, question count, revisit results from your dashboard, restart quiz)"
)
KIND = "other"
PAPER = ["slip", "half-letter"]
CATEGORIES = (
    "other",
    "slip",
    "landscape",
    "labelled",
    "table",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.s { position:absolute; inset:0; padding:16px 22px; font: 11.5px ${sans}; color:#222; display:flex; flex-direction:column }
.top { display:flex; justify-content:space-between; align-items:baseline; border-bottom:2px solid ${band}; padding-bottom:5px }
.top b { font: bold 15px ${head}; color:${band} } .top span { font-size:10px; color:#666 }
.row { display:flex; gap:18px; margin-top:9px }
.kv { flex:1; display:grid; grid-template-columns:auto 1fr; column-gap:10px; row-gap:2px; line-height:15px }
.kv span { color:#666 }
.sc { width:120px; text-align:center; border:2px solid ${band}; border-radius:6px; padding:4px }
.sc .n { font: bold 30px ${head}; color:${band}; line-height:36px } .sc .l { font-size:9.5px; text-transform:uppercase; letter-spacing:1px; color:#555 }
table { border-collapse:collapse; width:100%; margin-top:9px; font-size:10.5px }
td, th { padding:2px 5px; border-bottom:1px solid #ddd; text-align:left } th { font-weight:bold; color:#555; font-size:9.5px; text-transform:uppercase }
.bar { height:7px; background:#e4e4e4; width:110px; display:inline-block; vertical-align:middle } .bar i { display:block; height:7px; background:${band} }
.nb { margin-top:auto; background:${light}; border:1px dashed #999; padding:5px 8px; font-size:10.5px; line-height:14px }
.ft { font-size:8.5px; color:#777; margin-top:4px; display:flex; justify-content:space-between }
</style>
<div class="s">
 <div class="top"><b>${headline}</b><span>${school}</span></div>
 <div class="row">
  <div class="kv">
   <span>Student</span><b>${who}</b>
   <span>Prepares for</span><div>${course}</div>
   <span>Attempt</span><div>${attempt}</div>
   <span>Taken</span><div>${taken}</div>
   <span>Course value</span><div>${cec}</div>
  </div>
  <div class="sc"><div class="l">${sc_label}</div><div class="n">${pct}%</div><div class="l">${right} of ${total}</div></div>
 </div>
 <table><tr><th>Topic</th><th>Correct</th><th></th></tr>${topics_html}</table>
 <div class="nb">${note}</div>
 <div class="ft"><span>${kiosk}</span><span>${proctor}</span></div>
</div>
"""

TOPICS = [
    "Psychrometry",
    "Moisture mapping",
    "Categories of water",
    "Classes of drying",
    "Safety & health",
    "Documentation",
    "Equipment placement",
    "Microbiology basics",
    "Fibre identification",
    "Cleaning chemistry",
]


def fill(d):
    from corpus import values as V
    from corpus.formats import fmt_number

    r = d.rng
    title, code = d.pick(V.IICRC_COURSES)
    school = d.pick([s for s, _ in V.SCHOOLS])
    topics = r.sample(TOPICS, d.pick([3, 4, 5]))
    rows, right, total = [], 0, 0
    for t in topics:
        n = r.randrange(6, 16)
        k = r.randrange(n // 2, n + 1)
        right, total = right + k, total + n
        rows.append(
            f"<tr><td>{t}</td><td>{k}/{n}</td><td><span class='bar'>"
            f"<i style='width:{round(100 * k / n)}%'></i></span></td></tr>"
        )
    cec = fmt_number(d.pick([7, 14, 14, 19, 21]), r)
    return {
        "head": d.fonts[d.pick(["sans", "cond", "display"])],
        "band": d.pick([d.colors["dark"], d.colors["accent"]]),
        "headline": d.pick(
            ["Practice Exam Results", "PRACTICE TEST \u2013 SCORE REPORT", "Practice Quiz Score"]
        ),
        "school": school,
        "who": d.person(),
        "course": f"{code} \u2013 {title}" if d.chance(0.5) else title,
        "attempt": f"{d.pick([1, 2, 3])} of unlimited",
        "taken": d.other_date("registered"),
        "cec": d.pick([f"{cec} CECs (on completion of the full course)", f"{cec} CEC course"]),
        "sc_label": d.pick(["Score", "Result"]),
        "pct": str(round(100 * right / total)),
        "right": str(right),
        "total": str(total),
        "topics_html": "".join(rows),
        "note": d.pick(
            [
                "PRACTICE ONLY. This attempt is not the certification exam, is not reported to "
                "any certifying body and carries no continuing-education credit.",
                "This is a self-check. No credit, hours or certificate are issued for practice "
                "attempts. Retake as often as you like before exam day.",
            ]
        ),
        "kiosk": f"Kiosk {r.randrange(1, 9)} \u00b7 slip {d.number()}",
        "proctor": d.pick(["Unproctored", f"Room monitor: {d.person()}"]),
    }
