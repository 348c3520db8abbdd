"""Not a certificate: a restoration company's crew-wide continuing education
status report, printed landscape from its compliance spreadsheet for a
manager. A dark band carries the company's name, "Crew CE Status" and the
report date; a row of four count tiles (technicians, current, due soon,
overdue) sits under it. The body is a dense table, one row per technician:
name, registrant number, certifications held, cycle end, CEC required,
CEC earned, CEC still needed, the last class taken with its day, and a
coloured status pill. A colour key and a line of small print close the
page. It names many people and courses and prints many hour figures, and
awards nothing to anyone."""

SOURCE = (
    "gitsupportting/Laravel:resources/views/components/reports/trainingMatrix.blade.php "
    "(printed training matrix with a colour key: completed, due, due soon, overdue, external "
    "course) and aaron-howard/training-certify:product/product-overview.md (certification "
    "tracking across a team: renewal windows, expiration alerts at 30/60/90 days, team "
    "dashboards)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "table",
    "landscape",
    "dark-band",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:64px; background:${dark}; color:#fff; display:flex; align-items:center; justify-content:space-between; padding:0 34px }
.band b { font: bold 19px ${head} } .band span { font-size:11px; opacity:.85; display:block }
.band .rt { text-align:right } .band .rt b { font-size:17px; letter-spacing:.5px }
.w { position:absolute; inset:78px 34px 26px; font: 11px ${face}; color:#1d1d1d }
.tiles { display:flex; gap:12px; margin-bottom:10px }
.tiles div { flex:1; border:1px solid #ccc; border-top:4px solid ${tile}; padding:4px 10px; font-size:10px; color:#555; text-transform:uppercase; letter-spacing:.5px }
.tiles div b { display:block; font: bold 21px ${face}; color:#111; letter-spacing:0 }
table { width:100%; border-collapse:collapse; font-size:${tpx}px }
th { text-align:left; font-size:9px; text-transform:uppercase; letter-spacing:.4px; padding:4px 5px; border-bottom:2px solid #333; background:#f2f2f2 }
th.n, td.n { text-align:right }
td { padding:${pad}px 5px; border-bottom:1px solid #ddd; vertical-align:top }
tr:nth-child(odd) td { background:${zebra} }
td small { display:block; color:#666; font-size:9.5px }
.pill { display:inline-block; padding:1px 7px; border-radius:9px; font-size:9.5px; font-weight:bold; color:#fff; white-space:nowrap }
.ok { background:#2e7d32 } .due { background:#c77700 } .over { background:#b3261e } .new { background:#5f6b7a }
.key { margin-top:8px; font-size:9.5px; color:#444; display:flex; gap:16px; align-items:center }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:7.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="band"><div><b>${company}</b><span>${company_line}</span></div><div class="rt"><b>${doc_title}</b><span>${report_date}</span></div></div>
<div class="w">
 <div class="tiles">${tiles_html}</div>
 <table>
  <tr><th>Technician</th><th>Reg. no.</th><th>Certifications</th><th>Cycle ends</th><th class="n">Req.</th><th class="n">Earned</th><th class="n">Needed</th><th>Last class</th><th>Status</th></tr>
  ${rows_html}
 </table>
 <div class="key">${key_html}</div>
 <div class="ft"><span>${ft_left}</span><span>${ft_right}</span></div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    report = d.completed + timedelta(days=r.randint(0, 60))
    style = d.pick(["us_numeric", "short_month", "iso", "us_short"])
    n = d.pick([12, 13, 14])
    codes = [c for _, c in V.IICRC_COURSES]
    courses = [t for t, _ in V.IICRC_COURSES] + V.CE_COURSES
    rows, counts = [], {"ok": 0, "due": 0, "over": 0, "new": 0}
    for _ in range(n):
        held = sorted(set(r.sample(codes, d.pick([1, 2, 2, 3, 4]))))
        req = d.pick([2, 4, 8, 8, 14])
        status = r.choices(["ok", "due", "over", "new"], [6, 3, 1, 1])[0]
        if status == "ok":
            earned = req + d.pick([0, 0, 1, 2, 3.5, 7])
            ends = report + timedelta(days=r.randint(120, 900))
        elif status == "due":
            earned = max(0, req - d.pick([1, 1.5, 2, 3]))
            ends = report + timedelta(days=r.randint(10, 90))
        elif status == "over":
            earned = max(0, req - d.pick([2, 4, 6]))
            ends = report - timedelta(days=r.randint(5, 60))
        else:
            earned = 0
            ends = report + timedelta(days=r.randint(300, 1400))
        counts[status] += 1
        needed = max(req - earned, 0)
        last = ""
        if earned:
            last_day = report - timedelta(days=r.randint(20, 700))
            last = f"{e(r.choice(courses))}<small>{e(fmt_date(last_day, style))}</small>"
        label = {"ok": "Current", "due": "Due soon", "over": "Overdue", "new": "New hire"}[status]
        who = d.person()
        rows.append(
            f"<tr><td>{e(who)}</td><td>{r.randrange(100000, 999999)}</td><td>{', '.join(held)}</td>"
            f"<td>{e(fmt_date(ends, style))}</td><td class='n'>{req:g}</td><td class='n'>{earned:g}</td>"
            f"<td class='n'>{needed:g}</td><td>{last or '—'}</td><td><span class='pill {status}'>{label}</span></td></tr>"
        )
    tiles = [
        ("Technicians", n),
        ("Current", counts["ok"]),
        ("Due in 90 days", counts["due"]),
        ("Overdue", counts["over"]),
    ]
    tiles_html = "".join(f"<div><b>{v}</b>{e(k)}</div>" for k, v in tiles)
    key_html = "".join(
        f"<span><span class='pill {c}'>{t}</span> {e(x)}</span>"
        for c, t, x in [
            ("ok", "Current", "requirement met"),
            ("due", "Due soon", "cycle ends within 90 days"),
            ("over", "Overdue", "cycle ended short"),
            ("new", "New hire", "first cycle"),
        ]
    )
    company = d.pick(
        [
            "Allied Flood Response LLC",
            "Northstar Drying Services",
            "Greenway Property Recovery",
            "Summit Peak Disaster Services",
            "Tri-County Restoration, Inc.",
        ]
    )
    return {
        "face": d.fonts[d.pick(["sans", "cond", "sans"])],
        "head": d.fonts[d.pick(["sans", "display"])],
        "tile": d.colors["accent"],
        "zebra": d.pick(["#fafafa", "#f5f8fb", "#ffffff"]),
        "tpx": d.pick(["10.5", "11"]),
        "pad": d.pick([5, 6]),
        "company": company,
        "company_line": d.pick(["Safety & Training", "Operations", f"{d.city()} branch"]),
        "doc_title": d.pick(
            ["Crew CE Status", "Certification Renewal Tracker", "CE Compliance Report"]
        ),
        "report_date": f"{d.pick(['As of', 'Run', 'Report date'])} {fmt_date(report, style)}",
        "tiles_html": tiles_html,
        "rows_html": "".join(rows),
        "key_html": key_html,
        "ft_left": d.pick(
            [
                "Hours are IICRC CECs reported by each technician; certificates are on file in the office.",
                "Internal planning report. Not a record of training for any individual.",
            ]
        ),
        "ft_right": f"Page 1 of 1 · {d.person()}",
    }
