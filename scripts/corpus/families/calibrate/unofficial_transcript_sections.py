"""An unofficial transcript printed from a training portal: the organisation
on top, the learner's name, login and the time the page was printed, then a
table of every enrollment (section title and number, status of passed,
failed, in progress or dropped, score, percentage, enrolled date and the
completion or drop date, credit hours), with a total line. It lists several
courses and certifies none of them on its own."""

SOURCE = "NexPort-Solutions/NexPort-Campus-Documentation:administrator-documentation/my-training-admin/progress-report.md"
KIND = "other"
PAPER = ["letter-landscape", "letter-portrait"]
CATEGORIES = ("other", "table", "record", "landscape", "distractor-date", "tiny-footer")

TEMPLATE = """<style>
.w { position:absolute; inset:34px 38px; font: 12px ${sans}; color:#222 }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:1px solid #bbb; padding-bottom:8px }
.top .o { font: bold 18px ${sans}; color:${dark} } .top .u { font-size:11px; color:#555; text-align:right; line-height:15px }
h2 { font: normal 20px ${sans}; margin:14px 0 4px } .who { font-size:12px; margin-bottom:12px; color:#333 }
table { width:100%; border-collapse:collapse; font-size:10.5px }
th { text-align:left; background:${light}; border-bottom:2px solid ${dark}; padding:5px 4px; font-size:9.5px; text-transform:uppercase; color:#333 }
td { padding:5px 4px; border-bottom:1px solid #ddd; vertical-align:top } td.n { text-align:right; white-space:nowrap }
.tot td { font-weight:bold; border-top:2px solid #444; border-bottom:none }
.nt { margin-top:12px; font-size:9.5px; color:#555; line-height:13px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top"><div class="o">${org}</div><div class="u">${printed_label} ${printed}<br>${url}</div></div>
 <h2>${heading}</h2>
 <div class="who">${learner} &middot; ${login_label} ${login}</div>
 <table><tr><th>Section title</th><th>Section no.</th><th>Status</th><th class="n">Score</th><th class="n">%</th>
  <th>Enrolled</th><th>Completed / dropped</th><th class="n">Hours</th></tr>${rows_html}
  <tr class="tot"><td colspan="7">${total_label}</td><td class="n">${total}</td></tr></table>
 <div class="nt">${note}</div>
 <div class="ft"><span>${copyright}</span><span>Page 1 of 1</span></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    style = d.pick(["us_numeric", "short_month", "iso"])
    pool = [c for c, _ in V.IICRC_COURSES] + list(V.CE_COURSES)
    titles = r.sample(pool, r.randint(4, 7))
    day = d.completed - timedelta(days=r.randint(300, 700))
    rows, total = [], 0.0
    for t in titles:
        enrolled = day
        status = d.pick(["Passed", "Passed", "Passed", "Failed", "In Progress", "Dropped"])
        hours = d.pick([1, 2, 3, 3.5, 7, 14, 0.5])
        if status == "In Progress":
            done, score, pct, hrs = "", "", "", ""
        else:
            done_day = enrolled + timedelta(days=r.randint(1, 40))
            done = fmt_date(done_day, style)
            s = r.randint(55, 100) if status != "Dropped" else 0
            score = f"{s}/100" if status != "Dropped" else ""
            pct = f"{s}%" if status != "Dropped" else ""
            hrs = f"{hours:g}" if status == "Passed" else "0"
            if status == "Passed":
                total += hours
        sec = f"{d.pick(['WRT', 'ASD', 'AMRT', 'OCT', 'CE', 'SEC'])}-{r.randrange(100, 999)}"
        rows.append(
            f"<tr><td>{t}</td><td>{sec}</td><td>{status}</td><td class=n>{score}</td><td class=n>{pct}</td>"
            f"<td>{fmt_date(enrolled, style)}</td><td>{done}</td><td class=n>{hrs}</td></tr>"
        )
        day = enrolled + timedelta(days=r.randint(10, 90))
    return {
        "org": d.org,
        "printed_label": "Printed",
        "printed": d.other_date("print", "us_numeric")
        + d.pick([" 9:14 AM", " 2:47 PM", " 11:02 AM"]),
        "url": d.web() + "/my-training/progress",
        "heading": "Unofficial Transcript",
        "learner": d.plain_name,
        "login_label": "Login:",
        "login": f"{d.first.lower().replace(' ', '')[:1]}{d.last.lower().replace(' ', '')}{r.randrange(1, 99)}",
        "rows_html": "".join(rows),
        "total_label": "Credit hours from passed sections",
        "total": f"{total:g}",
        "note": d.pick(
            [
                "This transcript is unofficial. Certificates of completion are available for passed "
                "sections only and are printed separately.",
                "Dropped and failed sections are shown for your records and carry no credit. "
                "Print each certificate from the Status column.",
            ]
        ),
        "copyright": f"© {d.org} {d.completed.year + 1}. All rights reserved.",
    }
