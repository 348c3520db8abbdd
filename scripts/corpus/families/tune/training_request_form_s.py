"""An employer's training request and reimbursement agreement, filled in
before a class, not a certificate: the company's dark header band,
employee details, the requested course, provider, dates, location and CEC
hours, a cost estimate table, the pay-back clause and approval signature
lines. It names a technician, a course, a provider, hours and dates; it
records no one's completion."""

SOURCE = (
    "GolferGeek/orchestrator-ai-v2:docs/RAG-filler/hr-documents/employee-resources/"
    "tuition-reimbursement-policy.md (pre-approval before the course, repayment) and the "
    "employee training request forms of HR systems (employee details, training title, "
    "provider, dates, duration, itemised costs, line manager approval)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "dark-band",
    "labelled",
    "table",
    "portrait",
    "distractor-person",
    "distractor-date",
    "date-range",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:92px; background:${dark}; color:#fff; padding:22px 56px; display:flex; justify-content:space-between; align-items:center }
.band .co { font: bold 22px ${display} } .band .ad { font-size:11px; opacity:0.85; margin-top:3px }
.band h1 { font: bold 15px ${sans}; margin:0; text-align:right; letter-spacing:1px; text-transform:uppercase } .band .n { font-size:11px; text-align:right; opacity:0.85 }
.w { position:absolute; top:112px; left:56px; right:56px; bottom:40px; font: 13px ${sans}; color:#222 }
h2 { font: bold 13px ${sans}; color:${dark}; border-bottom:2px solid ${accent}; padding-bottom:2px; margin:22px 0 8px; text-transform:uppercase; letter-spacing:1px }
table.kv { width:100%; border-collapse:collapse } .kv td { padding:6px 7px; border:1px solid #bbb; vertical-align:top }
.kv td.l { background:${light}; color:#444; width:150px; font-size:11px }
table.c { width:60%; border-collapse:collapse; font-size:11.5px } .c td, .c th { border:1px solid #bbb; padding:3px 6px }
.c th { background:${light}; text-align:left } .c td:last-child { text-align:right; width:110px } .c tr.t td { font-weight:bold; border-top:2px solid #333 }
.ag { font-size:11.5px; line-height:16px; color:#333; margin-top:6px }
.sig { display:flex; gap:26px; margin-top:52px } .sig div { flex:1; border-top:1px solid #333; padding-top:3px; font-size:10px; color:#555 }
.sig b { display:block; font: 18px ${hand}; color:#1a2a6c; margin-top:-26px; height:24px }
.st { display:inline-block; border:2px solid ${accent}; color:${accent}; font: bold 12px ${sans}; padding:2px 8px; transform:rotate(-4deg); letter-spacing:1px }
.ft { position:absolute; left:56px; right:56px; bottom:16px; font-size:9.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="band"><div><div class="co">${company}</div><div class="ad">${c_street} · ${c_town}</div></div>
 <div><h1>${heading}</h1><div class="n">HR-${form_no} · Request # ${req_no}</div></div></div>
<div class="w">
 <h2>1. Employee</h2>
 <table class="kv"><tr><td class="l">Employee name</td><td>${employee}</td><td class="l">Employee ID</td><td>${emp_id}</td></tr>
  <tr><td class="l">Position</td><td>${position}</td><td class="l">Supervisor</td><td>${supervisor}</td></tr>
  <tr><td class="l">Department / branch</td><td>${branch}</td><td class="l">Date of request</td><td>${req_date}</td></tr></table>
 <h2>2. Requested training</h2>
 <table class="kv"><tr><td class="l">Course title</td><td colspan="3"><b>${course}</b></td></tr>
  <tr><td class="l">Training provider</td><td colspan="3">${provider}</td></tr>
  <tr><td class="l">Class dates</td><td>${dates}</td><td class="l">Location</td><td>${location}</td></tr>
  <tr><td class="l">Class hours</td><td>${hours}</td><td class="l">CECs / exam</td><td>${exam}</td></tr>
  <tr><td class="l">Business reason</td><td colspan="3">${reason}</td></tr></table>
 <h2>3. Estimated cost</h2>
 <table class="c"><tr><th>Item</th><th style="text-align:right">Amount</th></tr>${cost_html}</table>
 <h2>4. Reimbursement agreement</h2>
 <div class="ag">${agreement}</div>
 <div class="sig"><div><b>${employee}</b>Employee signature / date</div><div><b>${supervisor}</b>Supervisor approval / date</div><div><b></b>HR / Training coordinator</div></div>
 <div style="margin-top:26px">${stamp_html}</div>
</div>
<div class="ft"><span>${company} · Training request and reimbursement</span><span>Keep a copy for your records</span></div>
"""

COMPANIES = [
    ("Rapid Dry Restoration, LLC", "Water & Fire"),
    ("Apex Water & Fire Services", "Mitigation"),
    ("Hometown Carpet Care Inc.", "Cleaning"),
    ("Prime Mitigation Group", "Mitigation"),
    ("Allied Property Restoration", "Reconstruction"),
    ("Cornerstone Disaster Recovery", "Large Loss"),
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    company, dept = d.pick(COMPANIES)
    c_street, c_town = d.address()
    course, code = d.pick(V.IICRC_COURSES) if d.chance(0.6) else (d.pick(V.CE_COURSES), None)
    school = d.pick(V.SCHOOLS)[0] if d.chance(0.7) else d.pick(V.MANUFACTURERS)[0]
    start = d.completed + timedelta(days=r.randrange(14, 75))
    days = d.pick([1, 2, 3]) if code else 1
    dates = (
        fmt_range(start, start + timedelta(days=days - 1), r)
        if days > 1
        else fmt_date(start, "us_numeric")
    )
    hrs = days * 7 if code else d.pick([3, 4, 6, 8])
    fee = d.pick([395, 495, 595, 695, 895]) if code else d.pick([149, 199, 249])
    items = [("Registration / tuition", fee)]
    if code:
        items.append(("IICRC exam fee", d.pick([70, 85, 100])))
    if d.chance(0.6):
        items.append(
            (f"Hotel ({days} night{'s' if days > 1 else ''})", days * d.pick([119, 139, 159]))
        )
        items.append(("Mileage", d.pick([62, 88, 134, 210])))
    if d.chance(0.5):
        items.append(("Meals (per diem)", days * d.pick([45, 55])))
    rows = "".join(f"<tr><td>{a}</td><td>${b:,.2f}</td></tr>" for a, b in items)
    rows += f'<tr class="t"><td>Total estimate</td><td>${sum(b for _, b in items):,.2f}</td></tr>'
    employee = d.person()
    stamp = d.pick(["APPROVED", "PENDING", "APPROVED – PREPAY", ""])
    return {
        "company": company,
        "c_street": c_street,
        "c_town": c_town,
        "heading": d.pick(
            [
                "Training Request Form",
                "Training Request & Reimbursement",
                "Education Assistance Request",
            ]
        ),
        "form_no": d.pick(["014", "22", "T-3"]),
        "req_no": f"{r.randrange(100, 999)}",
        "employee": employee,
        "emp_id": f"{r.randrange(1000, 9999)}",
        "position": d.pick(
            [
                "Restoration Technician",
                "Crew Lead",
                "Carpet Cleaning Technician",
                "Project Manager",
                "Mitigation Technician II",
            ]
        ),
        "supervisor": d.person(),
        "branch": f"{dept} – {d.city()}",
        "req_date": d.other_date("registered", "us_numeric"),
        "course": f"{course} ({code})" if code else course,
        "provider": school,
        "dates": dates,
        "location": d.pick([d.city(), "Online", d.pick(V.VENUES)]),
        "hours": f"{hrs} hours",
        "exam": d.pick(["Yes – exam included", "CECs requested", "Exam extra", "n/a"])
        if code
        else d.pick(["CECs requested", "n/a"]),
        "reason": d.pick(
            [
                "Required for the technician's IICRC certification and our carrier program.",
                "Keep certifications current (CECs due this cycle).",
                "New hire; needs certification before leading water jobs.",
            ]
        ),
        "cost_html": rows,
        "agreement": "The company pays or reimburses the approved costs once the employee hands in the "
        "paid receipt and the school's certificate after the class. An employee who leaves within "
        f"{d.pick(['12', '12', '18', '24'])} months of the class repays the costs on a prorated basis. "
        "Costs of a class that is not attended, or an exam that is not taken, are the employee's.",
        "stamp_html": f'<span class="st">{stamp}</span>' if stamp else "",
    }
