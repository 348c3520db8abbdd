"""An employer's training record form for one employee, printed landscape and
filled in: the restoration company's name and a form number across the top,
"Employee Training Record" in a dark band, a row of labelled boxes for the
employee (name, ID, position, department, hire date, supervisor), then a
ruled grid whose dark header band names the columns (date, training topic,
provider, method code, CEC hours, trainer, employee and trainer signature;
the order of the middle columns varies). One row is filled in for the IICRC
course, typed or in a technician's hand; sometimes an in-house training sits
above it with no CEC hours, and the rest of the grid stays blank. Under it a
key of method codes and a reviewer line."""

SOURCE = (
    "PactoSigna/Sample.QMS.ISO13485:docs/templates/TMPL-002-training-log.md (employee "
    "information table; training records grid with date, topic, version, method, trainer, "
    "employee and trainer signature; training methods key R / C / OJT / CBT / E)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "table",
    "record",
    "labelled",
    "landscape",
    "dark-band",
    "handwriting",
    "distractor-person",
    "distractor-date",
    "distractor-org",
    "date-range",
)

TEMPLATE = """<style>
.w { position:absolute; inset:30px 36px 26px; font: 11px ${sans}; color:#1a1a1a }
.top { display:flex; justify-content:space-between; align-items:flex-end }
.top b { font: bold 19px ${display}; color:${dark} } .top span { font-size:10px; color:#555; text-align:right; line-height:13px }
.band { margin-top:6px; background:${dark}; color:#fff; padding:6px 12px; font: bold 15px ${sans}; letter-spacing:2px; text-transform:uppercase; display:flex; justify-content:space-between }
.band i { font: normal 10px ${sans}; letter-spacing:.5px; font-style:normal; opacity:.85; align-self:center; text-transform:none }
.info { display:grid; grid-template-columns:2fr 1fr 1.3fr 1.1fr 1fr 1.6fr; border:1px solid #777; border-top:0 }
.info div { padding:3px 7px 5px; border-right:1px solid #aaa; font-size:12.5px; min-height:36px } .info div:last-child { border-right:0 }
.info small { display:block; font-size:8.5px; text-transform:uppercase; letter-spacing:.6px; color:#555 }
table { width:100%; border-collapse:collapse; margin-top:12px; table-layout:fixed }
th { background:${dark}; color:#fff; font-size:9.5px; text-transform:uppercase; letter-spacing:.4px; padding:5px 5px; text-align:left; border:1px solid ${dark}; vertical-align:bottom }
td { border:1px solid #999; padding:3px 5px; height:27px; vertical-align:middle; font-size:11px; overflow:hidden }
td.f { font: ${fill_px}px ${fill_font}; color:${ink}; line-height:1.05 }
td.sg { font: 16px ${hand}; color:${ink}; line-height:1 }
td.nw { white-space:nowrap }
.key { display:flex; gap:16px; margin-top:8px; font-size:9.5px; color:#333 } .key b { margin-right:3px }
.rev { display:flex; gap:26px; margin-top:14px; font-size:10px; color:#444 }
.rev div { flex:1; border-top:1px solid #333; padding-top:2px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top"><b>${company}</b><span>${company_addr}<br>${form_no}</span></div>
 <div class="band">${heading}<i>${band_note}</i></div>
 <div class="info">
  <div><small>${name_label}</small>${name}</div>
  <div><small>Employee ID</small>${emp_id}</div>
  <div><small>Position</small>${position}</div>
  <div><small>Department</small>${dept}</div>
  <div><small>Hire date</small>${hired}</div>
  <div><small>Supervisor</small>${supervisor}</div>
 </div>
 <table>
  <colgroup>${cols_html}</colgroup>
  <tr>${head_html}</tr>
  ${rows_html}
 </table>
 <div class="key"><span><b>Method:</b></span><span><b>C</b> Classroom</span><span><b>OJT</b> On-the-job</span><span><b>CBT</b> Computer-based</span><span><b>E</b> External provider</span><span><b>R</b> Read &amp; understood</span></div>
 <div class="rev"><div>${rev1}</div><div>${rev2}</div><div>${rev3}</div></div>
 <div class="ft"><span>${retain}</span><span>${rev_no}</span></div>
</div>
"""

POSITIONS = [
    "Water Tech I",
    "Restoration Technician",
    "Crew Lead",
    "Mitigation Tech",
    "Carpet Cleaning Tech",
    "Project Manager",
]
DEPTS = ["Mitigation", "Reconstruction", "Cleaning", "Contents", "Field Ops"]
COMPANIES = [
    ("Tri-County Restoration, Inc.", "Serving the valley since 1998"),
    ("Allied Flood Response LLC", "24/7 Emergency Services"),
    ("Northstar Drying Services", "Water · Fire · Mold"),
    ("Pinnacle Carpet Care & Restoration", "Residential and commercial"),
    ("Greenway Property Recovery", "Disaster restoration contractors"),
]
INTERNAL = [
    "New-hire safety orientation",
    "Company vehicle & trailer safety",
    "Job-file photo standards",
    "Hazard communication (GHS) review",
    "Ladder safety toolbox talk",
]


