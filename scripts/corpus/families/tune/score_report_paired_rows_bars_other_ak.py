"""An examination score report printed from a school's testing portal after a
candidate fell short of the passing mark: the school's letterhead, a
centred report title, an apology sentence with the number answered right
and the pass mark, a striped box of paired rows (a row of small bold
labels, then a row of values: candidate and exam day, exam and number of
questions, status and time taken), a correct / incorrect tally with bars,
a table of the exam's domains with the share answered right, and the
retake rules, the proctor and the day printed. It records an attempt, no
completion and no credit."""

SOURCE = (
    "AdamB7586/TTest:templates/bootstrap4/results.tpl (report heading, not-passed sentence, "
    "paired label/value rows, correct and incorrect tally with progress bars)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "table",
    "labelled",
    "distractor-person",
    "distractor-date",
    "record",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 62px; font: 13px ${sans}; color:#333 }
.lh { display:flex; align-items:center; border-bottom:3px solid ${dark}; padding-bottom:10px }
.lg { width:46px; height:46px; border-radius:8px; background:${dark}; margin-right:12px; position:relative; flex:none }
.lg:before { content:''; position:absolute; inset:9px; border:4px solid #fff; border-radius:50% }
.lg:after { content:''; position:absolute; left:20px; top:4px; width:6px; height:38px; background:${accent} }
.lh .o { font: bold 17px ${display}; color:${dark}; white-space:nowrap } .lh .a { font-size:10.5px; color:#666; margin-top:2px }
.pr { margin-left:auto; padding-left:16px; text-align:right; font-size:10px; color:#777; line-height:14px; white-space:nowrap }
h1 { text-align:center; font: 22px ${sans}; margin:22px 0 10px; color:#222 }
.sorry { text-align:center; line-height:20px; margin-bottom:16px }
.card { border:1px solid #ddd; border-radius:4px; margin-bottom:14px }
table { width:100%; border-collapse:collapse }
.pairs td { padding:6px 12px; width:50% } .pairs tr:nth-child(4n+1) td, .pairs tr:nth-child(4n+2) td { background:#f4f4f4 }
.pairs tr.h td { font-weight:bold; font-size:12px; padding-bottom:1px }
.fail { color:#c0392b; font-weight:bold }
.tally td { padding:8px 12px; border-top:1px solid #eee } .tally td.n { width:90px; text-align:center }
.tally td.lb { width:110px; font-weight:bold }
.bar { height:14px; background:#e9ecef; border-radius:3px; overflow:hidden } .bar i { display:block; height:100% }
.dom th { text-align:left; font-size:11px; text-transform:uppercase; letter-spacing:.4px; color:#666;
  border-bottom:2px solid #ccc; padding:6px 12px } .dom td { padding:6px 12px; border-bottom:1px solid #eee }
.dom td.r, .dom th.r { text-align:right }
.notes { font-size:11.5px; line-height:16px; color:#444; margin-top:8px }
.notes li { margin-bottom:3px }
.sig { margin-top:22px; display:flex; justify-content:space-between; font-size:11px; color:#555 }
.sig b { display:block; font-size:13px; color:#222; font-weight:normal }
</style>
<div class="w">
 <div class="lh"><div class="lg"></div><div><div class="o">${org}</div><div class="a">${tagline}</div></div>
  <div class="pr">${portal}<br>${attempt_label} ${attempt}</div></div>
 <h1>${exam} ${report_word}</h1>
 <div class="sorry">${sorry}<br>${answered}</div>
 <div class="card"><table class="pairs">
  <tr class="h"><td>Candidate:</td><td>Date:</td></tr>
  <tr><td>${name}</td><td>${exam_date}</td></tr>
  <tr class="h"><td>Test:</td><td>Questions:</td></tr>
  <tr><td>${exam}</td><td>${questions}</td></tr>
  <tr class="h"><td>Status:</td><td>Time taken:</td></tr>
  <tr><td class="fail">${status}</td><td>${time}</td></tr>
 </table></div>
 <div class="card"><table class="tally">
  <tr><td class="lb">Correct</td><td class="n">${correct} / ${questions}</td><td><div class="bar"><i style="width:${pc}%;background:#5cb85c"></i></div></td></tr>
  <tr><td class="lb">Incorrect</td><td class="n">${wrong} / ${questions}</td><td><div class="bar"><i style="width:${pw}%;background:#d9534f"></i></div></td></tr>
 </table></div>
 <div class="card"><table class="dom">
  <tr><th>${domain_head}</th><th class="r">Items</th><th class="r">Correct</th><th class="r">Score</th></tr>
  ${domains_html}
 </table></div>
 <ul class="notes">${notes_html}</ul>
 <div class="sig"><div><b>${proctor}</b>${proctor_role}</div><div style="text-align:right"><b>${printed}</b>Report printed</div></div>
</div>
"""

DOMAINS = [
    "Principles and terminology",
    "Safety and health",
    "Inspection and documentation",
    "Equipment and procedures",
    "Standards and guidelines",
    "Psychrometry and drying",
    "Contamination and containment",
    "Customer and job management",
]


def fill(d):
    import html

    r = d.rng
    questions = d.pick([50, 80, 100, 110, 120])
    pass_pct = d.pick([70, 75, 80])
    pass_mark = round(questions * pass_pct / 100)
    correct = r.randrange(round(questions * 0.45), pass_mark)
    wrong = questions - correct
    names = r.sample(DOMAINS, d.pick([4, 5]))
    weights = [r.uniform(0.6, 1.6) for _ in names]
    sizes = [max(4, round(questions * w / sum(weights))) for w in weights]
    sizes[-1] = questions - sum(sizes[:-1])
    got = [0] * len(names)
    for _ in range(correct):
        room = [(n - g) * r.uniform(0.5, 1.5) for n, g in zip(sizes, got, strict=True)]
        got[r.choices(range(len(names)), weights=room)[0]] += 1
    rows = [
        f"<tr><td>{html.escape(dom)}</td><td class='r'>{n}</td><td class='r'>{g}</td>"
        f"<td class='r'>{round(100 * g / n)}%</td></tr>"
        for dom, n, g in zip(names, sizes, got, strict=True)
    ]
    org = d.provider()
    name = d.name("plain")
    from datetime import timedelta

    from corpus.formats import fmt_date

    retake_day = d.completed + timedelta(days=r.randrange(14, 31))
    retake = fmt_date(retake_day, d.pick(["long", "us_numeric", "short_month"]))
    printed = fmt_date(
        d.completed + timedelta(days=r.randrange(0, 4)), d.pick(["long", "us_numeric"])
    )
    minutes = r.randrange(35, 120)
    notes = [
        f"A passing score is {pass_mark} of {questions} ({pass_pct}%). "
        "No certificate, card or continuing education credit is issued for this attempt.",
        f"You may sit the exam again on or after {retake}. The retake fee applies.",
        d.pick(
            [
                "Review the domains scored below 70% before your next attempt.",
                "Your instructor can arrange a retake at a proctored location near you.",
            ]
        ),
    ]
    return {
        "org": org,
        "tagline": d.pick(["Testing Services", "Examination Office", "Candidate Portal"]),
        "portal": d.web(),
        "attempt_label": d.pick(["Attempt", "Sitting"]),
        "attempt": f"{d.pick([1, 1, 2])} · ID {r.randrange(100000, 999999)}",
        "exam": d.title("plain"),
        "report_word": d.pick(["Report", "Score Report", "Exam Report"]),
        "sorry": d.pick(
            [
                f"Sorry {name}, but you have not passed this time.",
                f"{name}, you did not reach the passing standard on this attempt.",
            ]
        ),
        "answered": f"You answered {correct} out of {questions} questions correctly; "
        f"the pass mark is {pass_mark} out of {questions}.",
        "name": name,
        "exam_date": d.date(d.pick(["long", "us_numeric", "short_month", "dmy_long"])),
        "questions": questions,
        "status": d.pick(["Failed", "Not passed", "Below passing standard"]),
        "time": f"{minutes // 60}h {minutes % 60:02d}m" if minutes >= 60 else f"{minutes} minutes",
        "correct": correct,
        "wrong": wrong,
        "pc": round(100 * correct / questions),
        "pw": round(100 * wrong / questions),
        "domain_head": d.pick(["Domain", "Section", "Content area"]),
        "domains_html": "".join(rows),
        "notes_html": "".join(f"<li>{html.escape(n)}</li>" for n in notes),
        "proctor": d.person(),
        "proctor_role": d.pick(["Proctor", "Exam proctor", "Testing coordinator"]),
        "printed": printed,
    }
