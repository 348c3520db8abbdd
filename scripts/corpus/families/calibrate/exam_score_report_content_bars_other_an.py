"""A candidate score report for a certification exam, printed after the
exam: a header of two cells, the testing service's mark and name on the
left and a dark cell with the report's title in white on the right; a grid
of labelled candidate details (candidate, ID, examination, form, exam day,
test site, delivery, proctor); a result box with the outcome in large
letters, the score and the passing score; a table of content areas with
items, items correct, percent and a bar; then notes saying the report is no
certificate and earns no continuing education credit, how and when the
certification follows or a retest may be booked, and a printed-on line. It
names a person, an exam, a proctor and dates, and records no course
completion."""

SOURCE = (
    "Dh2002Sh08/Resume:pdf.php (test taker score report: logo cell beside a dark title cell, "
    "candidate table, section scores) and https://www.cicert.com/examination-scoring "
    "(pass/fail with performance by test domain, minimum score, retest policy)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "dark-band",
    "labelled",
    "table",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; left:54px; right:54px; top:48px; font: 13px ${sans}; color:#1f2430 }
.hd { display:flex; border:1px solid #d3d6dc; height:74px }
.hd .lg { width:44%; display:flex; align-items:center; gap:10px; padding:0 14px; border-right:1px solid #d3d6dc }
.hd .mk { width:44px; height:44px; flex:none; border-radius:${mark_radius}; background:${accent}; color:#fff; font: bold 16px ${display};
  display:flex; align-items:center; justify-content:center }
.hd .on { font: bold 12.5px ${sans}; color:#2a2f3a; white-space:nowrap }
.hd .tl { flex:1; background:${dark}; color:#fff; display:flex; flex-direction:column; justify-content:center; padding:0 22px }
.hd .tl b { font: bold 20px ${sans}; letter-spacing:1px } .hd .tl span { font-size:11.5px; opacity:0.85; margin-top:3px }
.gd { display:grid; grid-template-columns: 110px 1.5fr 100px 1fr; gap:8px 10px; margin-top:22px; padding-bottom:16px; border-bottom:1px solid #d3d6dc }
.gd .k { color:#656b78; font-size:12px } .gd .v { font-weight:bold }
.rs { display:flex; gap:0; margin-top:20px; border:1px solid #d3d6dc }
.rs div { flex:1; white-space:nowrap; padding:12px 16px; border-right:1px solid #d3d6dc } .rs div:last-child { border-right:none }
.rs .k { display:block; color:#656b78; font-size:11.5px; text-transform:uppercase; letter-spacing:1px }
.rs .big { display:block; font: bold 22px ${sans}; margin-top:4px; color:${outcome_color} }
.rs .num { display:block; font: bold 22px ${sans}; margin-top:6px }
h3 { font: bold 14px ${sans}; margin:24px 0 8px; color:${dark}; text-transform:uppercase; letter-spacing:1px }
table { width:100%; border-collapse:collapse; font-size:12.5px }
th { text-align:left; background:#eef0f4; color:#3b404c; padding:7px 8px; font-size:11.5px; border-bottom:1px solid #c9cdd6 }
td { padding:7px 8px; border-bottom:1px solid #e2e4e9 }
.bar { height:10px; background:#e6e8ed; border-radius:5px; width:160px } .bar i { display:block; height:10px; border-radius:5px; background:${accent} }
.nt { margin-top:22px; font-size:11.5px; line-height:17px; color:#3b404c }
.nt p { margin:0 0 7px }
.pf { position:absolute; left:54px; right:54px; bottom:34px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#6a6f7b; border-top:1px solid #d3d6dc; padding-top:6px }
</style>
<div class="w">
 <div class="hd"><div class="lg"><div class="mk">${mark}</div><div class="on">${service}</div></div>
  <div class="tl"><b>${title}</b><span>${title_sub}</span></div></div>
 <div class="gd">
  <span class="k">Candidate</span><span class="v">${name}</span><span class="k">Candidate ID</span><span class="v">${cand_id}</span>
  <span class="k">Examination</span><span class="v">${exam}</span><span class="k">Exam form</span><span class="v">${form}</span>
  <span class="k">Exam date</span><span class="v">${exam_date}</span><span class="k">Delivery</span><span class="v">${delivery}</span>
  <span class="k">Test site</span><span class="v">${site}</span><span class="k">Proctor</span><span class="v">${proctor}</span>
 </div>
 <div class="rs">
  <div style="flex:1.5"><span class="k">Result</span><span class="big">${outcome}</span></div>
  <div><span class="k">Your score</span><span class="num">${score}%</span></div>
  <div><span class="k">Passing score</span><span class="num">${cut}%</span></div>
  <div><span class="k">Items correct</span><span class="num">${correct} / ${items}</span></div>
 </div>
 <h3>${areas_head}</h3>
 <table><tr><th>Content area</th><th>Items</th><th>Correct</th><th>Percent</th><th>Performance</th></tr>${rows_html}</table>
 <div class="nt">${notes_html}</div>
</div>
<div class="pf"><span>${foot}</span><span>Report printed ${printed}</span></div>
"""

AREAS = [
    "Standards, terminology and ethics",
    "Health and safety",
    "Inspection and assessment",
    "Psychrometry and drying principles",
    "Equipment and instruments",
    "Procedures and methods",
    "Chemistry and products",
    "Documentation and customer relations",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    e = html.escape
    service = d.pick(
        [
            "Restoration Examination Services",
            "Certification Testing Partners",
            "National Trade Exam Center",
            "Registry Testing Services, Inc.",
        ]
    )
    mark = "".join(w[0] for w in service.split() if w[:1].isupper())[:3]
    course, code = (d.course, d.code) if d.code else d.pick(V.IICRC_COURSES)
    exam = f"{course} ({code})"

    areas = r.sample(AREAS, d.pick([4, 5, 5, 6]))
    counts = [r.randrange(10, 31) for _ in areas]
    cut = d.pick([70, 70, 75, 80])
    passed = d.chance(0.65)
    rows, correct = [], 0
    for area, n in zip(areas, counts, strict=True):
        lo, hi = (0.7, 0.98) if passed else (0.45, 0.78)
        c = max(1, min(n, round(n * r.uniform(lo, hi))))
        correct += c
        pct = round(100 * c / n)
        rows.append(
            f"<tr><td>{e(area)}</td><td>{n}</td><td>{c}</td><td>{pct}%</td>"
            f'<td><div class="bar"><i style="width:{pct}%"></i></div></td></tr>'
        )
    items = sum(counts)
    score = round(100 * correct / items)
    passed = score >= cut
    outcome = (
        d.pick(["PASS", "PASSED"]) if passed else d.pick(["NOT PASSED", "FAIL", "DID NOT PASS"])
    )

    exam_day = d.completed
    printed = exam_day + timedelta(days=r.randint(0, 6))
    retest = r.choice([7, 14, 30])
    notes = [
        "<p><b>This score report is not a certificate.</b> It carries no continuing education "
        "credit and may not be used as proof of class attendance.</p>"
    ]
    if passed:
        notes.append(
            "<p>Your certification is issued once the certifying body has received the class "
            f"roster and your fee; allow up to {d.pick(['two', 'three', 'four'])} weeks. Your "
            "wallet card and certificate will show your certification number.</p>"
        )
    else:
        notes.append(
            f"<p>You may schedule a retest {retest} days or more after this attempt. Use the "
            "content area results above to plan your review; the percentages are for feedback "
            "only and are not scores of their own.</p>"
        )
    notes.append(
        f"<p>Scores are final after review of the session by the proctor. Questions about this "
        f"report: {e(d.phone())}.</p>"
    )
    street, town = d.address()
    return {
        "mark_radius": d.pick(["50%", "6px"]),
        "mark": mark,
        "service": service,
        "title": d.pick(
            ["Candidate Score Report", "Examination Score Report", "Test Taker Score Report"]
        ),
        "title_sub": d.pick(
            [
                "Certification examination results",
                "Unofficial until certification is issued",
                "Candidate copy",
            ]
        ),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "cand_id": d.number(),
        "exam": exam,
        "form": f"{code}-{d.pick(['A', 'B', 'C'])}{r.randrange(1, 9)}",
        "exam_date": fmt_date(exam_day, d.pick(["us_numeric", "long", "short_month", "iso"])),
        "delivery": d.pick(["Paper, proctored", "Online, remote proctor", "Computer, test center"]),
        "site": d.pick([d.city(), d.venue(), "Remote (online)"]),
        "proctor": d.person(),
        "outcome": outcome,
        "outcome_color": "#17612c" if passed else "#8a1c1c",
        "score": score,
        "cut": cut,
        "correct": correct,
        "items": items,
        "areas_head": d.pick(["Performance by content area", "Content area results"]),
        "rows_html": "".join(rows),
        "notes_html": "".join(notes),
        "foot": f"{service} · {street}, {town}",
        "printed": fmt_date(printed, d.pick(["us_numeric", "short_month"])),
    }
