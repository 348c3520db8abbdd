"""Not a record: the score report a testing portal prints when a
certification exam was not passed (portrait screen printout). The candidate's
name and ID, the exam and its provider, the date taken, a large NOT PASSED
result, a bar for each content area against the passing line, and a note
that no certification or CEC is awarded and when a retake is allowed."""

SOURCE = (
    "wording: certification exam score reports (candidate ID, scaled score against a passing "
    "score, result by content domain, retake policy, 'no credential is awarded')"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "web-printout",
    "labelled",
    "table",
    "portrait",
    "dark-band",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; font: 13px ${sans}; color:#222 }
.ph { display:flex; justify-content:space-between; padding:10px 28px; font-size:9.5px; color:#777 }
.band { margin:0 28px; background:${dark}; color:#fff; padding:14px 20px; display:flex; justify-content:space-between; align-items:center }
.band b { font: bold 20px ${head} } .band span { font-size:11px; opacity:.85; text-align:right; line-height:15px }
.meta { margin:16px 28px 0; display:grid; grid-template-columns:140px 1fr 120px 1fr; row-gap:6px; font-size:12.5px }
.meta span { color:#666 }
.res { margin:22px 28px 0; border:2px solid #b3261e; padding:14px 20px; display:flex; align-items:center; gap:24px }
.res .big { font: bold 30px ${head}; color:#b3261e; letter-spacing:1px; white-space:nowrap }
.res .sc { font-size:13px; line-height:19px }
.res .sc b { font-size:17px }
h3 { margin:22px 28px 6px; font-size:14px; color:${dark} }
table { margin:0 28px; width:calc(100% - 56px); border-collapse:collapse; font-size:12px }
th { text-align:left; font-size:10.5px; color:#666; border-bottom:1px solid #999; padding:3px 4px }
td { padding:5px 4px; border-bottom:1px solid #e2e2e2 }
.bar { position:relative; width:220px; height:10px; background:#e7e7e7 }
.bar i { position:absolute; left:0; top:0; bottom:0; background:${accent} }
.bar u { position:absolute; top:-3px; bottom:-3px; width:2px; background:#222 }
.note { margin:18px 28px 0; font-size:12px; line-height:18px; background:${light}; padding:10px 14px }
.ft { position:absolute; left:28px; right:28px; bottom:14px; font-size:9.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="ph"><span>${printed}</span><span>${portal}</span></div>
 <div class="band"><b>${band_title}</b><span>${body}<br>${prov}</span></div>
 <div class="meta">
  <span>Candidate</span><b>${cand}</b><span>Candidate ID</span><div>${cid}</div>
  <span>Examination</span><div>${exam}</div><span>Date taken</span><div>${taken}</div>
  <span>Delivery</span><div>${delivery}</div><span>Attempt</span><div>${attempt}</div>
 </div>
 <div class="res"><div class="big">${result}</div><div class="sc">Your score: <b>${score}</b><br>Passing score: ${passing}</div></div>
 <h3>${areas_head}</h3>
 <table><tr><th>Content area</th><th>Items</th><th>Performance</th></tr>${rows_html}</table>
 <div class="note">${note}</div>
 <div class="ft"><span>${url}</span><span>Page 1 of 1</span></div>
</div>
"""

AREAS = {
    "WRT": [
        "Water damage categories & classes",
        "Psychrometry",
        "Equipment & drying",
        "Safety & health",
        "Documentation",
    ],
    "AMRT": [
        "Microbiology basics",
        "Containment",
        "Source removal",
        "PPE & worker safety",
        "Post-remediation verification",
    ],
    "FSRT": ["Fire behavior & residues", "Cleaning methods", "Odor control", "Contents", "Safety"],
    "ASD": [
        "Psychrometry",
        "Moisture measurement",
        "Drying systems",
        "Structural drying",
        "Monitoring",
    ],
}


def fill(d):
    from datetime import timedelta

    from corpus import values as V

    r = d.rng
    code = d.pick(list(AREAS))
    title = dict((c, t) for t, c in V.IICRC_COURSES).get(code, code)
    passing = d.pick([70, 75, 80])
    score = passing - r.randrange(2, 14)
    taken = d.completed + timedelta(days=r.randrange(0, 10))
    rows = ""
    for area in AREAS[code]:
        pct = max(30, min(98, score + r.randrange(-18, 16)))
        rows += (
            f"<tr><td>{area}</td><td>{d.pick([8, 10, 12, 15, 20])}</td>"
            f"<td><div class='bar'><i style='width:{pct}%'></i><u style='left:{passing}%'></u></div></td></tr>"
        )
    retake = taken + timedelta(days=d.pick([7, 14, 30]))
    from corpus.formats import fmt_date

    return {
        "head": d.fonts[d.pick(["sans", "display", "cond"])],
        "printed": fmt_date(taken, "us_short") + d.pick([", 3:41 PM", ", 10:07 AM"]),
        "portal": d.pick(["Candidate Portal – Score Report", "Exam results", "My Exams"]),
        "band_title": d.pick(["Examination Score Report", "Candidate Score Report", "Exam Result"]),
        "body": d.pick(
            ["Restoration Certification Council", "Inspection & Restoration Credentialing Board"]
        ),
        "prov": d.pick([s for s, _ in V.SCHOOLS]),
        "cand": d.person(),
        "cid": d.number("ID "),
        "exam": f"{code} – {title}",
        "taken": fmt_date(taken, d.pick(["long", "us_numeric", "dd_mon_yyyy"])),
        "delivery": d.pick(["Proctored, in class", "Online, remote proctor", "Paper"]),
        "attempt": d.pick(["1 of 3", "2 of 3", "1"]),
        "result": d.pick(["NOT PASSED", "FAIL", "DID NOT PASS"]),
        "score": f"{score}%",
        "passing": f"{passing}%",
        "areas_head": d.pick(["Performance by content area", "Diagnostic feedback"]),
        "rows_html": rows,
        "note": d.pick(
            [
                "No certification has been awarded and no continuing education credit is recorded for "
                f"this attempt. You may retake the examination on or after {fmt_date(retake, 'long')}.",
                "Because the passing score was not reached, course credit (CECs) cannot be reported "
                f"for this class. Retake eligibility begins {fmt_date(retake, 'long')}; a retake fee applies.",
            ]
        ),
        "url": f"https://portal.example-exams.org/results/{r.randrange(10**6, 10**7)}",
    }