def fill(d):
    import html

    e = html.escape
    r = d.rng
    hand = d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive")
    written = d.chance(0.5)
    company, tag = d.pick(COMPANIES)
    street, town = d.address()

    # the columns between date and the signatures, in one of a few orders
    middles = d.pick(
        [
            ["topic", "provider", "method", "hours", "trainer"],
            ["topic", "method", "provider", "trainer", "hours"],
            ["topic", "hours", "provider", "trainer", "method"],
        ]
    )
    labels = {
        "date": d.pick(["Date", "Date(s)", "Training date"]),
        "topic": d.pick(["Training topic / course", "Course title", "Document / topic"]),
        "provider": d.pick(["Provider", "Training provider", "Delivered by"]),
        "method": "Method",
        "hours": d.pick(["CEC hrs", "CE hours", "IICRC CECs"]),
        "trainer": d.pick(["Trainer / instructor", "Instructor", "Trainer"]),
        "emp": "Employee signature",
        "tsig": "Trainer signature",
    }
    widths = {
        "date": 13,
        "topic": 23,
        "provider": 18,
        "method": 5,
        "hours": 6,
        "trainer": 10,
        "emp": 12,
        "tsig": 12,
    }
    order = ["date", *middles, "emp", "tsig"]
    cols_html = "".join(f'<col style="width:{widths[c]}%">' for c in order)
    head_html = "".join(f"<th>{e(labels[c])}</th>" for c in order)

    def row(cells, hand_cells=()):
        out = []
        for c in order:
            text = cells.get(c, "")
            cls = "sg" if c in hand_cells else ("f" if written and text else "")
            if c in ("date", "hours", "method"):
                cls += " nw"
            out.append(f'<td class="{cls.strip()}">{e(text)}</td>')
        return "<tr>" + "".join(out) + "</tr>"

    date_style = d.pick(["us_numeric", "us_short", "us_numeric", "short_month"])
    rows = []
    if d.chance(0.5):
        from datetime import timedelta

        from corpus.formats import fmt_date

        day = d.completed - timedelta(days=r.randint(20, 200))
        rows.append(
            row(
                {
                    "date": fmt_date(day, date_style),
                    "topic": d.pick(INTERNAL),
                    "provider": d.pick(["In-house", "Company", "Safety dept."]),
                    "method": d.pick(["OJT", "R", "C"]),
                    "hours": d.pick(["—", "n/a", "—"]),
                    "trainer": d.person(),
                    "emp": f"{d.first[0]}. {d.last}",
                },
                ("emp",),
            )
        )
    trainer = d.person()
    if d.code and d.chance(0.5):
        when = d.date_range(d.pick([1, 2]))
    else:
        when = d.date(date_style)
    cells = {
        "date": when,
        "topic": d.title(),
        "provider": d.provider(),
        "method": "E",
        "hours": d.hours_number(),
        "trainer": trainer,
        "emp": f"{d.first} {d.last}",
        "tsig": f"{trainer.split()[0][0]}. {trainer.split()[-1]}",
    }
    rows.append(row(cells, ("emp", "tsig")))
    blank = d.pick([6, 7, 8]) - len(rows)
    rows += [row({}) for _ in range(blank)]

    return {
        "hand": hand,
        "fill_font": hand if written else d.fonts["sans"],
        "fill_px": "15" if written else "11",
        "ink": d.pick(["#1c2f78", "#222", "#0f3d8a"]) if written else "#111",
        "company": company,
        "company_addr": f"{street}, {town} · {tag}",
        "form_no": d.pick(["Form HR-TR-01 rev. C", "Form TRN-002", "QMS-F-18 Training Log"]),
        "heading": d.pick(
            ["Employee Training Record", "Training Log", "Individual Training Record"]
        ),
        "band_note": d.pick(
            [
                "One sheet per employee · keep in personnel file",
                "Record all training at the time it is completed",
                "Attach certificates of completion",
            ]
        ),
        "name_label": d.pick(["Employee name", "Employee", "Name"]),
        "name": d.name(d.pick(["plain", "plain", "last_first", "upper"])),
        "emp_id": f"{r.randrange(1000, 9999)}",
        "position": d.pick(POSITIONS),
        "dept": d.pick(DEPTS),
        "hired": d.other_date("registered", "us_numeric")
        if d.chance(0.3)
        else f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{d.completed.year - r.randint(1, 8)}",
        "supervisor": d.person(),
        "cols_html": cols_html,
        "head_html": head_html,
        "rows_html": "".join(rows),
        "rev1": f"Reviewed by: {d.person()}",
        "rev2": f"Title: {d.pick(['Operations Manager', 'Office Manager', 'Owner', 'Safety Coordinator'])}",
        "rev3": f"Date reviewed: {d.other_date('issue', 'us_numeric')}",
        "retain": d.pick(
            [
                "Retain for the duration of employment plus three years.",
                "Training records are reviewed at each annual evaluation.",
            ]
        ),
        "rev_no": f"Page 1 of 1 · {d.pick(['Rev. 4', 'Rev. 2', 'v1.3'])}",
    }
