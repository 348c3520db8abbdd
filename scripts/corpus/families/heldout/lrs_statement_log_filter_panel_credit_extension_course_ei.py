"""A page printed from a learning record store (the xAPI statement viewer an
LMS or course player sends to): a top bar with the store's name, a filter
panel naming the learner (agent) and the course (activity), a table of
statements in time order (launched, experienced each module, answered,
passed the assessment, completed the course) with date and time columns, a
result column with scores and durations, and below it the expanded
"completed" statement showing the course's authority and its credit
extension."""

SOURCE = (
    "camwestwood/xapi:generic/view.md (actor, verb, object, timestamp of a statement) and "
    "typsy-dev/documentation:xApi.md (progressed and completed statements for courses)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "mono",
    "portrait",
    "web-printout",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:44px; right:44px; top:26px; font: 12.5px ${sans}; color:#222 }
.url { display:flex; justify-content:space-between; font-size:9.5px; color:#777; margin-bottom:10px }
.bar { background:${dark}; color:#fff; padding:10px 14px; display:flex; justify-content:space-between; align-items:center }
.bar b { font: bold 16px ${sans}; letter-spacing:.5px } .bar span { font-size:11.5px; opacity:.85 }
h2 { font: bold 19px ${sans}; margin:16px 0 10px }
.flt { display:grid; grid-template-columns: 90px 1fr; gap:5px 10px; background:${light}; border:1px solid #d8d8d8; padding:10px 12px; font-size:12.5px }
.flt .k { color:#666 } .flt code { font: 11.5px ${mono}; color:#555 }
table { width:100%; border-collapse:collapse; margin-top:14px; font-size:11.5px }
th { text-align:left; background:#eceff3; border-bottom:2px solid #c9ced6; padding:5px 5px; font-size:10.5px; text-transform:uppercase; color:#444 }
td { border-bottom:1px solid #e2e2e2; padding:5px 5px; vertical-align:top }
td.m { font-family:${mono}; font-size:11px; white-space:nowrap }
td.v { font-weight:bold; color:${accent} }
tr.hl td { background:#fff8e0 }
.js { margin-top:14px; border:1px solid #d8d8d8; background:#fafafa; padding:10px 12px; font: 11px/16px ${mono}; color:#333; white-space:pre }
.ft { position:absolute; left:44px; right:44px; bottom:24px; font-size:9.5px; color:#888; display:flex; justify-content:space-between; border-top:1px solid #ddd; padding-top:5px }
</style>
<div class="w">
 <div class="url"><span>${url}</span><span>${printed}</span></div>
 <div class="bar"><b>${store}</b><span>${signed_in}</span></div>
 <h2>${heading}</h2>
 <div class="flt">
  <div class="k">Agent</div><div>${name} <code>mailto:${email}</code></div>
  <div class="k">Activity</div><div>${title}</div>
  <div class="k">Authority</div><div>${org}</div>
  <div class="k">Since</div><div><code>${since}</code></div>
 </div>
 <table><tr><th>Date</th><th>Time</th><th>Verb</th><th>Object</th><th>Result</th></tr>
 ${rows_html}</table>
 <div class="js">${detail_html}</div>
</div>
<div class="ft"><span>${count} statements</span><span>Page 1 of 1</span></div>
"""

MODULES = [
    "Module 1: Introduction",
    "Module 2: Principles and terms",
    "Module 3: Safety on the job",
    "Module 4: Inspection and assessment",
    "Module 5: Equipment and methods",
    "Module 6: Documentation",
    "Module 7: Case studies",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    style = d.pick(["iso", "iso", "us_numeric"])
    name = d.name("plain")
    title = d.title(d.pick(["plain", "with_code"]))
    span = d.pick([2, 4, 6, 9])
    start = d.completed - timedelta(days=span)
    mods = MODULES[: d.pick([4, 5, 6])]
    events = [(start, "launched", html.escape(title), "")]
    for i, m in enumerate(mods):
        day = start + timedelta(days=round(span * i / len(mods)))
        events.append((day, "experienced", m, f"PT{r.randrange(18, 75)}M"))
    events.append((d.completed, "answered", "Final assessment, question 20", "true"))
    score = r.randrange(80, 100)
    events.append((d.completed, "passed", "Final assessment", f"score {score}/100"))
    rows, clock = [], r.randrange(8 * 60, 18 * 60)
    for day, verb, obj, res in events:
        clock += r.randrange(1, 9)
        hh, mm = divmod(clock, 60)
        rows.append(
            f'<tr><td class="m">{fmt_date(day, style)}</td><td class="m">{hh:02d}:{mm:02d}:{r.randrange(60):02d}</td>'
            f'<td class="v">{verb}</td><td>{obj}</td><td class="m">{res}</td></tr>'
        )
    printed_date = d.date(style)
    rows.append(
        f'<tr class="hl"><td class="m">{html.escape(printed_date)}</td>'
        f'<td class="m">{(clock + 1) // 60:02d}:{(clock + 1) % 60:02d}:{r.randrange(60):02d}</td><td class="v">completed</td>'
        f'<td>{html.escape(title)}</td><td class="m">completion true</td></tr>'
    )
    if d.chance(0.4):
        rows.reverse()
    slug = "".join(ch for ch in d.org.lower() if ch.isalnum())[:14]
    org = d.provider()
    hours = d.hours_number()
    ext_key = d.pick(["cec-hours", "credit-hours", "ceu-hours"])
    detail = (
        f'"verb": "http://adlnet.gov/expapi/verbs/completed",\n'
        f'"authority": "{html.escape(org)}",\n'
        f'"result": {{ "completion": true, "duration": "PT{r.randrange(3, 20)}H{r.randrange(60)}M" }},\n'
        f'"extensions": {{ "{ext_key}": {hours} }}'
    )
    import unicodedata

    plain = unicodedata.normalize("NFKD", d.first).encode("ascii", "ignore").decode()
    first = "".join(ch for ch in plain.lower() if ch.isalpha())[:8] or "learner"
    return {
        "url": f"https://lrs.{slug}.com/statements?agent=mbox",
        "printed": d.other_date("print", "us_short"),
        "store": d.pick(["Learning Record Store", "LRS Statement Viewer", "xAPI Statements"]),
        "signed_in": d.pick(["Signed in as admin", "Read-only report", "Reporting account"]),
        "heading": d.pick(["Statements for learner", "Statement log", "Activity stream"]),
        "name": name,
        "email": f"{first}{r.randrange(10, 99)}@mail.com",
        "title": title,
        "org": org,
        "since": fmt_date(start - timedelta(days=1), "iso") + "T00:00:00Z",
        "rows_html": "".join(rows),
        "detail_html": detail,
        "count": len(rows),
    }
