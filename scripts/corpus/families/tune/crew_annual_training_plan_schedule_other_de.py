"""A restoration company's annual training plan for one technician,
landscape: a dark header band with the company's name and the plan year,
the technician's details in a strip, a table of planned courses by quarter
(course, provider, dates as a span, location, hours, cost, status), budget
totals, and approval signatures. Nothing on it has been completed yet."""

SOURCE = (
    "VipulSoniwork/employee-manage:README.md (annual training plan by month with review and "
    "approval roles); wording: restoration contractors' technician development plans"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "table",
    "record",
    "landscape",
    "dark-band",
    "date-range",
    "distractor-person",
)

TEMPLATE = """<style>
.band { position:absolute; top:0; left:0; right:0; height:70px; background:${dark}; color:#fff; display:flex; align-items:center;
  justify-content:space-between; padding:0 38px; font-family:${ui} }
.band b { font: bold 22px ${head} } .band span { font-size:15px; letter-spacing:1px; text-transform:uppercase }
.w { position:absolute; top:86px; left:38px; right:38px; bottom:30px; font: 12px ${ui}; color:#222 }
.strip { display:flex; gap:34px; background:${light}; padding:9px 14px; font-size:12px; margin-bottom:14px }
.strip b { display:block; font-size:9.5px; color:#666; text-transform:uppercase; letter-spacing:.6px; font-weight:normal }
table { width:100%; border-collapse:collapse; font-size:12px }
th { background:#333; color:#fff; text-align:left; padding:6px 7px; font-size:10.5px; text-transform:uppercase; letter-spacing:.4px }
td { border-bottom:1px solid #ccc; padding:9px 7px; vertical-align:top } td.n, th.n { text-align:right }
tr:nth-child(even) td { background:#fafafa }
.st { display:inline-block; padding:1px 7px; border-radius:8px; font-size:10.5px; border:1px solid #888 }
.nt { float:left; margin-top:12px; width:55%; font-size:11.5px; color:#444; line-height:16px }
.tot { display:flex; justify-content:flex-end; gap:30px; margin-top:10px; font-size:12.5px }
.sg { position:absolute; left:0; right:0; bottom:20px; display:flex; gap:40px }
.sg div { flex:1; border-top:1px solid #333; padding-top:3px; font-size:10.5px; color:#444; position:relative }
.sg .h { position:absolute; bottom:18px; left:4px; font: 22px ${hand}; color:#1c2f6b; white-space:nowrap }
.fn { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#777 }
</style>
<div class="band"><b>${company}</b><span>${plan_h} ${year}</span></div>
<div class="w">
 <div class="strip"><div><b>Technician</b>${name}</div><div><b>Position</b>${position}</div><div><b>Hire date</b>${hired}</div>
  <div><b>Current certifications</b>${certs}</div><div><b>Plan prepared</b>${prepared}</div></div>
 <table>
  <tr><th>Qtr</th><th>Course</th><th>Provider</th><th>Dates</th><th>Location</th><th class="n">Hours</th><th class="n">Cost</th><th>Status</th></tr>
  ${rows_html}
 </table>
 <div class="nt"><b>Notes:</b> ${notes}</div>
 <div class="tot"><span>Planned hours: <b>${total_h}</b></span><span>Training budget: <b>${budget}</b></span></div>
 <div class="sg"><div><span class="h">${mgr}</span>${mgr}, Operations Manager</div><div><span class="h">${tech_sig}</span>Technician</div><div>Date reviewed</div></div>
 <div class="fn">${fine}</div>
</div>
"""
COMPANIES = [
    "Cornerstone Property Restoration",
    "Apex Cleaning & Restoration, Inc.",
    "Dry-Rite Restoration LLC",
    "Phoenix Fire & Water Recovery",
    "Summit Home Services",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_number, fmt_range

    r = d.rng
    year = d.completed.year
    quarter = (d.completed.month - 1) // 3 + 1
    main = (
        f"Q{quarter}",
        d.title(d.pick(["plain", "with_code"])),
        d.provider(),
        d.date_range(d.pick([1, 2, 2])),
        d.city(),
        d.hours_number(),
    )
    rows = [main]
    pool = [c for c, _ in V.IICRC_COURSES] + V.CE_COURSES
    for course in r.sample(pool, d.pick([5, 6, 7, 8])):
        start = d.completed + timedelta(days=r.randrange(-200, 200))
        if start.year != year:
            start = d.completed + timedelta(days=r.randrange(5, 60))
        span = d.pick([0, 1, 2])
        dates = (
            fmt_range(start, start + timedelta(days=span), r)
            if span
            else start.strftime("%b %d, %Y")
        )
        rows.append(
            (
                f"Q{(start.month - 1) // 3 + 1}",
                course,
                d.pick([s[0] for s in V.SCHOOLS] + [m[0] for m in V.MANUFACTURERS]),
                dates,
                d.city(),
                fmt_number(d.pick([3, 7, 14, 21, 4, 8]), r, False),
            )
        )
    rows.sort(key=lambda row: row[0])
    status = ["Scheduled", "Enrolled", "Waitlist", "Requested", "Planned"]
    costs, html_rows, total = [], [], 0.0
    for row in rows:
        cost = d.pick([195, 295, 450, 650, 895, 1195])
        costs.append(cost)
        total += float(row[5])
        cells = "".join(f"<td>{html.escape(str(c))}</td>" for c in row[:5])
        html_rows.append(
            f"<tr>{cells}<td class='n'>{html.escape(row[5])}</td><td class='n'>${cost:,}</td>"
            f"<td><span class='st'>{d.pick(status)}</span></td></tr>"
        )
    return {
        "ui": d.fonts[d.pick(["sans", "cond"])],
        "head": d.fonts[d.pick(["sans", "display"])],
        "company": d.pick(COMPANIES),
        "plan_h": d.pick(
            ["Training Plan", "Technician Development Plan", "Annual Training Schedule"]
        ),
        "year": year,
        "name": d.name(d.pick(["plain", "last_first"])),
        "position": d.pick(
            ["Water Mitigation Tech", "Crew Lead", "Fire Restoration Tech", "Carpet Tech"]
        ),
        "hired": f"{r.randrange(1, 13):02d}/{r.randrange(2012, year)}",
        "certs": d.pick(["WRT", "WRT, ASD", "CCT, WRT", "None yet", "WRT, AMRT"]),
        "prepared": d.other_date("registered", "us_numeric"),
        "rows_html": "".join(html_rows),
        "total_h": f"{total:g}",
        "budget": f"${sum(costs):,}",
        "mgr": d.person(),
        "tech_sig": f"{d.first.split()[0][0]}. {d.last}",
        "notes": d.pick(
            [
                "Technician to complete WRT before working unsupervised on Category 2 and 3 losses. "
                "Travel and hotel booked by the office.",
                "Hours count toward the technician's IICRC renewal once certificates are on file.",
                "Manufacturer classes are free of charge but count against the day-rate budget.",
            ]
        ),
        "fine": d.pick(
            [
                "Plan only — courses are confirmed when the provider's registration is received. "
                "Certificates go to the office for the training file.",
                "Dates subject to change by the training provider. Cost includes registration only.",
            ]
        ),
    }
