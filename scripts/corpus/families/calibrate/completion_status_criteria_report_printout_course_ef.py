"""A course completion status report printed from an online school's LMS
(portrait): the site's header bar with the school's mark and name, a
breadcrumb, the report heading, a labelled summary (learner, course,
status, requirement rule, completed on, course credit from a custom field),
then a bordered criteria table grouped by criteria type: each activity with
its requirement ("viewing", "marking complete", "receiving a grade"), its
status and the day it was met, a course grade line with the passing mark
and the grade reached, sometimes a self-completion line. The criteria rows
carry their own earlier dates; only the last one falls on the completion
day. Footer: the page address and the date the page was printed."""

SOURCE = (
    "jonof/moodle-block_completion_progress:README.md (activities with completion settings "
    "and expected-by dates, shown per learner) and ewallah/moodle-availability_coursecompleted:"
    "README.md (course completion as the condition for the certificate), as the LMS course "
    "completion status report lays them out: criteria group, criteria, requirement, status, "
    "complete, completion date"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "table",
    "record",
    "labelled",
    "portrait",
    "provider-in-logo",
    "distractor-date",
    "web-printout",
    "tiny-footer",
)

TEMPLATE = """<style>
.hd { position:absolute; left:0; right:0; top:0; height:58px; background:${hbg}; color:${hfg}; display:flex; align-items:center; padding:0 40px; gap:12px }
.hd .mk { width:34px; height:34px; border-radius:6px; background:${hfg}; color:${hbg}; font: bold 12px ${sans}; display:flex; align-items:center; justify-content:center }
.hd b { font: bold 16px ${face} } .hd span { margin-left:auto; font: 11px ${sans}; opacity:.85 }
.w { position:absolute; left:44px; right:44px; top:76px; font: 12px ${sans}; color:#1d2125 }
.cr { font-size:10.5px; color:#0f6cbf }
h2 { font: 22px ${sans}; margin:10px 0 14px; color:#1d2125 }
dl.s { display:grid; grid-template-columns: 170px 1fr; gap:6px 10px; margin:0 0 18px; font-size:12.5px }
dl.s dt { font-weight:bold; color:#444 } dl.s dd { margin:0 }
.badge { display:inline-block; background:#357a32; color:#fff; font-weight:bold; font-size:11px; padding:1px 7px; border-radius:3px }
table { width:100%; border-collapse:collapse; font-size:11.5px }
th { text-align:left; background:#f5f5f5; border:1px solid #dee2e6; padding:6px 7px; font-size:11px }
td { border:1px solid #dee2e6; padding:6px 7px; vertical-align:top }
td.g { background:#fafafa; font-weight:bold; color:#333 } td.nw { white-space:nowrap }
.y { color:#357a32; font-weight:bold }
.pf { position:absolute; left:44px; right:44px; bottom:16px; display:flex; justify-content:space-between; font: 9px ${sans}; color:#666 }
</style>
<div class="hd"><div class="mk">${mark}</div><b>${org}</b><span>${who_short}</span></div>
<div class="w">
 <div class="cr">Dashboard / My courses / ${crumb} / Reports</div>
 <h2>${heading}</h2>
 <dl class="s">
  <dt>${learner_l}</dt><dd>${name}</dd>
  <dt>Course</dt><dd>${title}</dd>
  <dt>Status</dt><dd><span class="badge">${status}</span></dd>
  <dt>Required</dt><dd>${rule}</dd>
  <dt>${date_l}</dt><dd>${date}</dd>
  <dt>${credit_l}</dt><dd>${hours}</dd>
 </dl>
 <table>
  <tr><th style="width:19%">Criteria group</th><th>Criteria</th><th style="width:22%">Requirement</th><th style="width:11%">Status</th><th style="width:9%">Complete</th><th style="width:16%">${cdate_h}</th></tr>
  ${rows_html}
 </table>
</div>
<div class="pf"><span>${url}</span><span>${printed}</span></div>
"""

ACTIVITIES = [
    ("Module 1: Orientation", "Viewing"),
    ("Module 2: Safety and PPE", "Marking complete"),
    ("Video: Inspection walk-through", "Viewing"),
    ("Reading: Industry standard overview", "Marking complete"),
    ("Module 3: Moisture and materials", "Marking complete"),
    ("Knowledge check 1", "Receiving a grade"),
    ("Module 4: Equipment and setup", "Viewing"),
    ("Case study assignment", "Receiving a grade"),
    ("Knowledge check 2", "Receiving a grade"),
    ("Course evaluation survey", "Submitting"),
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    org = d.provider()
    short = "".join(w[0] for w in org.replace("&", "").split() if w[:1].isupper())[:3] or "LMS"
    style = d.pick(["weekday", "long", "dmy_long", "short_month", "us_numeric"])
    date = d.date(style)
    acts = r.sample(ACTIVITIES, d.pick([3, 4, 5]))
    gaps = sorted(r.sample(range(1, 25), len(acts)), reverse=True)
    rows = []
    group = d.pick(["Activity completion", "Activities"])
    for i, ((act, req), gap) in enumerate(zip(acts, gaps, strict=True)):
        g = f'<td class="g" rowspan="{len(acts)}">{group}</td>' if i == 0 else ""
        rows.append(
            f"<tr>{g}<td>{e(act)}</td><td>{req}</td><td>{d.pick(['Complete', 'Done', 'Yes'])}</td>"
            f'<td class="y">&#10003;</td><td class="nw">{e(fmt_date(d.completed - timedelta(days=gap), style))}</td></tr>'
        )
    passmark = d.pick([70, 75, 80])
    grade = r.randrange(passmark + 2, 100)
    rows.append(
        f'<tr><td class="g">Course grade</td><td>Final assessment</td><td>{passmark}.00% required</td>'
        f'<td>{grade}.00%</td><td class="y">&#10003;</td><td class="nw">{e(date)}</td></tr>'
    )
    if d.chance(0.4):
        rows.append(
            '<tr><td class="g">Self completion</td><td>Manual self completion</td><td>Marking complete</td>'
            f'<td>Yes</td><td class="y">&#10003;</td><td class="nw">{e(date)}</td></tr>'
        )
    name = d.name(d.pick(["plain", "plain", "upper"]))
    hbg = d.pick([d.colors["dark"], "#0f6cbf", "#343a40", "#7a1f3d"])
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "hbg": hbg,
        "hfg": "#ffffff",
        "mark": short,
        "org": org,
        "who_short": f"{d.first} {d.last[:1]}.",
        "crumb": d.code or d.course[:24],
        "heading": d.pick(
            ["Course completion status", "Course completion report", "Completion details"]
        ),
        "learner_l": d.pick(["Learner", "Student", "User"]),
        "name": name,
        "title": d.title(d.pick(["plain", "with_code"])),
        "status": d.pick(["Complete", "Completed"]),
        "rule": d.pick(
            [
                "All criteria below are required",
                "All activities and a passing course grade",
            ]
        ),
        "date_l": d.pick(["Completed on", "Course completed", "Date of completion"]),
        "date": date,
        "credit_l": d.pick(
            ["CEC hours (course field)", "Continuing education credit", "Credit value"]
        ),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "iicrc_cec", "cecs"])),
        "cdate_h": d.pick(["Completion date", "Date met", "Completed on"]),
        "rows_html": "".join(rows),
        "url": f"https://{short.lower()}learn.org/blocks/completionstatus/details.php?course={r.randrange(10, 999)}",
        "printed": f"Printed {d.other_date('print', 'us_short')}",
    }
