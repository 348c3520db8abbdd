"""Not a certificate: a restoration company's supervisor report exported
from its LMS account mid-quarter, printed landscape. A header with the
company's name inside its logo block, the report name, the period and the
time it was run; four summary tiles (assigned, in progress, not started,
overdue, with a completed count of zero); then a table with one row per
technician: name, assigned course, assigned on, due on, a progress bar with
its percentage, last activity, status and the credit the course will carry
once finished. No row is complete. Footer: who ran the report and a note
that no certificate has been issued for the listed items."""

SOURCE = (
    "jhfrench/Workstream:Reports/dsp_deadline_management_sub.cfm (per-employee report table "
    "with team member, counts and percentage, zebra rows and a note on who is left out) and "
    "wording of LMS manager dashboards (assigned, due, progress, overdue, last activity)"
)
KIND = "other"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "other",
    "table",
    "landscape",
    "distractor-person",
    "distractor-date",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; left:36px; right:36px; top:26px; bottom:26px; font: 11.5px ${sans}; color:#222 }
.hd { display:flex; align-items:center; gap:14px; padding-bottom:10px; border-bottom:1px solid #ccc }
.lg { border:2px solid ${acc}; color:${acc}; padding:6px 10px; font: bold 14px ${face}; line-height:17px; max-width:260px }
.lg small { display:block; font: 9px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#666 }
.hd h1 { margin:0; font: bold 19px ${sans} } .hd .m { font-size:10.5px; color:#666; margin-top:2px }
.hd .rt { margin-left:auto; text-align:right; font-size:10.5px; color:#666; line-height:15px }
.tiles { display:flex; gap:10px; margin:12px 0 }
.tiles div { flex:1; border:1px solid #ddd; border-top:3px solid ${acc}; padding:6px 10px; font-size:10px; color:#666; text-transform:uppercase; letter-spacing:.5px }
.tiles b { display:block; font-size:19px; color:#111; letter-spacing:0 }
table { width:100%; border-collapse:collapse }
th { text-align:left; font-size:10px; text-transform:uppercase; letter-spacing:.4px; color:#555; border-bottom:2px solid #999; padding:5px 6px }
td { padding:5px 6px; border-bottom:1px solid #e2e2e2; vertical-align:middle }
tr:nth-child(even) td { background:#f7f8fa }
td.nw { white-space:nowrap }
.pb { display:inline-block; width:70px; height:7px; background:#e5e7eb; border-radius:4px; vertical-align:middle; margin-right:6px }
.pb i { display:block; height:100%; background:${acc}; border-radius:4px }
.s { font-size:10px; font-weight:bold; padding:1px 6px; border-radius:3px; white-space:nowrap }
.ip { background:#fff1cc; color:#7a5500 } .ns { background:#eceff3; color:#555 } .od { background:#f9dede; color:#8a1f1f }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font-size:9px; color:#777; border-top:1px solid #ddd; padding-top:5px }
</style>
<div class="w">
 <div class="hd">
  <div class="lg">${company}<small>${tag}</small></div>
  <div><h1>${report}</h1><div class="m">${period}</div></div>
  <div class="rt">${run_line}<br>${scope}</div>
 </div>
 <div class="tiles"><div><b>${n_all}</b>Assigned</div><div><b>${n_ip}</b>In progress</div><div><b>${n_ns}</b>Not started</div><div><b>${n_od}</b>Overdue</div><div><b>0</b>Completed</div></div>
 <table>
  <tr><th>Technician</th><th>Course</th><th>Assigned</th><th>Due</th><th>Progress</th><th>Last activity</th><th>Status</th><th>${credit_h}</th></tr>
  ${rows_html}
 </table>
 <div class="ft"><span>${note}</span><span>${page}</span></div>
</div>
"""

COMPANIES = [
    "Summit Property Restoration",
    "Blue Ridge Water & Fire",
    "Northstar Cleaning Services",
    "ProDry Mitigation Group",
    "Anchor Restoration Co.",
    "Clearwater Carpet & Restoration",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    style = d.pick(["us_numeric", "short_month", "us_short", "iso"])
    courses = [(c, d.pick([14, 19, 21, 7])) for c, _ in V.IICRC_COURSES] + [
        (c, d.pick([1, 2, 3, 4, 6])) for c in V.CE_COURSES
    ]
    n = d.pick([5, 6, 7, 8])
    run_day = d.completed
    rows = []
    counts = {"ip": 0, "ns": 0, "od": 0}
    for _ in range(n):
        course, credit = d.pick(courses)
        kind = d.pick(["ip", "ip", "ip", "ns", "od"])
        counts[kind] += 1
        pct = {"ip": r.randrange(8, 96), "ns": 0, "od": r.randrange(0, 70)}[kind]
        label = {"ip": "In progress", "ns": "Not started", "od": "Overdue"}[kind]
        assigned = run_day - timedelta(days=r.randint(10, 70))
        due = assigned + timedelta(days=d.pick([30, 45, 60, 90]))
        seen = assigned + timedelta(days=r.randint(0, max(0, (run_day - assigned).days)))
        last = e(fmt_date(seen, style)) if pct else "—"
        rows.append(
            f"<tr><td>{e(d.person())}</td><td>{e(course)}</td>"
            f"<td class='nw'>{e(fmt_date(assigned, style))}</td>"
            f"<td class='nw'>{e(fmt_date(due, style))}</td>"
            f"<td class='nw'><span class='pb'><i style='width:{pct}%'></i></span>{pct}%</td>"
            f"<td class='nw'>{last}</td><td><span class='s {kind}'>{label}</span></td>"
            f"<td class='nw'>{credit} {d.pick(['CEC', 'hrs'])}</td></tr>"
        )
    company = d.pick(COMPANIES)
    return {
        "face": d.fonts[d.pick(["serif", "display", "sans"])],
        "acc": d.pick([d.colors["dark"], "#0b5cab", "#b45309", "#047857"]),
        "company": company,
        "tag": d.pick(["Training portal", "Crew learning", "Team account"]),
        "report": d.pick(
            [
                "Team Training Progress",
                "Assigned Training – Status by Technician",
                "Supervisor Progress Report",
            ]
        ),
        "period": f"{d.pick(['Period', 'Quarter'])}: {fmt_date(run_day - timedelta(days=75), style)} – {fmt_date(run_day + timedelta(days=15), style)}",
        "run_line": f"Run {fmt_date(run_day, style)} by {d.person()}",
        "scope": d.pick(
            ["All field technicians", "Mitigation crew", "Carpet & upholstery division"]
        ),
        "n_all": str(n),
        "n_ip": str(counts["ip"]),
        "n_ns": str(counts["ns"]),
        "n_od": str(counts["od"]),
        "credit_h": d.pick(["Credit on completion", "CEC value", "Credit when done"]),
        "rows_html": "".join(rows),
        "note": d.pick(
            [
                "No certificates have been issued for the items in this report. Credit is posted only when a course is completed.",
                "Progress shown is lesson completion. Courses in progress carry no credit until the final assessment is passed.",
            ]
        ),
        "page": "Page 1 of 1",
    }
