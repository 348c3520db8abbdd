"""A course-completion record with a narrow coloured strip down one side
(left or right) listing the course's modules in light text, each ticked,
with the total module count, and a white main panel: the school's name as a
small logo line, a "Course Record" heading, a one-row table with column
headers (learner, course, completed, CEC hours; the column order varies),
under it a small assessment table (attempt, date, score, result) with its
own dates, an optional approval line, and a short note with a record number
and the date printed."""

SOURCE = (
    "mguilhermealves/SISMOB-LEGO:site/public_html/ui/page/course/parts/sidebar.php (course "
    "sidebar: coloured section title bars with light text, module list with a completed tick "
    "per item, progress block)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait", "letter-landscape"]
CATEGORIES = (
    "table",
    "record",
    "labelled",
    "portrait",
    "landscape",
    "dark-band",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.strip { position:absolute; top:0; bottom:0; ${side}:0; width:${strip_w}px; background:${strip}; color:${strip_fg}; padding:34px 14px; font: 10.5px ${sans} }
.strip h3 { margin:0 0 4px; font: bold 11px ${sans}; text-transform:uppercase; letter-spacing:1.4px }
.strip .cnt { font-size:9.5px; opacity:.8; margin-bottom:12px }
.strip .it { display:flex; gap:6px; margin-bottom:9px; line-height:13px } .strip .it i { font-style:normal; font-weight:bold; flex:none }
.strip .pg { position:absolute; left:14px; right:14px; bottom:34px; font-size:9.5px }
.strip .pg div { height:5px; background:rgba(255,255,255,.35); margin-top:4px } .strip .pg div b { display:block; height:100%; width:100%; background:${strip_fg} }
.main { position:absolute; top:0; bottom:0; ${other}:0; ${side}:${strip_w}px; padding:40px 44px; font: 12px ${sans}; color:#222 }
.logo { display:flex; align-items:center; gap:9px; font: bold 15px ${display}; color:${dark} }
.logo i { width:26px; height:26px; background:${strip}; display:block; border-radius:${logo_r} }
h1 { font: bold 24px ${face}; margin:22px 0 4px; color:#111 } .sub { color:#666; font-size:11.5px; margin-bottom:18px }
table { width:100%; border-collapse:collapse }
th { text-align:left; font-size:10px; text-transform:uppercase; letter-spacing:.5px; color:#555; border-bottom:2px solid ${strip}; padding:5px 6px }
td { padding:8px 6px; border-bottom:1px solid #ddd; vertical-align:top; font-size:${cell_px}px }
td.nw { white-space:nowrap }
.cap { font: bold 11px ${sans}; text-transform:uppercase; letter-spacing:1px; color:${dark}; margin:26px 0 4px }
table.a td { padding:5px 6px; font-size:11px }
.ap { margin-top:16px; font-size:11.5px }
.note { margin-top:22px; font-size:10px; color:#666; line-height:14px; border-top:1px solid #ddd; padding-top:6px }
</style>
<div class="strip">
 <h3>${mods_head}</h3><div class="cnt">${n_mods} modules · all complete</div>
 ${mods_html}
 <div class="pg">Progress 100%<div><b></b></div></div>
</div>
<div class="main">
 <div class="logo"><i></i>${org}</div>
 <h1>${heading}</h1><div class="sub">${sub}</div>
 <table><tr>${head_html}</tr><tr>${row_html}</tr></table>
 <div class="cap">${assess_head}</div>
 <table class="a"><tr><th>Attempt</th><th>Date</th><th>Score</th><th>Result</th></tr>${assess_html}</table>
 ${approval_html}
 <div class="cap">${info_head}</div>
 <table class="a">
  <tr><td style="width:28%;color:#555">Instructor</td><td>${instructor}</td></tr>
  <tr><td style="color:#555">Delivery</td><td>${delivery}</td></tr>
  <tr><td style="color:#555">${enrol_label}</td><td>${enrolled}</td></tr>
  <tr><td style="color:#555">Certificate status</td><td>${cert_status}</td></tr>
 </table>
 <div class="note">${note}<br>Record ${record} · Printed ${printed}</div>
</div>
"""

MODULES = [
    "Introduction and safety",
    "Building science basics",
    "Water categories and classes",
    "Moisture detection tools",
    "Drying equipment",
    "Psychrometric calculations",
    "Contents handling",
    "Structural drying plans",
    "Microbial concerns",
    "Documentation",
    "Review and exam prep",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    mods = sorted(r.sample(MODULES, d.pick([5, 6, 7, 8])), key=MODULES.index)
    mods_html = "".join(
        f'<div class="it"><i>&#10003;</i><span>{i}. {e(m)}</span></div>'
        for i, m in enumerate(mods, 1)
    )
    style = d.pick(["long", "us_numeric", "short_month", "dmy_long", "iso"])
    cells = {
        "name": ("Learner", d.name(d.pick(["plain", "plain", "last_first", "upper"])), ""),
        "title": ("Course", d.title(), ""),
        "date": (d.pick(["Completed", "Date completed", "Completion"]), d.date(style), "nw"),
        "hours": (d.pick(["CEC hours", "CECs", "Credit hrs"]), d.hours_number(), "nw"),
    }
    order = d.pick(
        [
            ["name", "title", "date", "hours"],
            ["title", "name", "hours", "date"],
            ["name", "title", "hours", "date"],
            ["title", "date", "hours", "name"],
        ]
    )
    head_html = "".join(f"<th>{e(cells[k][0])}</th>" for k in order)
    row_html = "".join(f'<td class="{cells[k][2]}">{e(cells[k][1])}</td>' for k in order)
    attempts = d.pick([1, 1, 2])
    assess = []
    for a in range(attempts, 0, -1):
        last = a == attempts
        day = fmt_date(
            d.completed if last else d.completed - timedelta(days=r.randint(1, 9)), style
        )
        score = r.randint(80, 100) if last else r.randint(55, 69)
        assess.append(
            f"<tr><td>{a}</td><td>{e(day)}</td><td>{score}%</td><td>{'Pass' if last else 'Not passed'}</td></tr>"
        )
    assess_html = "".join(reversed(assess))
    approval_html = ""
    if d.chance(0.4):
        approval_html = f'<div class="ap">IICRC course approval: <b>{e(d.approval())}</b></div>'
    light = d.chance(0.7)
    side = d.pick(["left", "left", "right"])
    return {
        "side": side,
        "other": "right" if side == "left" else "left",
        "strip_w": d.pick(["170", "185", "200"]),
        "strip": d.colors["dark"] if light else d.colors["light"],
        "strip_fg": "#fff" if light else "#222",
        "display": d.fonts["display"],
        "logo_r": d.pick(["50%", "4px", "0"]),
        "face": d.fonts[d.pick(["sans", "serif", "display"])],
        "cell_px": d.pick(["12", "12.5", "13"]),
        "mods_head": d.pick(["Course modules", "Curriculum", "Modules"]),
        "n_mods": str(len(mods)),
        "mods_html": mods_html,
        "org": d.provider(),
        "heading": d.pick(["Course Record", "Course Completion Record", "Learner Record"]),
        "sub": d.pick(
            [
                "This record shows a completed course and the assessment result.",
                "Generated from the learner's course enrolment.",
                "Completion of every module and the final assessment is required for credit.",
            ]
        ),
        "head_html": head_html,
        "row_html": row_html,
        "assess_head": d.pick(["Final assessment", "Assessment attempts", "Exam"]),
        "assess_html": assess_html,
        "approval_html": approval_html,
        "note": d.pick(
            [
                "Continuing education credit is reported once per course completion.",
                "Keep this record with your certificate of completion.",
            ]
        ),
        "info_head": d.pick(["Course information", "Enrolment", "Details"]),
        "instructor": d.person(),
        "delivery": d.pick(["Classroom", "Live online", "Self-paced online", "Blended · 2 days"]),
        "enrol_label": d.pick(["Enrolled", "Registered", "Start date"]),
        "enrolled": fmt_date(d.completed - timedelta(days=r.randint(12, 70)), style),
        "cert_status": d.pick(["Issued", "Issued · emailed to learner", "Available for download"]),
        "record": d.number("R-"),
        "printed": d.other_date("print", style),
    }
