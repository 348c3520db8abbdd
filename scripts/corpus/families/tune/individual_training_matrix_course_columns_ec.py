"""An individual training matrix printed from a restoration company's
compliance software, landscape: the company's name and "Training Matrix"
in a dark band, the employee's labelled details (name, role, crew, location)
and the report date, then a grid turned on its side: one column per training
the role requires (course names as bold column headers) and one row per
attribute (required, status, completed, CEC hours, provider, next due). Only
one column is complete and filled in, coloured green; the others read not
started, scheduled with a later class date, or overdue with blanks. A colour
key and a line of small print close the page."""

SOURCE = (
    "MiddelkoopT/Work-Cell-Scheduler:Web/training.php (training matrix: a grid of people "
    "against work cells, a cell per pairing) and "
    "PactoSigna/Sample.QMS.ISO13485:docs/templates/TMPL-002-training-log.md (employee block)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "table",
    "record",
    "labelled",
    "landscape",
    "dark-band",
    "distractor-date",
    "distractor-org",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:30px 34px 26px; font: 11px ${sans}; color:#1b1b1b }
.band { display:flex; justify-content:space-between; align-items:center; background:${dark}; color:#fff; padding:9px 14px }
.band b { font: bold 17px ${sans} } .band span { font: bold 13px ${cond}; letter-spacing:2.5px; text-transform:uppercase }
.emp { display:flex; gap:0; border:1px solid #999; border-top:0 }
.emp div { flex:1; padding:4px 9px 6px; border-right:1px solid #ccc; font-size:12.5px } .emp div:last-child { border-right:0 }
.emp small { display:block; font-size:8.5px; text-transform:uppercase; letter-spacing:.6px; color:#666 }
table { width:100%; border-collapse:collapse; margin-top:14px; table-layout:fixed }
th { font-size:${th_px}px; font-weight:bold; padding:6px 5px; border:1px solid #999; background:${thbg}; color:${thfg}; vertical-align:bottom; text-align:center; line-height:13px }
th.rl { background:#fff; border:0 } td { border:1px solid #aaa; padding:5px 5px; text-align:center; font-size:${td_px}px; vertical-align:middle }
td.rl { text-align:left; font-weight:bold; font-size:10px; text-transform:uppercase; letter-spacing:.4px; color:#444; background:#f4f4f4; width:13% }
td.ok { background:#dff2e3 } td.due { background:#fff5d6 } td.ov { background:#fbe0e0 } td.ns { color:#888 }
.key { display:flex; gap:18px; margin-top:10px; font-size:9.5px; align-items:center }
.key i { display:inline-block; width:12px; height:10px; border:1px solid #999; vertical-align:-1px; margin-right:4px }
.cert { display:flex; gap:0; margin-top:22px; border:1px solid #bbb }
.cert div { flex:1; padding:5px 9px 8px; border-right:1px solid #ddd; font-size:12px } .cert div:last-child { border-right:0 }
.cert small { display:block; font-size:8.5px; text-transform:uppercase; letter-spacing:.6px; color:#666; margin-bottom:2px }
.cert .sg span { font: 20px ${hand}; color:#1c2f78; white-space:nowrap }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; display:flex; justify-content:space-between; border-top:1px solid #ccc; padding-top:3px }
</style>
<div class="w">
 <div class="band"><b>${company}</b><span>${heading}</span></div>
 <div class="emp">
  <div><small>Employee</small>${name}</div>
  <div><small>Role</small>${role}</div>
  <div><small>Crew / branch</small>${crew}</div>
  <div><small>Report date</small>${report_date}</div>
 </div>
 <table>
  <colgroup><col style="width:14%">${cols_html}</colgroup>
  <tr><th class="rl"></th>${head_html}</tr>
  ${rows_html}
 </table>
 <div class="key"><span><i style="background:#dff2e3"></i>Current</span><span><i style="background:#fff5d6"></i>Scheduled</span><span><i style="background:#fbe0e0"></i>Overdue</span><span><i></i>Not started</span><span>● required &nbsp; ○ recommended</span></div>
 <div class="cert">
  <div><small>IICRC registrant no.</small>${reg_no}</div>
  <div><small>Renewal cycle ends</small>${renewal}</div>
  <div><small>Training coordinator</small>${coordinator}</div>
  <div class="sg"><small>Employee acknowledgement</small><span>${emp_sig}</span></div>
 </div>
 <div class="ft"><span>${footer}</span><span>${report_no}</span></div>
</div>
"""

COMPANIES = [
    "Tri-County Restoration, Inc.",
    "Allied Flood Response LLC",
    "Northstar Drying Services",
    "Greenway Property Recovery",
    "Pinnacle Carpet Care & Restoration",
    "Summit Peak Disaster Services",
]
ROLES = ["Water Technician", "Restoration Tech II", "Crew Lead", "Mitigation Supervisor"]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    style = d.pick(["us_numeric", "us_short", "dd_mon_yyyy", "iso", "short_month"])
    pool = [t for t, c in V.IICRC_COURSES if c != d.code and t != d.course]
    pool += [t for t in V.CE_COURSES if t != d.course]
    others, want = [], d.pick([3, 4, 4, 5])
    for t in r.sample(pool, 20):
        if len(others) == want:
            break
        if not any(t.split()[0] == o.split()[0] for o in others):
            others.append(t)
    report = d.completed + timedelta(days=r.randint(30, 200))
    n = len(others) + 1
    pos = r.randrange(n)
    cols = []
    for t in others:
        state = d.pick(["ns", "ns", "due", "ov"])
        if state == "due":
            day = fmt_date(report + timedelta(days=r.randint(10, 120)), style)
            cols.append((t, state, ["●", "Scheduled", "—", "—", d.pick(["TBD", "—"]), day]))
        elif state == "ov":
            day = fmt_date(report - timedelta(days=r.randint(5, 25)), style)
            cols.append((t, state, ["●", "Overdue", "—", "—", "—", day]))
        else:
            cols.append((t, state, [d.pick(["●", "○"]), "Not started", "—", "—", "—", "—"]))
    due = d.other_date("expiry", style)
    credited = (
        d.title(d.pick(["plain", "with_code", "plain"])),
        "ok",
        [
            "●",
            d.pick(["Complete", "Current", "Completed"]),
            d.date(style),
            d.hours_number(),
            d.provider(),
            due,
        ],
    )
    cols.insert(pos, credited)
    labels = [
        "Required",
        "Status",
        d.pick(["Completed", "Date completed", "Last completed"]),
        d.pick(["CEC hours", "CE hrs", "Credit hours"]),
        d.pick(["Provider", "Training provider", "Vendor"]),
        d.pick(["Next due", "Due / scheduled", "Expires / due"]),
    ]
    head_html = "".join(f"<th>{e(t)}</th>" for t, _, _ in cols)
    rows = []
    for i, lab in enumerate(labels):
        cells = "".join(f'<td class="{st}">{e(vals[i])}</td>' for _, st, vals in cols)
        rows.append(f'<tr><td class="rl">{e(lab)}</td>{cells}</tr>')
    dark = d.chance(0.5)
    return {
        "company": d.pick(COMPANIES),
        "heading": d.pick(["Training Matrix", "Individual Training Matrix", "Competency Matrix"]),
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "role": d.pick(ROLES),
        "crew": f"{d.pick(['Crew', 'Truck', 'Team'])} {r.randint(1, 14)} · {d.city()}",
        "report_date": fmt_date(report, style),
        "th_px": d.pick(["10", "10.5", "11"]),
        "td_px": d.pick(["10.5", "11", "11.5"]),
        "thbg": d.colors["dark"] if dark else d.colors["light"],
        "thfg": "#fff" if dark else "#111",
        "cols_html": f'<col style="width:{86 / n:.2f}%">' * n,
        "head_html": head_html,
        "rows_html": "".join(rows),
        "footer": d.pick(
            [
                "Requirements are set by role. Dates come from certificates uploaded by the "
                "employee or the training coordinator.",
                "Matrix shows trainings required for the role above only.",
            ]
        ),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "reg_no": f"{r.randrange(10000, 999999)}",
        "renewal": d.other_date("expiry", style),
        "coordinator": d.person(),
        "emp_sig": f"{d.first[0]}. {d.last}",
        "report_no": f"Report {d.number('TM-')} · page 1/1",
    }
