"""An equipment distributor's training-portal record for one technician,
printed portrait: the portal's header, an account block of labelled fields,
and an enrollment table where only one row is completed with its credit;
the other rows are registered, waitlisted or cancelled classes with no
credit. A printed-on footer with the page URL and time."""

SOURCE = (
    "NguyenLuongHung/fap-fpt-project:fap-fpt/web/com.fap.fpt.loggin/student/transcript.jsp "
    "(numbered rows: term, code, subject name, credit, grade, status label)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("record", "table", "labelled", "portrait", "tiny-footer", "distractor-date")

TEMPLATE = """<style>
.w { position:absolute; inset:38px 46px 30px; font: 12px ${sans}; color:#222 }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${accent}; padding-bottom:8px }
.brand { font: bold 22px ${sans}; color:${dark} } .brand small { display:block; font: 11px ${sans}; color:#666; letter-spacing:1px; margin-top:2px }
.pg { font-size:11px; color:#555; text-align:right; line-height:15px }
h2 { font: bold 17px ${sans}; margin:18px 0 8px; color:${dark} }
.acct { display:grid; grid-template-columns: 130px 1fr 120px 1fr; gap:6px 10px; background:${light}; padding:12px 14px; border:1px solid #d6d6d6 }
.acct .k { color:#666; font-size:11px; text-transform:uppercase; letter-spacing:.4px; padding-top:1px } .acct .v { font-weight:bold }
table { width:100%; border-collapse:collapse; margin-top:4px }
th { text-align:left; font-size:11px; color:#555; border-bottom:2px solid #999; padding:6px 5px; text-transform:uppercase }
td { border-bottom:1px solid #ddd; padding:8px 5px; vertical-align:top; line-height:16px }
td.n { text-align:right; white-space:nowrap } td.c { white-space:nowrap }
.st { display:inline-block; padding:1px 7px; border-radius:9px; font-size:10.5px; font-weight:bold; border:1px solid #999; color:#555 }
.ok { background:#e3f2e6; border-color:#3c8c4f; color:#1f6b33 }
.sum { margin-top:12px; display:flex; gap:14px }
.sum div { border:1px solid #ccc; padding:8px 12px; flex:1 } .sum b { display:block; font-size:18px; margin-top:3px; color:${dark} }
.nt { margin-top:14px; font-size:11px; color:#555; line-height:15px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top"><div class="brand">${portal}<small>${portal_sub}</small></div><div class="pg">${printed_label}<br>${printed}</div></div>
 <h2>Training Record</h2>
 <div class="acct">
  <div class="k">Technician</div><div class="v">${name}</div><div class="k">Account #</div><div class="v">${acct}</div>
  <div class="k">Company</div><div class="v">${company}</div><div class="k">Branch</div><div class="v">${branch}</div>
  <div class="k">Training provider</div><div class="v">${provider}</div><div class="k">IICRC Cert. #</div><div class="v">${iicrc}</div>
 </div>
 <h2>Enrollments</h2>
 <table><tr><th>#</th><th>Class</th><th>Class date</th><th>Location</th><th>Status</th><th class="n">CEC</th></tr>${rows_html}</table>
 <div class="sum"><div>Completed classes<b>1</b></div><div>Open registrations<b>${open}</b></div><div>CEC hours earned (this record)<b>${hours_total}</b></div></div>
 <div class="nt">${note}</div>
 <div class="ft"><span>${url}</span><span>${printed} &middot; Page 1 of 1</span></div>
</div>
"""

COMPANIES = [
    "Rapid Response Restoration",
    "Bluewater Mitigation LLC",
    "Timberline Cleaning & Restoration",
    "Front Range Disaster Services",
    "Cardinal Carpet Care",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    e = html.escape
    style = d.pick(["us_numeric", "short_month", "iso", "dd_mon_yyyy"])
    name = d.name(d.pick(["plain", "last_first", "upper"]))
    title = d.title(d.pick(["plain", "code_first"]))
    day = d.date(style)
    hours = d.hours_number()
    where = d.city()
    rows = [
        (
            e(title),
            e(day),
            e(where),
            '<span class="st ok">Completed</span>',
            hours,
        )
    ]
    others = [t for t in [c for c, _k in V.IICRC_COURSES] + V.CE_COURSES if t != d.course]
    print_day = d.completed + timedelta(days=r.randint(20, 300))
    n = d.pick([3, 4, 5])
    statuses = r.sample(["Registered", "Waitlisted", "Cancelled", "Registered", "No-show"], n)
    for status, other in zip(statuses, r.sample(others, n), strict=True):
        if status in ("Registered", "Waitlisted"):
            later = print_day + timedelta(days=r.randint(10, 150))
        else:
            later = d.completed - timedelta(days=r.randint(20, 300))
        rows.append(
            (
                e(other),
                fmt_date(later, style),
                e(d.city()),
                f'<span class="st">{status}</span>',
                "&ndash;",
            )
        )
    r.shuffle(rows)
    rows_html = "".join(
        f'<tr><td>{i + 1}</td><td>{t}</td><td class="c">{dd}</td><td>{loc}</td>'
        f'<td>{st}</td><td class="n">{h}</td></tr>'
        for i, (t, dd, loc, st, h) in enumerate(rows)
    )
    provider = d.provider()
    slug = provider.split()[0].lower().strip(",")
    return {
        "portal": d.pick(
            ["TechTrack", "ProLearn Portal", "Dealer Training Center", "Academy Online"]
        ),
        "portal_sub": d.pick(
            ["Distributor training & certification", "Contractor education records"]
        ),
        "printed_label": d.pick(["Printed", "Report generated"]),
        "printed": fmt_date(print_day, "us_numeric")
        + d.pick([" 8:14 AM", " 3:52 PM", " 11:07 AM"]),
        "name": name,
        "acct": d.number("AC-"),
        "company": d.pick(COMPANIES),
        "branch": where,
        "provider": provider,
        "iicrc": str(r.randrange(100000, 999999)),
        "rows_html": rows_html,
        "open": str(sum(1 for row in rows if "Registered" in row[3] or "Waitlisted" in row[3])),
        "hours_total": hours,
        "note": d.pick(
            [
                "Only completed classes are reported to the IICRC. Registered and waitlisted "
                "classes carry no credit until attended in full.",
                "Credit shown is the continuing education credit approved for the class. "
                "Cancelled and no-show enrollments earn no credit.",
            ]
        ),
        "url": f"https://training.{slug}.com/my/records",
    }
